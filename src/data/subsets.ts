import { chooseInPlace } from './sampling';

/**
 * Indices of a class-balanced random subset, shuffled: size/numClasses examples of each class, the
 * remainder going one each to the first classes. Balance keeps small-data experiments from measuring
 * class imbalance instead of mixup; the same rng seed gives the same subset.
 */
export function balancedSubset(labels: Uint8Array, size: number, rng: () => number, numClasses = 10): Int32Array {
  if (!Number.isInteger(size) || size < numClasses || size > labels.length) {
    throw new RangeError(
      `subset size must be an integer from ${numClasses} (one per class) to ${labels.length} (all examples), got ${size}`,
    );
  }
  const byClass: number[][] = Array.from({ length: numClasses }, () => []);
  labels.forEach((label, index) => byClass[label]?.push(index));

  const subset = new Int32Array(size);
  let filled = 0;
  byClass.forEach((indices, label) => {
    const wanted = Math.floor(size / numClasses) + (label < size % numClasses ? 1 : 0);
    if (indices.length < wanted) {
      throw new RangeError(
        `class ${label} has only ${indices.length} examples, ${wanted} are needed for a balanced subset of ${size}`,
      );
    }
    const pool = Int32Array.from(indices);
    chooseInPlace(pool, wanted, rng);
    subset.set(pool.subarray(0, wanted), filled);
    filled += wanted;
  });
  chooseInPlace(subset, size, rng);
  return subset;
}
