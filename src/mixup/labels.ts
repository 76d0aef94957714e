import { requireIndices, requirePositiveInteger } from './validation';

/**
 * One-hot targets: row i of the N × K result (row-major) is the unit vector e_{labels[i]}.
 *
 * @throws Error naming the index and value of any label that is not an integer in [0, K).
 */
export function oneHot(labels: ArrayLike<number>, numClasses: number): Float32Array {
  requirePositiveInteger('numClasses', numClasses);
  requireIndices('labels', labels, numClasses);
  const targets = new Float32Array(labels.length * numClasses);
  for (let i = 0; i < labels.length; i++) {
    targets[i * numClasses + (labels[i] ?? 0)] = 1;
  }
  return targets;
}

/**
 * Label smoothing: t' = (1 − ε)·t + ε/K for every entry, so a one-hot row keeps 1 − ε + ε/K on
 * its class, spreads ε/K to each of the others, and still sums to 1. Returns a new array.
 *
 * @throws Error unless ε is in [0, 1) and targets.length is a multiple of K.
 */
export function smoothLabels(targets: Float32Array, numClasses: number, epsilon: number): Float32Array {
  requirePositiveInteger('numClasses', numClasses);
  if (targets.length % numClasses !== 0) {
    throw new Error(`targets.length ${targets.length} is not a multiple of numClasses ${numClasses}`);
  }
  if (!(Number.isFinite(epsilon) && epsilon >= 0 && epsilon < 1)) {
    throw new Error(`label smoothing epsilon must be a number in [0, 1), got ${String(epsilon)}`);
  }
  const floor = epsilon / numClasses;
  return targets.map((t) => (1 - epsilon) * t + floor);
}
