import { describe, expect, it } from 'vitest';
import {
  axisTicks,
  BINS,
  betaPicture,
  betaPictureSteps,
  CURVE_POINTS,
  DRAWS,
  DRAWS_PER_STEP,
  niceCeiling,
} from './betaPicture';

describe('niceCeiling', () => {
  it.each([
    [0.9, 1],
    [1, 1],
    [1.1, 2],
    [2.2, 2.5],
    [3, 5],
    [7.5, 10],
    [17, 20],
    [0.23, 0.25],
    [0.26, 0.5],
  ])('rounds %s up to %s', (x, nice) => {
    expect(niceCeiling(x)).toBe(nice);
  });
});

describe('axisTicks', () => {
  it.each([
    [1, [0, 0.25, 0.5, 0.75, 1]],
    [2, [0, 0.5, 1, 1.5, 2]],
    [2.5, [0, 0.5, 1, 1.5, 2, 2.5]],
    [5, [0, 1, 2, 3, 4, 5]],
    [10, [0, 2.5, 5, 7.5, 10]],
    [0.25, [0, 0.05, 0.1, 0.15, 0.2, 0.25]],
    [50, [0, 10, 20, 30, 40, 50]],
  ])('splits 0…%s into round steps', (top, ticks) => {
    expect(axisTicks(top)).toEqual(ticks);
  });
});

describe('betaPicture', () => {
  it('draws Beta(1, 1) as a flat density 1, with the bars near it and a round axis top', () => {
    const picture = betaPicture(1, 1, 5);
    expect(picture.bins).toHaveLength(BINS);
    expect(picture.curve).toHaveLength(CURVE_POINTS);
    for (const point of picture.curve) expect(point.density).toBeCloseTo(1, 12);
    // 500 draws expected per bin: 5 standard deviations of a count is about 22%.
    for (const bar of picture.bins) expect(Math.abs(bar.density - 1)).toBeLessThan(0.22);
    expect(picture.yMax).toBe(2);
    expect(picture.unboundedEnds).toEqual([]);
    expect(picture.clipped).toBe(false);
  });

  it('keeps the curve off the ends, where a shape below 1 makes the density infinite', () => {
    const picture = betaPicture(0.4, 0.4, 5);
    expect(picture.curve[0]?.x).toBe(0.5 / CURVE_POINTS);
    expect(picture.curve.at(-1)?.x).toBe(1 - 0.5 / CURVE_POINTS);
    expect(picture.curve.every((point) => Number.isFinite(point.density))).toBe(true);
    expect(picture.unboundedEnds).toEqual([0, 1]);
    expect(picture.yMax).toBeGreaterThanOrEqual(Math.max(...picture.bins.map((bar) => bar.density)));
  });

  it('gives exact and sampled moments that agree: Beta(0.4, 0.4) has mean 1/2 and sd 1/(2√1.8)', () => {
    const { exact, sampled } = betaPicture(0.4, 0.4, 5);
    expect(exact.mean).toBe(0.5);
    expect(exact.sd).toBeCloseTo(1 / (2 * Math.sqrt(1.8)), 12);
    // Standard error of the mean: 0.373 / √20,000 ≈ 0.0026.
    expect(Math.abs(sampled.mean - 0.5)).toBeLessThan(0.013);
    expect(Math.abs(sampled.sd - exact.sd)).toBeLessThan(0.01);
    expect(Math.abs(sampled.shareAboveHalf - 0.5)).toBeLessThan(0.02);
  });

  it("shows the tutorial's Beta(1, 0.4) as lopsided: mean 1/1.4, λ > 0.5 in 0.5^0.4 ≈ 76% of draws", () => {
    const { exact, sampled, unboundedEnds } = betaPicture(1, 0.4, 5);
    expect(exact.mean).toBeCloseTo(1 / 1.4, 12);
    expect(Math.abs(sampled.shareAboveHalf - 0.5 ** 0.4)).toBeLessThan(0.02);
    expect(unboundedEnds).toEqual([1]);
  });

  it('raises the axis to a bounded peak: Beta(8, 8) peaks at 3.2 in the middle', () => {
    const picture = betaPicture(8, 8, 5);
    const peak = Math.max(...picture.curve.map((point) => point.density));
    expect(peak).toBeGreaterThan(3.1);
    expect(picture.yMax).toBe(5);
    expect(picture.clipped).toBe(false);
  });

  it('is the same for the same seed and differs for another', () => {
    expect(betaPicture(2, 2, 9).bins).toEqual(betaPicture(2, 2, 9).bins);
    expect(betaPicture(2, 2, 10).bins).not.toEqual(betaPicture(2, 2, 9).bins);
    expect(DRAWS).toBe(20_000);
  });
});

describe('betaPictureSteps', () => {
  it('draws in steps of DRAWS_PER_STEP and ends with the same picture as betaPicture', () => {
    const steps = betaPictureSteps(0.4, 2, 7);
    let yields = 0;
    for (let step = steps.next(); ; step = steps.next()) {
      if (step.done) {
        expect(step.value).toEqual(betaPicture(0.4, 2, 7));
        break;
      }
      yields++;
    }
    expect(yields).toBe(Math.ceil(DRAWS / DRAWS_PER_STEP));
  });
});
