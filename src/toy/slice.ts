/**
 * How sharp a boundary is, read off p(class) sampled along a line across it. Positions are in units of
 * the line's length (0 at one class, 1 at the other), so figures compare across data sets. Pure.
 */

function requireSameLength(positions: ArrayLike<number>, p: ArrayLike<number>): void {
  if (positions.length !== p.length || positions.length < 2) {
    throw new RangeError(`need ≥ 2 positions and as many probabilities, got ${positions.length} and ${p.length}`);
  }
}

/**
 * The length of the line where low < p < high (0.1 and 0.9 by default): the width of the band where
 * the model is unsure. p is taken as linear between samples, so the figure does not depend on where the
 * samples fall: a linear ramp from 0 to 1 over a unit length has width exactly 0.8, a step width 0
 * up to one sample spacing.
 */
export function uncertainWidth(positions: ArrayLike<number>, p: ArrayLike<number>, low = 0.1, high = 0.9): number {
  requireSameLength(positions, p);
  let width = 0;
  for (let i = 0; i + 1 < p.length; i++) {
    const length = (positions[i + 1] ?? 0) - (positions[i] ?? 0);
    const a = p[i] ?? 0;
    const b = p[i + 1] ?? 0;
    if (a === b) {
      if (a > low && a < high) width += length;
      continue;
    }
    const overlap = Math.min(high, Math.max(a, b)) - Math.max(low, Math.min(a, b));
    if (overlap > 0) width += (length * overlap) / Math.abs(b - a);
  }
  return width;
}

/** The steepest |Δp / Δposition| between neighbouring samples: large for a hard step, about 1 for a ramp. */
export function steepestSlope(positions: ArrayLike<number>, p: ArrayLike<number>): number {
  requireSameLength(positions, p);
  let steepest = 0;
  for (let i = 0; i + 1 < p.length; i++) {
    const slope = Math.abs(((p[i + 1] ?? 0) - (p[i] ?? 0)) / ((positions[i + 1] ?? 0) - (positions[i] ?? 0)));
    steepest = Math.max(steepest, slope);
  }
  return steepest;
}
