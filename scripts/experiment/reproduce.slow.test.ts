import { beforeAll, describe, expect, it } from 'vitest';
import { readMnist } from '../../src/data/node/readMnist';
import { setUpNodeWasmBackend } from '../../src/worker/node/wasmBackend';
import { presetConfig } from '../../src/contract/presets';
import { headlineOf, measurementOf } from '../../src/views/measuredPresets';
import { runSeeds } from './runSeeds';
import { meanStd } from '../../src/mixup/stats';

/** "94.25 ± 0.34" → { mean: 94.25, std: 0.34 }. */
function parseMeanStd(text: string): { mean: number; std: number } {
  const match = /^(-?[\d.]+) ± ([\d.]+)$/.exec(text);
  if (!match) throw new Error(`not a mean ± std: '${text}'`);
  return { mean: Number(match[1]), std: Number(match[2]) };
}

/**
 * Re-runs `npm run experiment -- --preset small-data --seeds 3 --eval-every 10000 --quick-eval-size 100`
 * (the command docs/EXPERIMENTS.md records) through the runner's own loop, and checks each arm's mean
 * final accuracy lands within the spread recorded there. The quick-evaluation flags only thin the
 * live curves; they do not change training.
 */
describe('docs/EXPERIMENTS.md', () => {
  beforeAll(setUpNodeWasmBackend);

  it(
    'small-data: a re-run gives each arm’s recorded final accuracy within the recorded spread',
    { timeout: 600_000 },
    async () => {
      const config = { ...presetConfig('small-data'), evalEvery: 10000, quickEvalSize: 100 };
      const runs = await runSeeds(
        config,
        [config.seed, config.seed + 1, config.seed + 2],
        [readMnist('train'), readMnist('test')],
      );
      const finals = {
        baseline: runs.map((run) => 100 * (run.result.final?.baseline.accuracy ?? NaN)),
        mixup: runs.map((run) => 100 * (run.result.final?.mixup.accuracy ?? NaN)),
      };
      for (const arm of ['baseline', 'mixup'] as const) {
        const section = measurementOf('small-data');
        const figures = section && headlineOf(section, arm);
        if (!figures) throw new Error('docs/EXPERIMENTS.md has no small-data figures');
        const recorded = parseMeanStd(figures.accuracy);
        const rerun = meanStd(finals[arm]);
        // The recorded figure is rounded to 0.01; the spread allowance keeps at least that much.
        expect(
          Math.abs(rerun.mean - recorded.mean),
          `${arm}: re-run mean ${rerun.mean.toFixed(2)}`,
        ).toBeLessThanOrEqual(Math.max(recorded.std, 0.01) + 0.005);
      }
    },
  );
});
