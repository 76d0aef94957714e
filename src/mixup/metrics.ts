/**
 * Evaluation of predicted class probabilities: accuracy, negative log-likelihood and calibration.
 * `probs` is N × K row-major (each row sums to 1), `labels` holds N class indices.
 */

import { requireIndices, requirePositiveInteger } from './validation';

/**
 * The floor applied to p[label] before taking −ln p, matching TF.js's float32 epsilon (1e-7) in
 * its cross-entropy. One confident mistake then costs −ln(1e-7) ≈ 16.1 instead of Infinity.
 */
export const NLL_PROBABILITY_FLOOR = 1e-7;

/** One equal-width confidence bin of a reliability diagram. */
export interface ReliabilityBin {
  lower: number;
  upper: number;
  /** Number of predictions whose confidence falls in (lower, upper]. */
  count: number;
  /** Mean confidence of those predictions; 0 when the bin is empty. */
  meanConfidence: number;
  /** Fraction of those predictions that are correct; 0 when the bin is empty. */
  accuracy: number;
}

/** Checks shapes, labels and probabilities; returns N. */
function exampleCount(probs: Float32Array, labels: ArrayLike<number>, numClasses: number): number {
  requirePositiveInteger('numClasses', numClasses);
  const n = labels.length;
  if (n === 0) throw new Error('metrics need at least one example, got 0 labels');
  if (probs.length !== n * numClasses) {
    throw new Error(`probs.length must be N·K = ${n}·${numClasses} = ${n * numClasses}, got ${probs.length}`);
  }
  requireIndices('labels', labels, numClasses);
  // A NaN would silently fail every comparison and fall out of the argmax and the bins.
  const bad = probs.findIndex((p) => !Number.isFinite(p));
  if (bad >= 0) throw new Error(`probs[${bad}] must be a finite number, got ${String(probs[bad])}`);
  return n;
}

/** The predicted class of row i (its argmax; ties go to the lowest index) and its probability. */
function topClass(probs: Float32Array, i: number, numClasses: number): { predicted: number; confidence: number } {
  let predicted = 0;
  let confidence = probs[i * numClasses] ?? 0;
  for (let k = 1; k < numClasses; k++) {
    const p = probs[i * numClasses + k] ?? 0;
    if (p > confidence) {
      predicted = k;
      confidence = p;
    }
  }
  return { predicted, confidence };
}

/** Each row's predicted class and its probability, for the first `limit` rows. */
export interface Predictions {
  predicted: Uint8Array;
  confidence: Float32Array;
}

/**
 * The argmax (ties to the lowest index) and its probability for rows 0 … min(limit, N) − 1.
 *
 * @throws Error as `accuracy` does for malformed input.
 */
export function topPredictions(
  probs: Float32Array,
  labels: ArrayLike<number>,
  numClasses = 10,
  limit = Infinity,
): Predictions {
  const count = Math.min(limit, exampleCount(probs, labels, numClasses));
  const predicted = new Uint8Array(count);
  const confidence = new Float32Array(count);
  for (let i = 0; i < count; i++) {
    const top = topClass(probs, i, numClasses);
    predicted[i] = top.predicted;
    confidence[i] = top.confidence;
  }
  return { predicted, confidence };
}

/**
 * Accuracy = (1/N) Σᵢ [argmaxₖ pᵢₖ = yᵢ], with ties in the argmax resolved to the lowest index.
 *
 * @throws Error if N = 0, probs.length ≠ N·K, a probability is not finite, or a label is outside
 *   [0, K).
 */
export function accuracy(probs: Float32Array, labels: ArrayLike<number>, numClasses = 10): number {
  const n = exampleCount(probs, labels, numClasses);
  let correct = 0;
  for (let i = 0; i < n; i++) {
    if (topClass(probs, i, numClasses).predicted === labels[i]) correct++;
  }
  return correct / n;
}

