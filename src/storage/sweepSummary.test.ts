import { describe, expect, it } from 'vitest';
import { armSummary } from './testing/armSummary';
import { DEFAULT_CONFIG } from '../contract/config';
import type { ArmEpochSummary, RunResult } from '../contract/reports';
import type { FinalMetrics, SweepRecord } from './sweepSummary';
import { bestAlpha, compareAlpha, gapVerdict, recordOf, summariseSweep } from './sweepSummary';

const metrics = (accuracy: number, nll: number, ece: number): FinalMetrics => ({ accuracy, nll, ece });
const record = (alpha: number, seed: number, baseline: FinalMetrics, mixup: FinalMetrics): SweepRecord => ({
  alpha,
  seed,
  baseline,
  mixup,
  elapsedMs: 1000,
  trainedBaseline: true,
});

describe('summariseSweep', () => {
  it('has no points and no baseline before a run finishes', () => {
    expect(summariseSweep([], [0, 1])).toEqual({ points: [], baseline: null });
  });

  it("gives each α the mean and sample std of its mixup arm's metrics, ordered by α", () => {
    const base = metrics(0.9, 0.3, 0.02);
    const { points } = summariseSweep(
      [
        record(4, 1, base, metrics(0.8, 0.6, 0.1)),
        record(0.2, 1, base, metrics(0.92, 0.28, 0.03)),
        record(0.2, 2, base, metrics(0.94, 0.24, 0.05)),
      ],
      [4, 0.2],
    );
    expect(points.map((p) => [p.alpha, p.seeds])).toEqual([
      [0.2, 2],
      [4, 1],
    ]);
    const [low, high] = points;
    expect(low?.metrics.accuracy.mean).toBeCloseTo(0.93, 12);
    // Two values 0.02 apart: sample std = 0.02 / √2.
    expect(low?.metrics.accuracy.std).toBeCloseTo(0.02 / Math.SQRT2, 12);
    expect(low?.metrics.nll.mean).toBeCloseTo(0.26, 12);
    expect(low?.metrics.ece.std).toBeCloseTo(0.02 / Math.SQRT2, 12);
    expect(high?.metrics).toEqual({
      accuracy: { mean: 0.8, std: 0 },
      nll: { mean: 0.6, std: 0 },
      ece: { mean: 0.1, std: 0 },
    });
  });

  it("takes each seed's baseline once, however many α it was trained beside", () => {
    const seed1 = metrics(0.9, 0.3, 0.02);
    const seed2 = metrics(0.8, 0.5, 0.04);
    const mix = metrics(0.5, 1, 0.1);
    const { baseline } = summariseSweep(
      [record(1, 1, seed1, mix), record(1, 2, seed2, mix), record(2, 1, seed1, mix), record(2, 2, seed2, mix)],
      [1, 2],
    );
    expect(baseline?.seeds).toBe(2);
    expect(baseline?.metrics.accuracy.mean).toBeCloseTo(0.85, 12);
    expect(baseline?.metrics.nll.mean).toBeCloseTo(0.4, 12);
  });

  it('gives α = 0, never trained, the baseline as its point, and only where it is listed', () => {
    const base = metrics(0.9, 0.3, 0.02);
    const records = [record(1, 1, base, metrics(0.7, 0.5, 0.1))];
    expect(summariseSweep(records, [0, 1]).points.map((p) => [p.alpha, p.metrics.accuracy.mean])).toEqual([
      [0, 0.9],
      [1, 0.7],
    ]);
    expect(summariseSweep(records, [1]).points.map((p) => p.alpha)).toEqual([1]);
    // A sweep saved before α = 0 was left untrained: its α = 0 run is a second copy of the baseline.
    const old = [record(0, 1, base, metrics(0.9, 0.3, 0.02)), ...records];
    expect(summariseSweep(old, [0, 1]).points.map((p) => [p.alpha, p.seeds])).toEqual([
      [0, 1],
      [1, 1],
    ]);
  });
});

