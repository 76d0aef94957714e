import { describe, expect, it } from 'vitest';
import { sweepFraction, sweepMsLeft } from './sweepProgress';

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
  it('knows nothing before the first run has a pace', () => {
    expect(sweepMsLeft({ totalRuns: 3, finishedMs: [], current: null })).toBeNull();
    expect(
      sweepMsLeft({ totalRuns: 3, finishedMs: [], current: { step: 1, totalSteps: 100, elapsedMs: 500 } }),
    ).toBeNull();
  });

  it("extrapolates the first run's pace to the runs after it", () => {
    // 10 of 100 steps in 1 s: 9 s left in this run, 10 s for each of the 2 after it.
    expect(
      sweepMsLeft({ totalRuns: 3, finishedMs: [], current: { step: 10, totalSteps: 100, elapsedMs: 1000 } }),
    ).toBeCloseTo(29_000, 6);
  });

  it('uses the mean time of the finished runs for the runs not started', () => {
    // Runs took 8 s and 12 s (mean 10 s); the current one needs 3 s more; 2 runs after it.
    const current = { step: 70, totalSteps: 100, elapsedMs: 7000 };
    expect(sweepMsLeft({ totalRuns: 5, finishedMs: [8000, 12_000], current })).toBeCloseTo(23_000, 6);
    // Between runs: 3 runs not started.
    expect(sweepMsLeft({ totalRuns: 5, finishedMs: [8000, 12_000], current: null })).toBeCloseTo(30_000, 6);
    // A run too young for its own estimate counts as the mean less the time it has already had.
    expect(
      sweepMsLeft({ totalRuns: 3, finishedMs: [10_000], current: { step: 1, totalSteps: 100, elapsedMs: 400 } }),
    ).toBeCloseTo(19_600, 6);
    expect(sweepMsLeft({ totalRuns: 2, finishedMs: [1, 2], current: null })).toBe(0);
  });
});
