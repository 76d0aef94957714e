/**
 * Headless paired runs: the same engine code as the page's worker, in Node on TF.js's wasm backend
 * (or, with --backend cpu, its CPU backend).
 * `npm run experiment -- --help` lists the flags.
 */
import { writeFileSync } from 'node:fs';
import * as tf from '@tensorflow/tfjs';
import { readMnist } from '../src/data/node/readMnist';
import type { MnistSplit } from '../src/data/loadMnist';
import type { TrainConfig } from '../src/engine/config';
import { createDeviceData } from '../src/engine/deviceData';
import { setUpCpuBackend } from '../src/engine/fastCpuConvGrad';
import { setUpNodeWasmBackend } from '../src/engine/node/wasmBackend';
import { runPairedTraining, type EpochSummary, type MetricsPoint, type RunResult } from '../src/engine/trainer';
import { parseExperimentArgs, usage, UsageError } from './experiment/args';
import { epochTable, robustnessTable, summaryTable, sweepTable, type SeedRun, type SweepPoint } from './experiment/report';

type FullRun = SeedRun & { points: MetricsPoint[]; result: RunResult };

/** One paired run per seed, on the given configuration; `label` prefixes each progress line. */
async function runSeeds(config: TrainConfig, seeds: readonly number[], splits: [MnistSplit, MnistSplit], label: string): Promise<FullRun[]> {
  const runs: FullRun[] = [];
  for (const seed of seeds) {
    const seeded = { ...config, seed };
    const data = createDeviceData(...splits, seeded);
    const epochs: EpochSummary[] = [];
    const points: MetricsPoint[] = [];
    const began = performance.now();
    try {
      const result = await runPairedTraining(
        data,
        seeded,
        {
          onProgress: () => undefined,
          onMetrics: (point) => points.push(point),
          onEpochEnd: (summary) => {
            epochs.push(summary);
            const pct = (x: number) => `${(100 * x).toFixed(2)}%`;
            console.log(
              `${label}seed ${seed} · epoch ${summary.epoch}: baseline ${pct(summary.baseline.accuracy)}, mixup ${pct(summary.mixup.accuracy)}`,
            );
          },
        },
        { isStopped: () => false, waitWhilePaused: () => Promise.resolve() },
      );
      console.log(`${label}seed ${seed} done in ${((performance.now() - began) / 1000).toFixed(1)} s`);
      runs.push({ seed, epochs, points, result, robustness: result.robustness });
    } finally {
      data.dispose();
    }
  }
  return runs;
}

function printRuns(runs: readonly FullRun[], testSize: number): void {
  console.log(`\nPer epoch, on ${testSize.toLocaleString('en')} test images (mean ± std over ${runs.length} seed(s)):\n`);
  console.log(epochTable(runs));
  console.log('\nSummary:\n');
  console.log(summaryTable(runs));
  const attackedOn = runs.find((run) => run.robustness)?.robustness?.size;
  console.log(`\nAccuracy under an FGSM attack${attackedOn ? ` on the first ${attackedOn.toLocaleString('en')} test images` : ''}:\n`);
  console.log(robustnessTable(runs));
}

async function main(): Promise<void> {
  const args = parseExperimentArgs(process.argv.slice(2));
  if (args === 'help') {
    console.log(usage());
    return;
  }
  if (args.backend === 'wasm') await setUpNodeWasmBackend();
  else await setUpCpuBackend();
  const splits: [MnistSplit, MnistSplit] = [readMnist('train'), readMnist('test')];
  console.log(`Config: ${JSON.stringify(args.config)}`);
  console.log(`Seeds: ${args.seeds.join(', ')} · backend: ${tf.getBackend()}\n`);

  if (args.sweepAlphas) {
    const sweep: (SweepPoint & { runs: FullRun[] })[] = [];
    for (const alpha of args.sweepAlphas) {
      sweep.push({ alpha, runs: await runSeeds({ ...args.config, alpha }, args.seeds, splits, `α = ${alpha} · `) });
    }
    console.log(`\nα sweep: the mixup arm's final metrics per α, mean ± std over ${args.seeds.length} seed(s); the baseline for reference:\n`);
    console.log(sweepTable(sweep));
    if (args.jsonPath) {
      writeFileSync(args.jsonPath, `${JSON.stringify({ config: args.config, seeds: args.seeds, backend: args.backend, sweep }, null, 2)}\n`);
      console.log(`\nWrote ${args.jsonPath}`);
    }
    return;
  }

  const runs = await runSeeds(args.config, args.seeds, splits, '');
  printRuns(runs, args.config.testSize);
  if (args.jsonPath) {
    writeFileSync(args.jsonPath, `${JSON.stringify({ config: args.config, seeds: args.seeds, backend: args.backend, runs }, null, 2)}\n`);
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
