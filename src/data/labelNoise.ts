import { chooseInPlace, randomIndex } from './sampling';

export interface NoisyLabels {
  labels: Uint8Array;
  /** Indices whose label was replaced, ascending. */
  flipped: Int32Array;
}

/**
 * Replaces exactly round(fraction·N) labels, chosen uniformly without replacement, by a different class
 * drawn uniformly among the other numClasses − 1. An exact count (rather than flipping each label with
 * probability `fraction`) makes "20 % noise" mean the same thing in every run. The input is left untouched.
 */
export function applyLabelNoise(labels: Uint8Array, fraction: number, rng: () => number, numClasses = 10): NoisyLabels {
  if (!(fraction >= 0 && fraction <= 1)) {
    throw new RangeError(`label noise fraction must be a number in [0, 1], got ${fraction}`);
  }
  if (!Number.isInteger(numClasses) || numClasses < 2) {
    throw new RangeError(`label noise needs at least 2 classes to flip between, got numClasses = ${numClasses}`);
  }
  const noisy = labels.slice();
  const pool = Int32Array.from({ length: labels.length }, (_, i) => i);
  const count = Math.round(fraction * labels.length);
  chooseInPlace(pool, count, rng);
  const flipped = pool.slice(0, count).sort();
  for (const index of flipped) {
    const original = noisy[index] ?? 0;
    // Drawing from numClasses − 1 values and skipping over the original gives each other class equal odds.
    const replacement = randomIndex(rng, numClasses - 1);
    noisy[index] = replacement >= original ? replacement + 1 : replacement;
  }
  return { labels: noisy, flipped };
}
