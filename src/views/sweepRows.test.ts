import { describe, expect, it } from 'vitest';
import { DEFAULT_CONFIG } from '../contract/config';
import { describeSharedSettings, sweepAxis, sweepChartPoints, sweepTableRows, valuesToFit } from './sweepRows';
import type { SweepRecord } from '../storage/sweepSummary';
import { summariseSweep } from '../storage/sweepSummary';

const record = (alpha: number, seed: number, mixupAccuracy: number): SweepRecord => ({
  alpha,
  seed,
  baseline: { accuracy: 0.9 + seed / 100, nll: 0.3, ece: 0.02 },
  mixup: { accuracy: mixupAccuracy, nll: 0.25, ece: 0.05 },
  elapsedMs: 1,
  trainedBaseline: seed === 1 || alpha === 0,
});

const summary = summariseSweep([record(0, 1, 0.91), record(0.4, 1, 0.93), record(0.4, 2, 0.95)], [0, 0.4]);

describe('sweepTableRows', () => {
  it('puts the baseline first, then each α, with the spread where there are several seeds', () => {
    const rows = sweepTableRows(summary);
    expect(rows.map((r) => [r.label, r.cells.accuracy, r.seeds])).toEqual([
      ['Baseline', '91.50% ± 0.71', 2],
      ['α = 0 (no mixing)', '91.50% ± 0.71', 2],
      ['α = 0.4', '94.00% ± 1.41', 2],
    ]);
    expect(rows[2]?.cells.nll).toBe('0.250 ± 0.000');
    expect(rows[2]?.cells.ece).toBe('0.0500 ± 0.0000');
    expect(sweepTableRows(summariseSweep([], [0, 0.4]))).toEqual([]);
  });
});

describe('sweepChartPoints', () => {
  it('places each α on the log axis with its mean and spread', () => {
    const axis = sweepAxis([0, 0.4, 4]);
    const points = sweepChartPoints(summary, axis, 'accuracy');
    expect(points.map((p) => p.alpha)).toEqual([0, 0.4]);
    expect(points[0]?.x).toBe(axis.position(0));
    expect(points[1]?.x).toBeCloseTo(Math.log10(0.4), 12);
    expect(points[1]?.mean).toBeCloseTo(0.94, 12);
    expect(points[1]?.std).toBeCloseTo(0.02 * Math.SQRT1_2, 12);
  });

  it('fits the y axis to every spread, the baseline included', () => {
    const values = valuesToFit(summary, 'accuracy');
    expect(Math.min(...values)).toBeCloseTo(0.915 - 0.01 * Math.SQRT1_2, 12);
    expect(Math.max(...values)).toBeCloseTo(0.94 + 0.02 * Math.SQRT1_2, 12);
  });
});

describe('describeSharedSettings', () => {
  it('says what every run of the sweep shares', () => {
    expect(describeSharedSettings(DEFAULT_CONFIG)).toBe(
      'tiny model · 1,000 training examples · 5 epochs · batch 32 · Adam at learning rate 0.001 · 10,000 test digits',
    );
    expect(
      describeSharedSettings({ ...DEFAULT_CONFIG, labelNoise: 0.4, epochs: 1, mixMode: 'cutmix', optimizer: 'sgd' }),
    ).toBe(
      'tiny model · 1,000 training examples · 40% wrong labels · 1 epoch · batch 32 · SGD with momentum at learning rate 0.001 · CutMix · 10,000 test digits',
    );
  });
});
