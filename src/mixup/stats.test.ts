import { describe, expect, it } from 'vitest';
import { beyondSpread, formatMeanStd, meanStd } from './stats';

describe('meanStd', () => {
  it('gives the mean and the sample standard deviation', () => {
    // 2, 4, 4, 4, 5, 5, 7, 9: mean 5, squared deviations sum to 32, 32 / 7 = 4.571…
    const { mean, std } = meanStd([2, 4, 4, 4, 5, 5, 7, 9]);
    expect(mean).toBe(5);
    expect(std).toBeCloseTo(Math.sqrt(32 / 7), 12);
  });

  it('has no spread for one value and refuses none', () => {
    expect(meanStd([3])).toEqual({ mean: 3, std: 0 });
    expect(() => meanStd([])).toThrow(/at least one/);
  });

  it('formats with a ± only when there is a spread to show', () => {
    expect(formatMeanStd([0.9, 0.92], 1, 100)).toBe('91.0 ± 1.4');
    expect(formatMeanStd([0.9], 2)).toBe('0.90');
  });
});

describe('beyondSpread', () => {
  it('counts a gap as beyond noise only when it is further from 0 than the spread, either sign', () => {
    expect(beyondSpread(1.97, 0.62)).toBe(true);
    expect(beyondSpread(-0.0383, 0.0194)).toBe(true);
    expect(beyondSpread(0.35, 0.56)).toBe(false);
    expect(beyondSpread(0.5, 0.5)).toBe(false);
    expect(beyondSpread(0, 0)).toBe(false);
  });
});
