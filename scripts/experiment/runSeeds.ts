import type { MnistSplit } from '../../src/data/loadMnist';
import type { TrainConfig } from '../../src/contract/config';
import { createDeviceData } from '../../src/worker/deviceData';
import type { StepperFactory } from '../../src/worker/stepper';
import { createTfjsStepper } from '../../src/worker/tfjsStepper';
import { runPairedTraining } from '../../src/worker/trainer';
import type { EpochSummary, MetricsPoint, RunResult } from '../../src/contract/reports';
import type { SeedRun } from './report';

export type FullRun = SeedRun & { points: MetricsPoint[]; result: RunResult };

/**
 * One paired run per seed on `config`, to the end, as `npm run experiment` runs them; `log` gets a
 * line per finished epoch and per finished seed; `createStepper` is the engine that trains.
 */
export async function runSeeds(
  config: TrainConfig,
  seeds: readonly number[],
  splits: readonly [MnistSplit, MnistSplit],
  log: (line: string) => void = () => undefined,
  createStepper: StepperFactory = createTfjsStepper,
): Promise<FullRun[]> {
  const runs: FullRun[] = [];
  for (const seed of seeds) {
    const seeded = { ...config, seed };
    const data = createDeviceData(splits[0], splits[1], seeded);
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
            log(
              `seed ${seed} · epoch ${summary.epoch}: baseline ${pct(summary.baseline.accuracy)}, mixup ${pct(summary.mixup.accuracy)}`,
            );
          },
        },
        { isStopped: () => false, waitWhilePaused: () => Promise.resolve() },
        null,
        createStepper,
      );
      log(`seed ${seed} done in ${((performance.now() - began) / 1000).toFixed(1)} s`);
      runs.push({ seed, epochs, points, result, robustness: result.robustness });
    } finally {
      data.dispose();
    }
  }
  return runs;
}
