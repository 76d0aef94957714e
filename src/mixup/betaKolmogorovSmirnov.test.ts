import { describe, expect, it } from 'vitest';
import { sampleBeta } from './beta';
import { createRng } from './rng';
import { regularizedIncompleteBeta } from './testing/incompleteBeta';
import { ksCriticalValue, ksStatistic } from './testing/kolmogorovSmirnov';

describe('reference Beta CDF I_x(a, b) (test helper) against closed forms', () => {
  const xs = [1e-6, 0.01, 0.1, 0.25, 0.5, 0.6, 0.9, 0.999];

  it.each(xs)('at x = %s', (x) => {
    for (const b of [0.3, 1, 2.5, 40]) expect(regularizedIncompleteBeta(x, 1, b)).toBeCloseTo(1 - (1 - x) ** b, 12);
    for (const a of [0.3, 1, 2.5, 40]) expect(regularizedIncompleteBeta(x, a, 1)).toBeCloseTo(x ** a, 12);
    expect(regularizedIncompleteBeta(x, 0.5, 0.5)).toBeCloseTo((2 / Math.PI) * Math.asin(Math.sqrt(x)), 12);
    expect(regularizedIncompleteBeta(x, 2, 2)).toBeCloseTo(3 * x * x - 2 * x ** 3, 12);
  });

  it('is 0 below the support and 1 above it', () => {
    expect(regularizedIncompleteBeta(0, 2, 3)).toBe(0);
    expect(regularizedIncompleteBeta(1, 2, 3)).toBe(1);
  });
});

describe('sampleBeta follows the exact Beta CDF (Kolmogorov–Smirnov, 40k draws, 1% level)', () => {
  const n = 40_000;
  // Reject when D > 1.628/√n: a correct sampler fails this with probability 1%.
  const critical = ksCriticalValue(n, 0.01);

  it.each([
    [0.2, 0.2],
    [1, 1],
    [4, 4],
    [0.5, 2],
    [2, 5],
    [1, 0.4],
  ])('Beta(%s, %s)', (alpha, beta) => {
    const rng = createRng(31337);
    const samples = Float64Array.from({ length: n }, () => sampleBeta(alpha, beta, rng));
    expect(ksStatistic(samples, (x) => regularizedIncompleteBeta(x, alpha, beta))).toBeLessThan(critical);
  });

  it('has the power to notice a slightly wrong shape: Beta(0.2, 0.2) draws vs the Beta(0.25, 0.25) CDF', () => {
    const rng = createRng(31337);
    const samples = Float64Array.from({ length: n }, () => sampleBeta(0.2, 0.2, rng));
    expect(ksStatistic(samples, (x) => regularizedIncompleteBeta(x, 0.25, 0.25))).toBeGreaterThan(critical);
  });
});
