import { requirePositiveFinite } from './validation';

/** Paul Godfrey's Lanczos coefficients for g = 7, n = 9: c₀, then c₁ … c₈. */
const LANCZOS_G = 7;
const LANCZOS_C0 = 0.99999999999980993;
const LANCZOS_C = [
  676.5203681218851, -1259.1392167224028, 771.32342877765313, -176.61502916214059, 12.507343278686905,
  -0.13857109526572012, 9.9843695780195716e-6, 1.5056327351493116e-7,
];
const HALF_LOG_TWO_PI = 0.5 * Math.log(2 * Math.PI);

/**
 * ln Γ(x) for x > 0, by the Lanczos approximation
 *   Γ(z + 1) = √(2π) · t^(z + ½) · e^(−t) · A_g(z),  t = z + g + ½,
 *   A_g(z) = c₀ + Σₖ cₖ / (z + k),
 * evaluated in log space so that large x does not overflow. Relative error about 1e-15 for
 * x ≥ ½. Below ½ we use Γ(x) = Γ(x + 1) / x, because the series loses accuracy as z → −1.
 *
 * @throws Error unless x is a finite number > 0.
 */
export function logGamma(x: number): number {
  requirePositiveFinite('logGamma argument x', x);
  if (x < 0.5) return logGamma(x + 1) - Math.log(x);
  const z = x - 1;
  const series = LANCZOS_C.reduce((sum, c, index) => sum + c / (z + index + 1), LANCZOS_C0);
  const t = z + LANCZOS_G + 0.5;
  return HALF_LOG_TWO_PI + (z + 0.5) * Math.log(t) - t + Math.log(series);
}
