import { describe, expect, it } from 'vitest';
import type { SweepRecord } from '../../storage/sweepSummary';
import { repeatResults, repeatRows, repeatVerdict } from './repeatResults';

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

describe('repeatVerdict', () => {
  it('judges the mean gap against the spread of the per-seed gaps', () => {
    // Accuracy gaps 0.02, 0.03, 0.04: mean 3 points, std 1 point. NLL −0.05 and ECE +0.01 on every seed: std 0.
    const results = repeatResults({
      alphas: [0.4],
      records: [record(1, 0.9, 0.92), record(2, 0.91, 0.94), record(3, 0.92, 0.96)],
    });
    if (!results) throw new Error('no results');
    expect(repeatVerdict(results).sentence).toBe(
      'Mixup did better on accuracy (+3.00 points) and NLL (−0.050) and worse on ECE (+0.010), beyond the spread between the 3 seeds repeated here.',
    );
  });

  it('says that one seed cannot tell, and a gap smaller than its spread is noise', () => {
    const one = repeatResults({ alphas: [0.4], records: [record(1, 0.9, 0.92)] });
    if (!one) throw new Error('no results');
    expect(repeatVerdict(one).sentence).toMatch(/^One seed cannot tell/);
    // Accuracy gaps +0.02 and −0.01: mean 0.5 points, std 2.1 points.
    const mixed = repeatResults({ alphas: [0.4], records: [record(1, 0.9, 0.92), record(2, 0.91, 0.9)] });
    if (!mixed) throw new Error('no results');
    expect(repeatVerdict(mixed).sentence).toContain('accuracy (+0.50 points) is within that spread');
  });
});
