import { describe, expect, it } from 'vitest';
import { DEFAULT_CONFIG, type TrainConfig } from '../contract/config';
import type { WorkPace } from '../contract/reports';
import { draftRuns, durationMs, expectedMs, runMsLeft, sweepRuns, workAfter, type RunFigures } from './runEstimate';

/** 31 steps an epoch (1000 / 32, the partial batch dropped), 62 in all; quick evaluations at 10, 20, …, 60. */
const CONFIG: TrainConfig = { ...DEFAULT_CONFIG, trainSize: 1000, batchSize: 32, epochs: 2, evalEvery: 10 };
const PACE: WorkPace = { train: 400, evaluate: 8000, attack: 1000 };

describe('workAfter', () => {
  it('counts both arms’ training, quick and epoch-end evaluations, and the attack', () => {
    // Training 2 × 62 × 32; evaluations 2 × (6 quick × 1000 + 2 epochs × (10,000 test + 1000 train-eval)).
    expect(workAfter(CONFIG, 0)).toEqual({ train: 3968, evaluate: 56_000, attack: 2000 });
  });

  it('leaves out what is done, the evaluations due at that step included', () => {
    // At step 31: the first epoch's end and the quick evaluations at 10, 20, 30 are behind.
    expect(workAfter(CONFIG, 31)).toEqual({ train: 1984, evaluate: 28_000, attack: 2000 });
    expect(workAfter(CONFIG, 62)).toEqual({ train: 0, evaluate: 0, attack: 2000 });
  });

  it('halves for a run that trains one arm', () => {
    expect(workAfter(CONFIG, 0, 1)).toEqual({ train: 1984, evaluate: 28_000, attack: 1000 });
  });

  it('caps the quick and train-eval sets as the config does, and attacks at most the test subset', () => {
    const small = { ...CONFIG, testSize: 500, quickEvalSize: 1000, trainEvalSize: 1000, trainSize: 640 };
    // 20 steps an epoch, 40 in all: 4 quick evaluations of 500 digits, 2 epoch ends of 500 + 640.
    expect(workAfter(small, 0)).toEqual({ train: 2 * 40 * 32, evaluate: 2 * (4 * 500 + 2 * 1140), attack: 1000 });
  });
});

describe('durationMs and expectedMs', () => {
  it('times each kind of work at its own pace', () => {
    // 3968 / 400 = 9.92 s, 56,000 / 8000 = 7 s, 2000 / 1000 = 2 s.
    expect(durationMs(workAfter(CONFIG, 0), PACE)).toBeCloseTo(18_920, 6);
  });

  it('sums a plan of runs, each with its own arms', () => {
    // The one-arm run: 4.96 + 3.5 + 1 = 9.46 s.
    expect(
      expectedMs(
        [
          { config: CONFIG, arms: 2 },
          { config: CONFIG, arms: 1 },
        ],
        PACE,
      ),
    ).toBeCloseTo(28_380, 6);
    expect(expectedMs([], PACE)).toBe(0);
  });
});

describe('draftRuns and sweepRuns', () => {
  it('plan the runs Start and Run sweep would train, and none while a setting is refused', () => {
    expect(draftRuns(CONFIG)).toEqual([{ config: CONFIG, arms: 2 }]);
    expect(draftRuns({ ...CONFIG, batchSize: 2000 })).toEqual([]);
    // α = 0 is the baseline, not a run; the first α trains each seed's baseline, the next the mixup arm alone.
    const sweep = sweepRuns(CONFIG, '0, 1, 4', 2);
    expect(sweep.map(({ config, arms }) => [config.alpha, config.seed, arms])).toEqual([
      [1, 1, 2],
      [1, 2, 2],
      [4, 1, 1],
      [4, 2, 1],
    ]);
    expect(sweepRuns(CONFIG, '0, x', 2)).toEqual([]);
    expect(sweepRuns(CONFIG, '1', 0)).toEqual([]);
  });
});

describe('runMsLeft', () => {
  const figures: RunFigures = { step: 31, examplesPerSecond: 200, evaluationPace: 4000 };

  it('times the rest at the run’s own training and evaluation pace, and the attack at the measured one', () => {
    // 1984 / (2 × 200) = 4.96 s; 28,000 at 4000/s = 7 s; 2000 / 1000 = 2 s.
    expect(runMsLeft(figures, CONFIG, PACE)).toBeCloseTo(13_960, 6);
  });

  it('uses the measured evaluation pace until the worker reports one, and waits for a few steps', () => {
    const early = { ...figures, step: 5, evaluationPace: null };
    // 57 steps × 64 / 400 = 9.12 s; 56,000 / 8000 = 7 s; 2 s.
    expect(runMsLeft(early, CONFIG, PACE)).toBeCloseTo(18_120, 6);
    expect(runMsLeft({ ...early, step: 2 }, CONFIG, PACE)).toBeNull();
    expect(runMsLeft(early, CONFIG, null)).toBeNull();
  });

  it('stays within ±30% of the true time left after the first 10% of a run with evaluation pauses', () => {
    // A simulated run: 620 steps of about 107 ms (±20%), a quick evaluation of 2000 digits every 50 steps,
    // an epoch-end evaluation of 22,000 digits (a third of the run, the first three times as slow, as wasm
    // grows its memory) and an attack; the pace measured before is off by a quarter for evaluations
    // and the attack.
    const config = { ...DEFAULT_CONFIG, trainSize: 2000, epochs: 10, evalEvery: 50 };
    const truth: WorkPace = { train: 600, evaluate: 6000, attack: 1500 };
    const before: WorkPace = { train: 900, evaluate: 4500, attack: 1200 };
    const stepsPerEpoch = 62;
    const timeline: { elapsedMs: number; figures: RunFigures }[] = [];
    let trainMs = 0;
    let evaluationMs = 0;
    let evaluationPace: number | null = null;
    for (let step = 1; step <= 10 * stepsPerEpoch; step++) {
      trainMs += ((2 * 32) / truth.train) * 1000 * (1 + 0.2 * Math.sin(step));
      if (step % 50 === 0) evaluationMs += (2000 / truth.evaluate) * 1000;
      if (step % stepsPerEpoch === 0) {
        const pace = step === stepsPerEpoch ? truth.evaluate / 3 : truth.evaluate;
        evaluationMs += (22_000 / pace) * 1000;
        // The worker reports the pace from the second epoch end on.
        if (step > stepsPerEpoch) evaluationPace = pace;
      }
      const examplesPerSecond = (step * 32) / (trainMs / 1000);
      timeline.push({ elapsedMs: trainMs + evaluationMs, figures: { step, examplesPerSecond, evaluationPace } });
    }
    const totalMs = (timeline.at(-1)?.elapsedMs ?? 0) + (2000 / truth.attack) * 1000;
    const deviations = timeline
      .filter(({ elapsedMs }) => elapsedMs >= 0.1 * totalMs)
      .map(({ elapsedMs, figures }) => (runMsLeft(figures, config, before) ?? NaN) / (totalMs - elapsedMs) - 1);
    expect(deviations.length).toBeGreaterThan(500);
    expect(Math.max(...deviations.map(Math.abs))).toBeLessThan(0.3);
  });
});
