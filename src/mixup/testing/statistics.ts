/** Sample mean (1/n) Σ xᵢ. */
export function sampleMean(xs: ArrayLike<number>): number {
  let sum = 0;
  for (let i = 0; i < xs.length; i++) sum += xs[i] ?? 0;
  return sum / xs.length;
}

/** Unbiased sample variance (1/(n − 1)) Σ (xᵢ − x̄)². */
export function sampleVariance(xs: ArrayLike<number>): number {
  const mean = sampleMean(xs);
  let sum = 0;
  for (let i = 0; i < xs.length; i++) sum += ((xs[i] ?? 0) - mean) ** 2;
  return sum / (xs.length - 1);
}

/**
 * Standard errors for testing a sample of size n against a distribution with variance σ² and
 * fourth central moment μ₄: SE(mean) = √(σ²/n) and, to first order, SE(variance) = √((μ₄ − σ⁴)/n).
 */
export function standardErrors(
  variance: number,
  fourthCentralMoment: number,
  n: number,
): { mean: number; variance: number } {
  return {
    mean: Math.sqrt(variance / n),
    variance: Math.sqrt((fourthCentralMoment - variance * variance) / n),
  };
}
