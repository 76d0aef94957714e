/** npm run bench:pack -- DIR: writes the self-contained Node bench (bench/pack/packBench.ts) into DIR. */
import path from 'node:path';
import { packBench } from './packBench';

async function main(): Promise<void> {
  const folder = process.argv[2];
  if (!folder) throw new Error('Usage: npm run bench:pack -- DIR');
  await packBench(path.resolve(folder));
  console.log(`Packed the Node bench into ${folder}: run ${path.join(folder, 'run.sh')} (Node 20+, a Vulkan loader)`);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
