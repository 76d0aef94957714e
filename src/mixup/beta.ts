import { sampleLogGamma } from './gamma';
import { logGamma } from './logGamma';
import type { Rng } from './rng';
import { requirePositiveFinite } from './validation';

export { logGamma } from './logGamma';

function requireShapes(alpha: number, beta: number): void {
  requirePositiveFinite('Beta shape alpha', alpha);
  requirePositiveFinite('Beta shape beta', beta);
}

/**
 * ln B(a, b) = ln Γ(a) + ln Γ(b) − ln Γ(a + b), the log of the Beta function
 * B(a, b) = ∫₀¹ t^(a−1) (1 − t)^(b−1) dt, the normalising constant of the Beta density.
 *
 * @throws Error unless a and b are finite numbers > 0.
 */
export function logBeta(a: number, b: number): number {
  requireShapes(a, b);
  return logGamma(a) + logGamma(b) - logGamma(a + b);
}

/**
 * An exact draw λ ~ Beta(α, β), the mixing weight of mixup.
 *
 * If X ~ Gamma(α) and Y ~ Gamma(β) are independent, then λ = X / (X + Y) ~ Beta(α, β).
 * We work with ln X and ln Y (see `sampleLogGamma`), because for small shapes X and Y can both
 * underflow to 0 and X / (X + Y) would be 0/0. Dividing through by X gives
 *   λ = 1 / (1 + e^(ln Y − ln X)),
 * which is always a number in [0, 1]: a huge exponent gives 1/∞ = 0, a very negative one 1/1 = 1.
 *
 * Accurate for 0.01 ≤ α, β ≤ 100 (the range the app exposes); any finite positive shapes work.
 * Consumes a variable number of draws from `rng` (rejection sampling).
 *
 * @throws Error naming alpha or beta unless each is a finite number > 0.
 */
export function sampleBeta(alpha: number, beta: number, rng: Rng): number {
  requireShapes(alpha, beta);
  const logX = sampleLogGamma(alpha, rng);
  const logY = sampleLogGamma(beta, rng);
  return 1 / (1 + Math.exp(logY - logX));
}

/**
 * The Beta(α, β) density f(x) = x^(α−1) (1 − x)^(β−1) / B(α, β), evaluated in log space.
 *
 * - 0 outside [0, 1].
 * - At the ends it returns the limit of f: at x = 0 that is 0 when α > 1, 1/B(1, β) = β when
 *   α = 1, and +Infinity when α < 1; likewise at x = 1 with β in place of α.
 * - Finite inside (0, 1), except where the true value exceeds the largest double (only for
 *   subnormal distances from an end, e.g. x < 1e-300 with α = 0.01).
 *
 * @throws Error naming x if it is NaN, or alpha/beta unless each is a finite number > 0.
 */
export function betaPdf(x: number, alpha: number, beta: number): number {
  requireShapes(alpha, beta);
  if (Number.isNaN(x)) throw new Error('Beta density argument x must be a number, got NaN');
  if (x < 0 || x > 1) return 0;
  if (x === 0) return densityAtEnd(alpha, alpha, beta);
  if (x === 1) return densityAtEnd(beta, alpha, beta);
  // log1p keeps full precision in ln(1 − x) when x is tiny.
  return Math.exp((alpha - 1) * Math.log(x) + (beta - 1) * Math.log1p(-x) - logBeta(alpha, beta));
}

/** lim f(x) at an end of [0, 1] whose exponent is `shapeAtEnd` − 1. */
function densityAtEnd(shapeAtEnd: number, alpha: number, beta: number): number {
  if (shapeAtEnd > 1) return 0;
  if (shapeAtEnd < 1) return Infinity;
  return Math.exp(-logBeta(alpha, beta));
}

/**
 * E[λ] = α / (α + β).
 *
 * @throws Error naming alpha or beta unless each is a finite number > 0.
 */
export function betaMean(alpha: number, beta: number): number {
  requireShapes(alpha, beta);
  return alpha / (alpha + beta);
}

/**
 * Var[λ] = αβ / ((α + β)² (α + β + 1)).
 *
 * @throws Error naming alpha or beta unless each is a finite number > 0.
 */
export function betaVariance(alpha: number, beta: number): number {
  requireShapes(alpha, beta);
  const total = alpha + beta;
  return (alpha * beta) / (total * total * (total + 1));
}
