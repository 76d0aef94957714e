/**
 * Headless paired runs: the same engine code as the page's worker, in Node on TF.js's wasm backend
 * (or, with --backend cpu, its CPU backend; with --backend webgpu, the GPU through Dawn, trained by the
 * fused engine or, with --engine tfjs, by TF.js's kernels).
 * `npm run experiment -- --help` lists the flags.
 */
import { writeFileSync } from 'node:fs';
import * as tf from '@tensorflow/tfjs';
import { readMnist } from '../src/data/node/readMnist';
import type { MnistSplit } from '../src/data/loadMnist';
import { setUpCpuBackend } from '../src/worker/fastCpuConvGrad';
import { stepperFor } from '../src/worker/engines';
import { setUpNodeWasmBackend } from '../src/worker/node/wasmBackend';
import { adapterName, setUpNodeWebGpuBackend } from '../src/worker/node/webgpuBackend';
import type { TrainConfig } from '../src/contract/config';
import { parseExperimentArgs, usage, UsageError, type ExperimentArgs } from './experiment/args';
import {
  epochTable,
  robustnessTable,
  summaryTable,
  sweepTable,
  type SeedRun,
  type SweepPoint,
} from './experiment/report';
import { runPytorchSeeds } from './experiment/pytorchSeeds';
import { runSeeds } from './experiment/runSeeds';

function printRuns(runs: readonly SeedRun[], testSize: number): void {
  console.log(
    `\nPer epoch, on ${testSize.toLocaleString('en')} test images (mean ± std over ${runs.length} seed(s)):\n`,
  );
  console.log(epochTable(runs));
  console.log('\nSummary:\n');
  console.log(summaryTable(runs));
  const attackedOn = runs.find((run) => run.robustness)?.robustness?.size;
  console.log(
    `\nAccuracy under an FGSM attack${attackedOn ? ` on the first ${attackedOn.toLocaleString('en')} test images` : ''}:\n`,
  );
  console.log(robustnessTable(runs));
}

type Trainer = (config: TrainConfig, seeds: readonly number[], log: (line: string) => void) => Promise<SeedRun[]>;

/** What trained, as the run's records say it: null fields where they do not apply (PyTorch, no GPU). */
interface Runtime {
  engine: ExperimentArgs['engine'] | null;
  adapter: string | null;
}

/** Sets up what `args` trains with and returns its seed loop. */
async function trainerFor(args: ExperimentArgs): Promise<{ train: Trainer; runtime: Runtime }> {
  if (args.framework === 'pytorch') return { train: runPytorchSeeds, runtime: { engine: null, adapter: null } };
  // Checked before the backend starts: a configuration the fused engine cannot train fails at once.
  const engine = stepperFor(args.engine, args.config);
  if ('unsupported' in engine) throw new UsageError(`--engine ${args.engine}: ${engine.unsupported}`);
  let adapter: string | null = null;
  if (args.backend === 'webgpu') adapter = adapterName((await setUpNodeWebGpuBackend()).adapter);
  else if (args.backend === 'wasm') await setUpNodeWasmBackend();
  else await setUpCpuBackend();
  const splits: [MnistSplit, MnistSplit] = [readMnist('train'), readMnist('test')];
  return {
    train: (config, seeds, log) => runSeeds(config, seeds, splits, log, engine.createStepper),
    runtime: { engine: args.engine, adapter },
  };
}

async function main(): Promise<void> {
  const args = parseExperimentArgs(process.argv.slice(2));
  if (args === 'help') {
    console.log(usage());
    return;
  }
  const { train, runtime } = await trainerFor(args);
  console.log(`Config: ${JSON.stringify(args.config)}`);
  const where =
    args.framework === 'pytorch'
      ? 'framework: PyTorch'
      : `backend: ${tf.getBackend()}${runtime.adapter ? ` on ${runtime.adapter}` : ''} · engine: ${runtime.engine}`;
  console.log(`Seeds: ${args.seeds.join(', ')} · ${where}\n`);
  const header = {
    config: args.config,
    seeds: args.seeds,
    framework: args.framework,
    backend: args.backend,
    ...runtime,
  };

  if (args.sweepAlphas) {
    const sweep: (SweepPoint & { runs: SeedRun[] })[] = [];
    for (const alpha of args.sweepAlphas) {
      sweep.push({
        alpha,
        runs: await train({ ...args.config, alpha }, args.seeds, (line) => console.log(`α = ${alpha} · ${line}`)),
      });
    }
    console.log(
      `\nα sweep: the mixup arm's final metrics per α, mean ± std over ${args.seeds.length} seed(s); the baseline for reference:\n`,
    );
    console.log(sweepTable(sweep));
    if (args.jsonPath) {
      writeFileSync(args.jsonPath, `${JSON.stringify({ ...header, sweep }, null, 2)}\n`);
      console.log(`\nWrote ${args.jsonPath}`);
    }
    return;
  }

  const runs = await train(args.config, args.seeds, (line) => console.log(line));
  printRuns(runs, args.config.testSize);
  if (args.jsonPath) {
    writeFileSync(args.jsonPath, `${JSON.stringify({ ...header, runs }, null, 2)}\n`);
    console.log(`\nWrote ${args.jsonPath}`);
  }
}

main().catch((error: unknown) => {
  if (error instanceof UsageError) {
    console.error(`${error.message}\n\n${usage()}`);
    process.exit(2);
  }
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
