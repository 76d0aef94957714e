/** Module-customization hooks: `import text from './file?raw'` gives the file's text as a string. */
import { readFile } from 'node:fs/promises';

const isRaw = (specifier) => /\?raw$/.test(specifier);

/** Resolved here: other resolvers (tsx's) would look for a module named `file?raw` or add extensions. */
export async function resolve(specifier, context, nextResolve) {
  if (!isRaw(specifier) || !context.parentURL) return nextResolve(specifier, context);
  return { url: new URL(specifier, context.parentURL).href, format: 'module', shortCircuit: true };
}

export async function load(url, context, nextLoad) {
  if (!isRaw(url) || !url.startsWith('file:')) return nextLoad(url, context);
  const text = await readFile(new URL(url.slice(0, -'?raw'.length)), 'utf8');
  return { format: 'module', source: `export default ${JSON.stringify(text)};`, shortCircuit: true };
}