describe('compareAlpha, bestAlpha and gapVerdict', () => {
  const base = (seed: number) => metrics(0.9 + seed / 100, 0.3, 0.02);
  // Per seed, α = 0.4 beats its baseline by 2, 3 and 4 points; α = 4 loses 1 point on seed 1 only.
  const records = [
    record(0, 1, base(1), base(1)),
    record(0.4, 1, base(1), metrics(0.93, 0.25, 0.02)),
    record(0.4, 2, base(2), metrics(0.95, 0.25, 0.02)),
    record(0.4, 3, base(3), metrics(0.97, 0.25, 0.02)),
    record(4, 1, base(1), metrics(0.9, 0.4, 0.08)),
  ];

  it("compares an α with its own seeds' baselines, and gives the per-seed gap its own spread", () => {
    const at = compareAlpha(records, 0.4);
    expect(at?.mixup.metrics.accuracy.mean).toBeCloseTo(0.95, 12);
    expect(at?.baseline.metrics.accuracy.mean).toBeCloseTo(0.92, 12);
    expect(at?.gap.metrics.accuracy.mean).toBeCloseTo(0.03, 12);
    // Gaps 0.02, 0.03, 0.04: sample std 0.01, where the arms' own spreads are 0.02 and 0.01.
    expect(at?.gap.metrics.accuracy.std).toBeCloseTo(0.01, 12);
    expect(at?.gap.metrics.nll.mean).toBeCloseTo(-0.05, 12);
    expect(at?.gap.seeds).toBe(3);
    expect(compareAlpha(records, 8)).toBeNull();
  });

  it('picks the best α by mean accuracy, never α = 0, and nothing before a run has finished', () => {
    expect(bestAlpha(records)?.alpha).toBe(0.4);
    // Seed 1 alone: α = 0's copy of the baseline (0.91) would beat α = 4 (0.90), but α = 0 is not a candidate.
    expect(bestAlpha([records[0], records[4]].filter((r) => r !== undefined))?.alpha).toBe(4);
    expect(bestAlpha([])).toBeNull();
  });

  it('calls a gap beyond noise when its mean is further from 0 than its spread; one seed cannot tell', () => {
    const gap = compareAlpha(records, 0.4)?.gap;
    if (!gap) throw new Error('no gap');
    expect(gapVerdict(gap)).toBe('beyond noise');
    const noisy = { ...gap, metrics: { ...gap.metrics, accuracy: { mean: 0.01, std: 0.02 } } };
    expect(gapVerdict(noisy)).toBe('within noise');
    expect(gapVerdict({ ...gap, metrics: { ...gap.metrics, accuracy: { mean: -0.03, std: 0.01 } } })).toBe(
      'beyond noise',
    );
    const single = compareAlpha(records, 4)?.gap;
    if (!single) throw new Error('no gap');
    expect(gapVerdict(single)).toBe('one seed');
  });
});

describe('recordOf', () => {
  const arm = (accuracy: number, nll: number, ece: number): ArmEpochSummary => armSummary(accuracy, { nll, ece });
  const run = { alpha: 2, seed: 3, config: { ...DEFAULT_CONFIG, alpha: 2, seed: 3 }, trainsBaseline: false };
  const result: RunResult = {
    stopped: false,
    steps: 60,
    epochsCompleted: 2,
    examplesPerSecond: 100,
    elapsedMs: 4200,
    robustness: null,
    final: {
      epoch: 2,
      step: 60,
      showcaseIndices: new Int32Array(),
      baseline: arm(0.9, 0.3, 0.02),
      mixup: arm(0.91, 0.28, 0.05),
    },
  };

  it("keeps the last epoch's test metrics of both arms and the run's time", () => {
    expect(recordOf(run, result, false)).toEqual({
      alpha: 2,
      seed: 3,
      baseline: metrics(0.9, 0.3, 0.02),
      mixup: metrics(0.91, 0.28, 0.05),
      elapsedMs: 4200,
      trainedBaseline: false,
    });
  });

  it('gives no point for a run that was stopped, even after some epochs', () => {
    expect(recordOf(run, { ...result, stopped: true }, true)).toBeNull();
    expect(recordOf(run, { ...result, final: null }, true)).toBeNull();
  });
});
