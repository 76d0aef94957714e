import { describe, expect, it } from 'vitest';
import { sampleLogGamma } from './gamma';
import { createRng } from './rng';
import { sampleMean, sampleVariance, standardErrors } from './testing/statistics';

describe('sampleLogGamma', () => {
  it.each([0.3, 1, 5])('exp of it has the Gamma(%s) mean k and variance k', (shape) => {
    const n = 50_000;
    const rng = createRng(17);
    const gs = Float64Array.from({ length: n }, () => Math.exp(sampleLogGamma(shape, rng)));
    // Gamma(k, 1): σ² = k and μ₄ = 3k² + 6k. Bounds are 5 standard errors.
    const se = standardErrors(shape, 3 * shape * shape + 6 * shape, n);
    expect(Math.abs(sampleMean(gs) - shape)).toBeLessThan(5 * se.mean);
    expect(Math.abs(sampleVariance(gs) - shape)).toBeLessThan(5 * se.variance);
  });

  it('stays finite for a tiny shape, where the Gamma draw itself underflows to 0', () => {
    const rng = createRng(1);
    const logs = Array.from({ length: 10_000 }, () => sampleLogGamma(0.01, rng));
    expect(logs.every(Number.isFinite)).toBe(true);
    expect(logs.some((g) => Math.exp(g) === 0)).toBe(true);
  });

  it.each([0, -1, NaN, Infinity])('rejects shape %s, naming it', (shape) => {
    expect(() => sampleLogGamma(shape, createRng(1))).toThrow(`Gamma shape must be a finite number > 0, got ${shape}`);
  });
});
