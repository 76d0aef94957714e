import { describe, expect, it } from 'vitest';
import type { SweepRecord } from '../storage/sweepSummary';
import { repeatResults, repeatRows } from './repeatSeeds';

const record = (seed: number, baseline: number, mixup: number): SweepRecord => ({
  alpha: 0.4,
  seed,
  baseline: { accuracy: baseline, nll: 0.3, ece: 0.02 },
  mixup: { accuracy: mixup, nll: 0.25, ece: 0.03 },
  elapsedMs: 1,
  trainedBaseline: true,
});

describe('repeatResults', () => {
  const records = [record(1, 0.9, 0.92), record(2, 0.91, 0.94), record(3, 0.92, 0.96)];

  it("gives both arms and the per-seed gap as mean ± std, and each seed's results", () => {
    const results = repeatResults({ alphas: [0.4], records });
    expect(results?.baseline.metrics.accuracy.mean).toBeCloseTo(0.91, 12);
    expect(results?.mixup.metrics.accuracy.mean).toBeCloseTo(0.94, 12);
    // Gaps 0.02, 0.03, 0.04.
    expect(results?.gap.metrics.accuracy.mean).toBeCloseTo(0.03, 12);
    expect(results?.gap.metrics.accuracy.std).toBeCloseTo(0.01, 12);
    expect(results?.gap.metrics.nll.mean).toBeCloseTo(-0.05, 12);
    expect(results?.perSeed.map((r) => r.seed)).toEqual([1, 2, 3]);
  });

  it('is null for a sweep of several α, and before a seed has finished', () => {
    expect(repeatResults({ alphas: [0.4, 1], records })).toBeNull();
    expect(repeatResults({ alphas: [0.4], records: [] })).toBeNull();
  });

  it('writes the table: each arm, then the signed gap', () => {
    const results = repeatResults({ alphas: [0.4], records });
    if (!results) throw new Error('no results');
    expect(repeatRows(results).map((row) => [row.label, row.cells.accuracy, row.cells.nll])).toEqual([
      ['Baseline', '91.00% ± 1.00', '0.300 ± 0.000'],
      ['Mixup', '94.00% ± 2.00', '0.250 ± 0.000'],
      ['Gap (mixup − baseline)', '+3.00% ± 1.00', '-0.050 ± 0.000'],
    ]);
  });
});
