import { describe, expect, it } from 'vitest';
import { DEFAULT_CONFIG, type TrainConfig } from '../../contract/config';
import type { WorkPace } from '../../contract/reports';
import type { PlannedRun } from '../../views/runEstimate';
import { sweepFraction, sweepMsLeft } from './sweepProgressFigures';

describe('sweepFraction', () => {
  it('counts finished runs whole and the run in flight by its steps', () => {
    expect(sweepFraction({ totalRuns: 4, finishedMs: [], current: null })).toBe(0);
    expect(
      sweepFraction({ totalRuns: 4, finishedMs: [10, 10], current: { step: 25, totalSteps: 100, elapsedMs: 5 } }),
    ).toBeCloseTo(2.25 / 4, 12);
    expect(sweepFraction({ totalRuns: 2, finishedMs: [1, 1], current: null })).toBe(1);
    expect(sweepFraction({ totalRuns: 0, finishedMs: [], current: null })).toBe(0);
  });
});

describe('sweepMsLeft', () => {
  // 31 steps an epoch, 62 in all, quick evaluations every 10 (as in runEstimate.test.ts). Paired, at PACE:
  // 3968 / 400 + 56,000 / 8000 + 2000 / 1000 = 18.92 s; the mixup arm alone, half the work: 9.46 s.
  const config: TrainConfig = { ...DEFAULT_CONFIG, trainSize: 1000, batchSize: 32, epochs: 2, evalEvery: 10 };
  const PACE: WorkPace = { train: 400, evaluate: 8000, attack: 1000 };
  const plan: PlannedRun[] = [
    { config, arms: 2 },
    { config: { ...config, alpha: 4 }, arms: 1 },
  ];

  it('knows nothing before a pace has been measured', () => {
    expect(sweepMsLeft(plan, 0, null, null)).toBeNull();
  });

  it('times the runs not started at the measured pace, a run that reuses its baseline at half', () => {
    expect(sweepMsLeft(plan, 0, null, PACE)).toBeCloseTo(28_380, 6);
    expect(sweepMsLeft(plan, 1, null, PACE)).toBeCloseTo(9460, 6);
    expect(sweepMsLeft(plan, 2, null, PACE)).toBe(0);
  });

  it('times the run in flight at its own pace once it has one, and the measured pace before', () => {
    // runMsLeft at step 31, 200 examples/s per arm, evaluations at 4000/s: 13.96 s (runEstimate.test.ts).
    const running = { step: 31, examplesPerSecond: 200, evaluationPace: 4000 };
    expect(sweepMsLeft(plan, 0, running, PACE)).toBeCloseTo(13_960 + 9460, 6);
    // One step in, no pace of its own: 2 × 61 × 32 / 400 + 7 + 2 = 18.76 s.
    const young = { step: 1, examplesPerSecond: 0, evaluationPace: null };
    expect(sweepMsLeft(plan, 0, young, PACE)).toBeCloseTo(18_760 + 9460, 6);
  });
});
