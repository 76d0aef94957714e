/**
 * The Node bench as a folder that runs anywhere with Node 20 and a Vulkan loader, without this repository
 * or npm: one bundled ES module, Dawn's native addon, the MNIST files and run.sh. The records it prints
 * are those of `npm run bench -- --runtime node`.
 */
import { chmodSync, copyFileSync, mkdirSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { MNIST_FILES, mnistDataFolder } from '../../src/data/node/readMnist';
import { rawTextPlugin } from './rawTextPlugin';

/** Dawn's addon for this machine, as the webgpu package's index.js names it (platform-arch; universal on macOS). */
function dawnAddon(): { source: string; relative: string } {
  const packageRoot = path.dirname(createRequire(import.meta.url).resolve('webgpu/package.json'));
  const arch = process.platform === 'darwin' ? 'universal' : process.arch;
  const relative = path.join('dist', `${process.platform}-${arch}`, 'dawn.node');
  return { source: path.join(packageRoot, relative), relative };
}

const RUN_SH = `#!/bin/sh
# The packed bench: webgpu in Node on this machine's GPU (Vulkan), the fused engine against TF.js's kernels.
# Needs Node 20 or later and a Vulkan loader (Debian: libvulkan1) with a GPU driver. Flags: --models,
# --batches, --engines, --steps, --rounds, --json FILE. Records go to stdout, one JSON object a line.
here=$(cd "$(dirname "$0")" && pwd)
exec node "$here/bench.mjs" --data "$here/mnist" "$@"
`;

export async function packBench(folder: string): Promise<void> {
  mkdirSync(path.join(folder, 'mnist'), { recursive: true });
  await build({
    entryPoints: [fileURLToPath(new URL('../node/nodeEntry.ts', import.meta.url))],
    outfile: path.join(folder, 'bench.mjs'),
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    plugins: [rawTextPlugin],
    // CommonJS dependencies call require (Node's built-ins among them), which an ES module lacks.
    banner: {
      js: "import { createRequire as __packRequire } from 'node:module'; const require = __packRequire(import.meta.url);",
    },
    logLevel: 'warning',
  });
  // The webgpu package finds its addon next to its own module (import.meta.url), which in the bundle is bench.mjs.
  const dawn = dawnAddon();
  mkdirSync(path.dirname(path.join(folder, dawn.relative)), { recursive: true });
  copyFileSync(dawn.source, path.join(folder, dawn.relative));
  for (const file of [...MNIST_FILES.train, ...MNIST_FILES.test]) {
    copyFileSync(path.join(mnistDataFolder(), file), path.join(folder, 'mnist', file));
  }
  writeFileSync(path.join(folder, 'run.sh'), RUN_SH);
  chmodSync(path.join(folder, 'run.sh'), 0o755);
}