/**
 * Mean negative log-likelihood = (1/N) Σᵢ −ln max(pᵢ,yᵢ, 1e-7); see `NLL_PROBABILITY_FLOOR`.
 *
 * @throws Error if N = 0, probs.length ≠ N·K, a probability is not finite, or a label is outside
 *   [0, K).
 */
export function meanNll(probs: Float32Array, labels: ArrayLike<number>, numClasses = 10): number {
  const n = exampleCount(probs, labels, numClasses);
  let total = 0;
  for (let i = 0; i < n; i++) {
    const p = probs[i * numClasses + (labels[i] ?? 0)] ?? 0;
    total -= Math.log(Math.max(p, NLL_PROBABILITY_FLOOR));
  }
  return total / n;
}

/**
 * Reliability diagram data: predictions grouped by confidence c = maxₖ pₖ into B equal-width
 * bins, bin b covering (b/B, (b+1)/B]; c = 0 goes in bin 0. Each bin reports its count, mean
 * confidence and accuracy (both 0 when empty). Counts sum to N.
 *
 * Edges are compared at float32 precision, the precision of `probs`: a probability stored as
 * 1/15 is exactly the float32 edge fround(1/15) and lands in the lower bin, as the half-open
 * intervals intend. (`lower` and `upper` report the exact b/B for display.)
 *
 * @throws Error if N = 0, probs.length ≠ N·K, a probability is not finite, a label is outside
 *   [0, K), or B is not a positive integer.
 */
export function reliabilityBins(
  probs: Float32Array,
  labels: ArrayLike<number>,
  numClasses = 10,
  numBins = 15,
): ReliabilityBin[] {
  const n = exampleCount(probs, labels, numClasses);
  requirePositiveInteger('numBins', numBins);
  const upperEdges = Float32Array.from({ length: numBins }, (_, b) => (b + 1) / numBins);
  const counts = new Array<number>(numBins).fill(0);
  const confidenceSums = new Array<number>(numBins).fill(0);
  const correctCounts = new Array<number>(numBins).fill(0);
  for (let i = 0; i < n; i++) {
    const { predicted, confidence } = topClass(probs, i, numClasses);
    const b = binIndex(confidence, upperEdges);
    counts[b] = (counts[b] ?? 0) + 1;
    confidenceSums[b] = (confidenceSums[b] ?? 0) + confidence;
    if (predicted === labels[i]) correctCounts[b] = (correctCounts[b] ?? 0) + 1;
  }
  return counts.map((count, b) => ({
    lower: b / numBins,
    upper: (b + 1) / numBins,
    count,
    meanConfidence: count === 0 ? 0 : (confidenceSums[b] ?? 0) / count,
    accuracy: count === 0 ? 0 : (correctCounts[b] ?? 0) / count,
  }));
}

/** The bin b with upperEdges[b − 1] < c ≤ upperEdges[b] (bin 0 also takes c ≤ 0). */
function binIndex(confidence: number, upperEdges: Float32Array): number {
  const last = upperEdges.length - 1;
  // ⌈c·B⌉ − 1 is right up to rounding at an edge; the two loops settle those cases.
  let b = Math.min(last, Math.max(0, Math.ceil(confidence * upperEdges.length) - 1));
  while (b > 0 && confidence <= (upperEdges[b - 1] ?? 0)) b--;
  while (b < last && confidence > (upperEdges[b] ?? 1)) b++;
  return b;
}

/**
 * Expected calibration error, ECE = Σ_b (n_b / N) · |accuracy_b − meanConfidence_b|, over the
 * bins of `reliabilityBins` (Guo et al., 2017). 0 means confidence matches accuracy in every bin.
 *
 * @throws Error as `reliabilityBins`.
 */
export function expectedCalibrationError(
  probs: Float32Array,
  labels: ArrayLike<number>,
  numClasses = 10,
  numBins = 15,
): number {
  const bins = reliabilityBins(probs, labels, numClasses, numBins);
  const n = labels.length;
  return bins.reduce((sum, bin) => sum + (bin.count / n) * Math.abs(bin.accuracy - bin.meanConfidence), 0);
}
