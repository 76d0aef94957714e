import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { build } from 'esbuild';
import { describe, expect, it } from 'vitest';
import { rawTextPlugin } from '../../bench/pack/rawTextPlugin';

const TEXT = 'fn main() {}\n"quoted" \\ back\n';

/** A module that prints the text it imports with `?raw`, in a folder of its own. */
function fixture(): string {
  const folder = mkdtempSync(path.join(tmpdir(), 'mixup-raw-'));
  writeFileSync(path.join(folder, 'package.json'), '{ "type": "module" }');
  writeFileSync(path.join(folder, 'shader.wgsl'), TEXT);
  writeFileSync(
    path.join(folder, 'main.ts'),
    "import text from './shader.wgsl?raw';\nconsole.log(JSON.stringify(text));\n",
  );
  return folder;
}

const runNode = (args: string[]) => spawnSync(process.execPath, args, { encoding: 'utf8', timeout: 30_000 });

describe('?raw imports outside Vite', () => {
  // A cold tsx start can outlast vitest's 5 s default on a busy two-core machine; the child's own limit is 30 s.
  it('tsx with the rawText hook gives the file text', { timeout: 60_000 }, () => {
    const folder = fixture();
    const tsx = path.resolve('node_modules/tsx/dist/cli.mjs');
    const run = runNode([tsx, '--import', path.resolve('scripts/node/rawText.mjs'), path.join(folder, 'main.ts')]);
    expect(run.stderr).toBe('');
    expect(JSON.parse(run.stdout)).toBe(TEXT);
  });

  it('esbuild with rawTextPlugin inlines the file text', async () => {
    const folder = fixture();
    const outfile = path.join(folder, 'bundle.mjs');
    await build({
      entryPoints: [path.join(folder, 'main.ts')],
      bundle: true,
      platform: 'node',
      format: 'esm',
      outfile,
      plugins: [rawTextPlugin],
      logLevel: 'silent',
    });
    const run = runNode([outfile]);
    expect(JSON.parse(run.stdout)).toBe(TEXT);
  });
});
