import { describe, expect, it } from 'vitest';
import { createRng, permutation, randomInt, standardNormal } from './rng';
import { scriptedRng } from './testing/scriptedRng';
import { sampleMean, sampleVariance, standardErrors } from './testing/statistics';

const draws = (rng: () => number, n: number): Float64Array => Float64Array.from({ length: n }, rng);

describe('createRng', () => {
  it('repeats the same stream for the same seed', () => {
    expect(draws(createRng(42), 1000)).toEqual(draws(createRng(42), 1000));
  });

  it('gives different streams for different seeds, including seeds 2³² apart', () => {
    const seeds = [0, 1, 2, -1, 4294967296, Date.UTC(2024, 0, 1)];
    const firsts = seeds.map((seed) => createRng(seed)());
    expect(new Set(firsts).size).toBe(seeds.length);
  });

  it('treats an integer-ish seed by its integer part', () => {
    expect(createRng(7.9)()).toBe(createRng(7)());
  });

  it('returns values in [0, 1) with the mean 1/2 and variance 1/12 of U[0, 1)', () => {
    const n = 100_000;
    const xs = draws(createRng(2024), n);
    expect(xs.every((x) => x >= 0 && x < 1)).toBe(true);
    // U[0, 1): σ² = 1/12, μ₄ = 1/80. Bounds are 5 standard errors.
    const se = standardErrors(1 / 12, 1 / 80, n);
    expect(Math.abs(sampleMean(xs) - 0.5)).toBeLessThan(5 * se.mean);
    expect(Math.abs(sampleVariance(xs) - 1 / 12)).toBeLessThan(5 * se.variance);
  });

  it.each([NaN, Infinity, -Infinity])('rejects the non-finite seed %s, naming it', (seed) => {
    expect(() => createRng(seed)).toThrow(`got ${seed}`);
  });
});

describe('randomInt', () => {
  it('stays in [0, n) and hits every value', () => {
    const rng = createRng(5);
    const seen = new Set<number>();
    for (let i = 0; i < 1000; i++) {
      const k = randomInt(rng, 7);
      expect(Number.isInteger(k) && k >= 0 && k < 7).toBe(true);
      seen.add(k);
    }
    expect(seen.size).toBe(7);
  });

  it('maps u to ⌊u·n⌋ and keeps the top of the range in bounds', () => {
    const rng = scriptedRng([0, 0.5, 0.999999, 1]);
    expect([randomInt(rng, 4), randomInt(rng, 4), randomInt(rng, 4), randomInt(rng, 4)]).toEqual([0, 2, 3, 3]);
  });

  it.each([0, -1, 2.5, NaN])('rejects n = %s', (n) => {
    expect(() => randomInt(createRng(1), n)).toThrow(`got ${n}`);
  });
});

describe('permutation', () => {
  it('contains every index exactly once', () => {
    const order = permutation(1000, createRng(3));
    expect(Array.from(order).sort((a, b) => a - b)).toEqual(Array.from({ length: 1000 }, (_, i) => i));
  });

  it('handles n = 0 and n = 1 without drawing', () => {
    const noDraws = scriptedRng([]);
    expect(Array.from(permutation(0, noDraws))).toEqual([]);
    expect(Array.from(permutation(1, noDraws))).toEqual([0]);
  });

  it('puts each value at each position with probability 1/n (chi-square per position)', () => {
    const n = 5;
    const trials = 50_000;
    const rng = createRng(11);
    const counts = Array.from({ length: n }, () => new Array<number>(n).fill(0));
    for (let t = 0; t < trials; t++) {
      permutation(n, rng).forEach((value, position) => {
        const row = counts[position];
        if (row) row[value] = (row[value] ?? 0) + 1;
      });
    }
    // Each position's value counts are multinomial(trials, uniform over n), so Pearson's statistic
    // is χ² with n − 1 = 4 degrees of freedom; its 0.1% critical value is 18.467.
    const expected = trials / n;
    for (const row of counts) {
      const chiSquare = row.reduce((sum, observed) => sum + (observed - expected) ** 2 / expected, 0);
      expect(chiSquare).toBeLessThan(18.467);
    }
  });

  it.each([-1, 1.5, NaN])('rejects n = %s', (n) => {
    expect(() => permutation(n, createRng(1))).toThrow(`got ${n}`);
  });
});

describe('standardNormal', () => {
  it('has mean 0 and variance 1', () => {
    const n = 100_000;
    const rng = createRng(99);
    const zs = Float64Array.from({ length: n }, () => standardNormal(rng));
    // N(0, 1): σ² = 1, μ₄ = 3.
    const se = standardErrors(1, 3, n);
    expect(Math.abs(sampleMean(zs))).toBeLessThan(5 * se.mean);
    expect(Math.abs(sampleVariance(zs) - 1)).toBeLessThan(5 * se.variance);
  });

  it('stays finite when the rng returns 0', () => {
    expect(Number.isFinite(standardNormal(scriptedRng([0, 0])))).toBe(true);
  });

  it('follows Box–Muller: u₁ = 1 − ½, u₂ = 0 gives √(2 ln 2)', () => {
    expect(standardNormal(scriptedRng([0.5, 0]))).toBeCloseTo(Math.sqrt(2 * Math.log(2)), 14);
  });
});
