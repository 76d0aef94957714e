import { describe, expect, it } from 'vitest';
import { logGamma } from './logGamma';
import { stirlingLogGamma } from './testing/incompleteBeta';

describe('logGamma', () => {
  it.each([
    [0.5, Math.log(Math.sqrt(Math.PI))],
    [1, 0],
    [2, 0],
    [5, Math.log(24)],
    [10, Math.log(362880)],
    [0.1, Math.log(9.513507698668732)],
    // Γ(0.01) = 99.43258511915060 and ln Γ(100) = ln 99! (reference values from tables).
    [0.01, Math.log(99.4325851191506)],
    [100, 359.1342053695754],
  ])('ln Γ(%s) = %s', (x, expected) => {
    expect(Math.abs(logGamma(x) - expected)).toBeLessThan(1e-13 * Math.max(1, Math.abs(expected)));
  });

  it('agrees with an independent Stirling-series log-gamma across (0, 200]', () => {
    for (let x = 0.01; x < 200; x *= 1.07) {
      const reference = stirlingLogGamma(x);
      expect(Math.abs(logGamma(x) - reference)).toBeLessThan(1e-13 * Math.max(1, Math.abs(reference)));
    }
  });

  it('satisfies Γ(x + 1) = x·Γ(x)', () => {
    for (const x of [0.3, 1.7, 4.2, 33.3]) {
      expect(logGamma(x + 1) - logGamma(x)).toBeCloseTo(Math.log(x), 13);
    }
  });

  it.each([0, -1, NaN, Infinity])('rejects x = %s, naming it', (x) => {
    expect(() => logGamma(x)).toThrow(`got ${x}`);
  });
});
