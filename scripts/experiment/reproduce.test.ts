import { beforeAll, describe, expect, it } from 'vitest';
import { readMnist } from '../../src/data/node/readMnist';
import { createDeviceData } from '../../src/engine/deviceData';
import { setUpNodeWasmBackend } from '../../src/engine/node/wasmBackend';
import { PRESETS, presetConfig } from '../../src/engine/presets';
import { runPairedTraining } from '../../src/engine/trainer';
import { meanStd } from './stats';

/** "94.25 ± 0.34" → { mean: 94.25, std: 0.34 }. */
function parseMeanStd(text: string): { mean: number; std: number } {
  const match = /^(-?[\d.]+) ± ([\d.]+)$/.exec(text);
  if (!match) throw new Error(`not a mean ± std: '${text}'`);
  return { mean: Number(match[1]), std: Number(match[2]) };
}

/**
 * Re-runs `npm run experiment -- --preset small-data --seeds 3 --eval-every 10000 --quick-eval-size 100`
 * (the command docs/EXPERIMENTS.md records) through the same engine calls, and checks each arm's mean
 * final accuracy lands within the spread recorded there. The quick-evaluation flags only thin the
 * live curves; they do not change training.
 */
describe('docs/EXPERIMENTS.md', () => {
  beforeAll(setUpNodeWasmBackend);

  it('small-data: a re-run gives each arm’s recorded final accuracy within the recorded spread', { timeout: 600_000 }, async () => {
    const config = { ...presetConfig('small-data'), evalEvery: 10000, quickEvalSize: 100 };
    const train = readMnist('train');
    const test = readMnist('test');
    const finals: Record<'baseline' | 'mixup', number[]> = { baseline: [], mixup: [] };
    for (const seed of [config.seed, config.seed + 1, config.seed + 2]) {
      const seeded = { ...config, seed };
      const data = createDeviceData(train, test, seeded);
      try {
        const result = await runPairedTraining(
          data,
          seeded,
          { onProgress: () => undefined, onMetrics: () => undefined, onEpochEnd: () => undefined },
          { isStopped: () => false, waitWhilePaused: () => Promise.resolve() },
        );
        finals.baseline.push(100 * (result.final?.baseline.accuracy ?? NaN));
        finals.mixup.push(100 * (result.final?.mixup.accuracy ?? NaN));
      } finally {
        data.dispose();
      }
    }
    for (const arm of ['baseline', 'mixup'] as const) {
      const recorded = parseMeanStd(PRESETS['small-data'].measured[arm].accuracy);
      const rerun = meanStd(finals[arm]);
      // The recorded figure is rounded to 0.01; the spread allowance keeps at least that much.
      expect(Math.abs(rerun.mean - recorded.mean), `${arm}: re-run mean ${rerun.mean.toFixed(2)}`).toBeLessThanOrEqual(Math.max(recorded.std, 0.01) + 0.005);
    }
  });
});
