import { describe, expect, it } from 'vitest';
import { betaMean, betaPdf, betaVariance, logBeta, sampleBeta } from './beta';
import { createRng } from './rng';
import { regularizedIncompleteBeta } from './testing/incompleteBeta';
import { integrateBetaLike } from './testing/quadrature';
import { sampleMean, sampleVariance, standardErrors } from './testing/statistics';

/**
 * Reference moments of Beta(a, b) from the textbook formulas: mean a/(a+b), variance
 * ab/((a+b)²(a+b+1)), and μ₄ = σ⁴·(3 + excess kurtosis) with excess kurtosis
 * 6[(a − b)²(a + b + 1) − ab(a + b + 2)] / [ab(a + b + 2)(a + b + 3)].
 */
function betaMoments(a: number, b: number): { mean: number; variance: number; fourth: number } {
  const s = a + b;
  const variance = (a * b) / (s * s * (s + 1));
  const excessKurtosis = (6 * ((a - b) ** 2 * (s + 1) - a * b * (s + 2))) / (a * b * (s + 2) * (s + 3));
  return { mean: a / s, variance, fourth: variance * variance * (3 + excessKurtosis) };
}

function drawBetas(alpha: number, beta: number, n: number, seed: number): Float64Array {
  const rng = createRng(seed);
  return Float64Array.from({ length: n }, () => sampleBeta(alpha, beta, rng));
}

describe('sampleBeta moments (100k draws, bounds of 5 standard errors)', () => {
  const n = 100_000;

  it.each([0.1, 0.2, 0.5, 1, 2, 8])('Beta(%s, %s): mean 1/2 and variance 1/(4(2α + 1))', (alpha) => {
    const xs = drawBetas(alpha, alpha, n, 1000 + alpha);
    const reference = betaMoments(alpha, alpha);
    expect(reference.variance).toBeCloseTo(1 / (4 * (2 * alpha + 1)), 15);
    const se = standardErrors(reference.variance, reference.fourth, n);
    expect(Math.abs(sampleMean(xs) - 0.5)).toBeLessThan(5 * se.mean);
    expect(Math.abs(sampleVariance(xs) - reference.variance)).toBeLessThan(5 * se.variance);
  });

  it.each([
    [1, 0.4],
    [2, 5],
    [0.5, 2],
  ])('Beta(%s, %s): mean and variance', (alpha, beta) => {
    const xs = drawBetas(alpha, beta, n, 77);
    const reference = betaMoments(alpha, beta);
    const se = standardErrors(reference.variance, reference.fourth, n);
    expect(Math.abs(sampleMean(xs) - reference.mean)).toBeLessThan(5 * se.mean);
    expect(Math.abs(sampleVariance(xs) - reference.variance)).toBeLessThan(5 * se.variance);
  });
});

describe('sampleBeta range', () => {
  it.each([
    [0.01, 0.01],
    [0.01, 100],
    [100, 0.01],
    [100, 100],
  ])('Beta(%s, %s) draws are finite numbers in [0, 1]', (alpha, beta) => {
    const xs = drawBetas(alpha, beta, 20_000, 5);
    expect(xs.every((x) => Number.isFinite(x) && x >= 0 && x <= 1)).toBe(true);
  });

  it('Beta(0.01, 0.01) piles up at the ends as the theory says: P(0.01 < λ < 0.99) ≈ 0.0158', () => {
    // Use the reference CDF for the exact middle mass; 20k draws give a standard error of 0.0009.
    const middle = regularizedIncompleteBeta(0.99, 0.01, 0.01) - regularizedIncompleteBeta(0.01, 0.01, 0.01);
    const xs = drawBetas(0.01, 0.01, 20_000, 6);
    const share = xs.filter((x) => x > 0.01 && x < 0.99).length / xs.length;
    expect(Math.abs(share - middle)).toBeLessThan(5 * Math.sqrt((middle * (1 - middle)) / xs.length));
  });
});

describe('parameter validation', () => {
  const bad = [0, -1, NaN, Infinity, -Infinity];

  it.each(bad)('alpha = %s is rejected with a message naming alpha and the value', (value) => {
    const message = `Beta shape alpha must be a finite number > 0, got ${value}`;
    expect(() => sampleBeta(value, 1, createRng(1))).toThrow(message);
    expect(() => betaPdf(0.5, value, 1)).toThrow(message);
    expect(() => betaMean(value, 1)).toThrow(message);
    expect(() => betaVariance(value, 1)).toThrow(message);
  });

  it.each(bad)('beta = %s is rejected with a message naming beta and the value', (value) => {
    const message = `Beta shape beta must be a finite number > 0, got ${value}`;
    expect(() => sampleBeta(1, value, createRng(1))).toThrow(message);
    expect(() => betaPdf(0.5, 1, value)).toThrow(message);
    expect(() => betaMean(1, value)).toThrow(message);
    expect(() => betaVariance(1, value)).toThrow(message);
  });

  it('x = NaN is rejected by the density, naming x', () => {
    expect(() => betaPdf(NaN, 2, 2)).toThrow('x must be a number, got NaN');
  });
});

