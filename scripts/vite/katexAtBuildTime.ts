import { readFileSync } from 'node:fs';
import katex from 'katex';
import type { Plugin } from 'vite';

const QUERY = '?katex';

/** A `.tex` file's formulas: blocks separated by a blank line, `%` lines are comments. */
export function texBlocks(text: string): string[] {
  return text
    .split(/\n\s*\n/)
    .map((block) =>
      block
        .split('\n')
        .filter((line) => !line.trimStart().startsWith('%'))
        .join('\n')
        .trim(),
    )
    .filter((block) => block.length > 0);
}

/**
 * `import formulas from './file.tex?katex'` gives the file's formulas typeset by KaTeX at build time, as
 * HTML strings (its visible HTML and a MathML copy for screen readers). The page ships only KaTeX's CSS
 * and fonts, never its JavaScript, and typesets nothing while it opens.
 */
export function katexAtBuildTime(): Plugin {
  return {
    name: 'katex-at-build-time',
    enforce: 'pre',
    load(id) {
      if (!id.endsWith(QUERY)) return null;
      const file = id.slice(0, -QUERY.length);
      this.addWatchFile(file);
      const html = texBlocks(readFileSync(file, 'utf8')).map((source) =>
        katex.renderToString(source, { displayMode: true, output: 'htmlAndMathml', throwOnError: true }),
      );
      return `export default ${JSON.stringify(html)};`;
    },
  };
}
