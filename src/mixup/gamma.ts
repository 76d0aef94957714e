import type { Rng } from './rng';
import { standardNormal } from './rng';
import { requirePositiveFinite } from './validation';

/**
 * The logarithm of a Gamma(shape, 1) draw, G with density g^(a−1) e^(−g) / Γ(a).
 *
 * For a ≥ 1, Marsaglia & Tsang (2000), "A simple method for generating gamma variables":
 * with d = a − ⅓ and c = 1/√(9d), draw Z ~ N(0, 1) and U ~ U[0, 1), set V = (1 + cZ)³, and accept
 * G = d·V when V > 0 and ln U < ½Z² + d − dV + d·ln V (a cheap squeeze 1 − 0.0331·Z⁴ accepts
 * most draws without the logarithms). At least 95% of proposals are accepted.
 *
 * For a < 1 the method needs a boost: G(a) = G(a + 1) · U^(1/a). For tiny a (say 0.01) the factor
 * U^(1/a) underflows to 0 in floating point, so we return logarithms instead:
 *   ln G(a) = ln G(a + 1) + ln(U) / a,
 * which stays finite: U = 1 − u for a double u < 1 is at least 2⁻⁵³, so ln(U)/a ≥ −36.8/a.
 *
 * @throws Error unless shape is a finite number > 0.
 */
export function sampleLogGamma(shape: number, rng: Rng): number {
  requirePositiveFinite('Gamma shape', shape);
  if (shape < 1) {
    // 1 − u lies in (0, 1], so the logarithm is finite.
    const u = 1 - rng();
    return sampleLogGamma(shape + 1, rng) + Math.log(u) / shape;
  }
  const d = shape - 1 / 3;
  const c = 1 / Math.sqrt(9 * d);
  for (;;) {
    const z = standardNormal(rng);
    const root = 1 + c * z;
    if (root <= 0) continue;
    const v = root * root * root;
    const u = rng();
    const zSquared = z * z;
    if (u < 1 - 0.0331 * zSquared * zSquared) return Math.log(d * v);
    if (Math.log(u) < 0.5 * zSquared + d * (1 - v + Math.log(v))) return Math.log(d * v);
  }
}