describe('betaPdf', () => {
  it.each([
    [0.5, 2, 2, 1.5], // 6·x(1 − x)
    [0.2, 2, 5, 2.4576], // 30·x(1 − x)⁴ = 30·0.2·0.8⁴
    [0.5, 0.5, 0.5, 2 / Math.PI], // 1/(π√(x(1 − x)))
    [0.3, 1, 1, 1],
    [0.25, 0.5, 0.5, 4 / (Math.PI * Math.sqrt(3))],
    [0.9, 3, 1, 3 * 0.81], // 3x²
  ])('f(%s; %s, %s) = %s', (x, alpha, beta, expected) => {
    expect(betaPdf(x, alpha, beta)).toBeCloseTo(expected, 12);
  });

  it('Beta(1, 1) is the uniform density 1 on [0, 1], ends included', () => {
    for (const x of [0, 1e-12, 0.1, 0.5, 0.77, 1]) expect(betaPdf(x, 1, 1)).toBeCloseTo(1, 13);
  });

  it('returns the limit at the ends: 0 for shape > 1, the constant for shape = 1, ∞ for shape < 1', () => {
    expect(betaPdf(0, 1, 3)).toBeCloseTo(3, 13); // 3(1 − x)² at 0
    expect(betaPdf(1, 3, 1)).toBeCloseTo(3, 13);
    expect(betaPdf(0, 2, 2)).toBe(0);
    expect(betaPdf(1, 2, 2)).toBe(0);
    expect(betaPdf(0, 0.5, 2)).toBe(Infinity);
    expect(betaPdf(1, 2, 0.5)).toBe(Infinity);
    expect(betaPdf(1, 0.5, 2)).toBe(0);
  });

  it('is 0 outside [0, 1]', () => {
    for (const x of [-Infinity, -0.1, 1.0000001, 2, Infinity]) expect(betaPdf(x, 0.5, 0.5)).toBe(0);
  });

  it('is finite inside (0, 1) even for the extreme shapes', () => {
    for (const [a, b] of [
      [0.01, 0.01],
      [100, 100],
      [0.01, 100],
    ] as const) {
      for (const x of [1e-300, 1e-9, 0.5, 1 - 1e-9, 1 - 2 ** -53]) expect(Number.isFinite(betaPdf(x, a, b))).toBe(true);
    }
  });

  it.each([
    [0.2, 0.2],
    [0.5, 0.5],
    [1, 1],
    [2, 2],
    [2, 5],
    [1, 0.4],
    [8, 8],
  ])('Beta(%s, %s) integrates to 1', (alpha, beta) => {
    expect(integrateBetaLike(betaPdf, alpha, beta)).toBeCloseTo(1, 7);
  });

  it.each([
    [0.2, 0.7],
    [2, 5],
    [0.5, 2],
  ])('Beta(%s, %s) integrates over [0.1, 0.6] to the reference CDF difference', (alpha, beta) => {
    // Plain midpoint rule on an interval away from the singular ends.
    const steps = 20_000;
    let integral = 0;
    for (let k = 0; k < steps; k++) integral += betaPdf(0.1 + (0.5 * (k + 0.5)) / steps, alpha, beta);
    integral *= 0.5 / steps;
    const expected = regularizedIncompleteBeta(0.6, alpha, beta) - regularizedIncompleteBeta(0.1, alpha, beta);
    expect(integral).toBeCloseTo(expected, 8);
  });
});

describe('logBeta, betaMean, betaVariance', () => {
  it('logBeta matches closed forms: B(1, b) = 1/b, B(2, 3) = 1/12, B(½, ½) = π', () => {
    expect(logBeta(1, 7)).toBeCloseTo(-Math.log(7), 13);
    expect(logBeta(2, 3)).toBeCloseTo(-Math.log(12), 13);
    expect(logBeta(0.5, 0.5)).toBeCloseTo(Math.log(Math.PI), 13);
  });

  it('gives the hand-computed moments of Beta(2, 5): mean 2/7, variance 10/392', () => {
    expect(betaMean(2, 5)).toBeCloseTo(2 / 7, 15);
    expect(betaVariance(2, 5)).toBeCloseTo(10 / 392, 15);
  });

  it('gives the symmetric Beta(α, α) variance 1/(4(2α + 1))', () => {
    for (const alpha of [0.01, 0.2, 1, 100]) {
      expect(betaMean(alpha, alpha)).toBe(0.5);
      expect(betaVariance(alpha, alpha)).toBeCloseTo(1 / (4 * (2 * alpha + 1)), 15);
    }
  });
});
