import { describe, expect, it } from 'vitest';
import { densityHistogram } from './histogram';
import { createRng } from './rng';

describe('densityHistogram by hand', () => {
  /*
   * Five values in 4 bins of width 0.25 over [0, 1]:
   *   [0, 0.25): 0.1, 0.2   → 2 → 2 / (5 · 0.25) = 1.6
   *   [0.25, 0.5): none     → 0
   *   [0.5, 0.75): 0.5      → 1 → 0.8 (a value on an inner edge goes to the right-hand bin)
   *   [0.75, 1]: 0.9, 1     → 2 → 1.6 (a value exactly at hi goes to the last bin)
   */
  const histogram = densityHistogram([0.1, 0.2, 0.5, 0.9, 1], 4);

  it('counts each value once, in its half-open bin', () => {
    expect(histogram.counts).toEqual([2, 0, 1, 2]);
  });

  it('scales counts to densities count / (n · width)', () => {
    expect(histogram.densities).toEqual([1.6, 0, 0.8, 1.6]);
  });

  it('gives the bin edges and centres', () => {
    expect(histogram.edges).toEqual([0, 0.25, 0.5, 0.75, 1]);
    expect(histogram.centres).toEqual([0.125, 0.375, 0.625, 0.875]);
  });

  it('bins over any range [lo, hi]', () => {
    // Width 2 over [-2, 4]: −2 and −1 in the first bin, 1 in the second, 4 (= hi) in the last.
    const shifted = densityHistogram([-2, -1, 1, 4], 3, -2, 4);
    expect(shifted.counts).toEqual([2, 1, 1]);
    expect(shifted.densities).toEqual([0.25, 0.125, 0.125]);
    expect(shifted.centres).toEqual([-1, 1, 3]);
  });

  it('puts values on decimal edges in the bin they start (0.3 of 10 bins is bin 3, not 2)', () => {
    expect(densityHistogram([0.3, 0.7], 10).counts).toEqual([0, 0, 0, 1, 0, 0, 0, 1, 0, 0]);
  });
});

describe('densityHistogram as a density', () => {
  it('integrates to 1 for uniform draws, each bin near density 1', () => {
    const rng = createRng(7);
    const values = Float64Array.from({ length: 40_000 }, rng);
    const { densities, edges } = densityHistogram(values, 40);
    const width = (edges[1] ?? 0) - (edges[0] ?? 0);
    expect(densities.reduce((sum, density) => sum + density * width, 0)).toBeCloseTo(1, 12);
    // 1000 expected per bin: 5 standard deviations of a count is about 16%.
    for (const density of densities) expect(Math.abs(density - 1)).toBeLessThan(0.16);
  });
});

describe('densityHistogram argument checks', () => {
  it.each([0, -1, 2.5, NaN])('refuses %s bins', (bins) => {
    expect(() => densityHistogram([0.5], bins)).toThrow(/Histogram bins must be a positive integer/);
  });

  it.each([
    [1, 1],
    [1, 0],
    [0, Infinity],
    [NaN, 1],
  ])('refuses the range [%s, %s]', (lo, hi) => {
    expect(() => densityHistogram([0.5], 2, lo, hi)).toThrow(/finite lo < hi/);
  });

  it('refuses no values', () => {
    expect(() => densityHistogram([], 2)).toThrow(/at least one value/);
  });

  it.each([-0.1, 1.1, NaN])('refuses the value %s outside [0, 1], naming its index', (value) => {
    expect(() => densityHistogram([0.5, value], 2)).toThrow(/value \[1\] must lie in \[0, 1\]/);
  });
});
