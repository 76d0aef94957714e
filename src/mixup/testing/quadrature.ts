/**
 * ∫₀¹ f(x; a, b) dx for a Beta-like density with an integrable singularity x^(a−1) at 0 when
 * a < 1 (and (1 − x)^(b−1) at 1 when b < 1).
 *
 * The half [½, 1] is turned into [0, ½] by the reflection f(1 − y; a, b) = f(y; b, a), so no
 * point close to 1 (where 1 − x loses precision) is ever evaluated. On [0, ½] the substitution
 * x = ½·t^p with p = max(1, 1/a) gives x^(a−1) dx ∝ t^(pa − 1) dt, a bounded integrand, which is
 * summed by the midpoint rule (no endpoints, so an infinite density at 0 is never evaluated).
 */
export function integrateBetaLike(
  density: (x: number, a: number, b: number) => number,
  a: number,
  b: number,
  steps = 20000,
): number {
  return integrateLeftHalf(density, a, b, steps) + integrateLeftHalf(density, b, a, steps);
}

function integrateLeftHalf(
  density: (x: number, a: number, b: number) => number,
  a: number,
  b: number,
  steps: number,
): number {
  const p = Math.max(1, 1 / a);
  let total = 0;
  for (let k = 0; k < steps; k++) {
    const t = (k + 0.5) / steps;
    total += density(0.5 * t ** p, a, b) * 0.5 * p * t ** (p - 1);
  }
  return total / steps;
}
