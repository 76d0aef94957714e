import { describe, expect, it } from 'vitest';
import { DEFAULT_CONFIG } from '../engine/config';
import type { ArmEpochSummary, RunResult } from '../engine/reports';
import type { FinalMetrics, SweepRecord } from '../storage/savedRun';
import { recordOf, summariseSweep } from './sweepResults';

const metrics = (accuracy: number, nll: number, ece: number): FinalMetrics => ({ accuracy, nll, ece });
const record = (alpha: number, seed: number, baseline: FinalMetrics, mixup: FinalMetrics): SweepRecord => ({
  alpha,
  seed,
  baseline,
  mixup,
  elapsedMs: 1000,
});

describe('summariseSweep', () => {
  it('has no points and no baseline before a run finishes', () => {
    expect(summariseSweep([])).toEqual({ points: [], baseline: null });
  });

  it("gives each α the mean and sample std of its mixup arm's metrics, ordered by α", () => {
    const base = metrics(0.9, 0.3, 0.02);
    const { points } = summariseSweep([
      record(4, 1, base, metrics(0.8, 0.6, 0.1)),
      record(0.2, 1, base, metrics(0.92, 0.28, 0.03)),
      record(0.2, 2, base, metrics(0.94, 0.24, 0.05)),
    ]);
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
    const { baseline } = summariseSweep([
      record(0, 1, seed1, mix),
      record(0, 2, seed2, mix),
      record(1, 1, seed1, mix),
      record(2, 1, seed1, mix),
    ]);
    expect(baseline?.seeds).toBe(2);
    expect(baseline?.metrics.accuracy.mean).toBeCloseTo(0.85, 12);
    expect(baseline?.metrics.nll.mean).toBeCloseTo(0.4, 12);
  });
});

describe('recordOf', () => {
  const arm = (accuracy: number, nll: number, ece: number): ArmEpochSummary => ({
    accuracy,
    nll,
    ece,
    trainAccuracy: 1,
    perClassAccuracy: [],
    reliability: [],
    showcase: { predicted: new Uint8Array(), confidence: new Float32Array() },
  });
  const run = { alpha: 2, seed: 3, config: { ...DEFAULT_CONFIG, alpha: 2, seed: 3 } };
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
    expect(recordOf(run, result)).toEqual({
      alpha: 2,
      seed: 3,
      baseline: metrics(0.9, 0.3, 0.02),
      mixup: metrics(0.91, 0.28, 0.05),
      elapsedMs: 4200,
    });
  });

  it('gives no point for a run that was stopped, even after some epochs', () => {
    expect(recordOf(run, { ...result, stopped: true })).toBeNull();
    expect(recordOf(run, { ...result, final: null })).toBeNull();
  });
});
