import { describe, expect, it } from 'vitest';
import { describeTimeLeft, estimateMsLeft, formatDuration } from './timeLeft';

describe('estimateMsLeft', () => {
  it('extrapolates the pace so far over the steps left', () => {
    // 10 steps in 5 s is 0.5 s a step; 30 steps left take 15 s.
    expect(estimateMsLeft({ step: 10, totalSteps: 40, elapsedMs: 5000 })).toBe(15000);
  });

  it('waits for a few steps before guessing', () => {
    expect(estimateMsLeft({ step: 2, totalSteps: 40, elapsedMs: 5000 })).toBeNull();
    expect(estimateMsLeft({ step: 5, totalSteps: 40, elapsedMs: 0 })).toBeNull();
  });

  it('is zero at the end of the run', () => {
    expect(estimateMsLeft({ step: 40, totalSteps: 40, elapsedMs: 5000 })).toBe(0);
  });
});

describe('formatDuration', () => {
  it('says seconds, minutes and seconds, or hours and minutes', () => {
    expect(formatDuration(0)).toBe('0 s');
    expect(formatDuration(44_600)).toBe('45 s');
    expect(formatDuration(130_000)).toBe('2 min 10 s');
    expect(formatDuration(3_900_000)).toBe('1 h 5 min');
  });
});

describe('describeTimeLeft', () => {
  it('says "estimating…" until there is an estimate, then "about …"', () => {
    expect(describeTimeLeft(null)).toBe('estimating…');
    expect(describeTimeLeft(130_000)).toBe('about 2 min 10 s');
  });
});
