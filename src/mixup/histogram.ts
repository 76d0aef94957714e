import { requirePositiveInteger } from './validation';

/** A histogram scaled as a density: bar areas sum to 1, so it can share an axis with a pdf. */
export interface DensityHistogram {
  /** bins + 1 boundaries, from lo to hi. */
  edges: number[];
  /** The middle of each bin. */
  centres: number[];
  counts: number[];
  /** count / (n · bin width) per bin. */
  densities: number[];
}

/**
 * Bins `values` into `bins` equal bins over [lo, hi] and scales the counts as a density.
 * Each bin is half-open [left, right), except the last, which also holds values exactly at hi.
 *
 * @throws Error if bins is not a positive integer, lo and hi are not finite with lo < hi, there are
 *   no values, or a value is NaN or outside [lo, hi] (the densities would no longer integrate to 1).
 */
export function densityHistogram(values: ArrayLike<number>, bins: number, lo = 0, hi = 1): DensityHistogram {
  requirePositiveInteger('Histogram bins', bins);
  if (!(Number.isFinite(lo) && Number.isFinite(hi) && lo < hi)) {
    throw new Error(`Histogram range needs finite lo < hi, got [${String(lo)}, ${String(hi)}]`);
  }
  if (values.length === 0) throw new Error('Histogram needs at least one value, got none');

  const width = (hi - lo) / bins;
  const counts = new Array<number>(bins).fill(0);
  for (let i = 0; i < values.length; i++) {
    const value = values[i] ?? NaN;
    if (!(value >= lo && value <= hi)) {
      throw new Error(`Histogram value [${i}] must lie in [${lo}, ${hi}], got ${String(value)}`);
    }
    // Scaling by bins / (hi − lo) rather than dividing by width keeps exact edges (e.g. 0.5 of 10 bins) in the right
    // bin.
    const bin = Math.min(bins - 1, Math.floor(((value - lo) * bins) / (hi - lo)));
    counts[bin] = (counts[bin] ?? 0) + 1;
  }

  const scale = 1 / (values.length * width);
  return {
    edges: Array.from({ length: bins + 1 }, (_, i) => lo + (i * (hi - lo)) / bins),
    centres: Array.from({ length: bins }, (_, i) => lo + ((i + 0.5) * (hi - lo)) / bins),
    counts,
    densities: counts.map((count) => count * scale),
  };
}
