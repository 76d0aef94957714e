import * as tf from '@tensorflow/tfjs';
import { accuracy, expectedCalibrationError, meanNll, reliabilityBins, topPredictions } from '../mixup/metrics';
import type { EvalSet } from './deviceData';
import type { Evaluation } from '../contract/reports';

const NUM_CLASSES = 10;
/** Large enough to keep a GPU busy, small enough that seed-cnn's activations stay a few hundred MB. */
const EVAL_CHUNK = 500;

/** Softmax probabilities [n, 10], computed chunk by chunk so only one chunk's activations exist at a time. */
function predictProbabilities(model: tf.LayersModel, images: tf.Tensor4D): tf.Tensor2D {
  const count = images.shape[0];
  const chunks: tf.Tensor2D[] = [];
  for (let start = 0; start < count; start += EVAL_CHUNK) {
    const size = Math.min(EVAL_CHUNK, count - start);
    chunks.push(tf.tidy(() => tf.softmax(model.predict(images.slice(start, size)) as tf.Tensor2D) as tf.Tensor2D));
  }
  const probabilities = tf.concat(chunks);
  tf.dispose(chunks);
  return probabilities;
}

function perClassAccuracy(probs: Float32Array, labels: Uint8Array): number[] {
  return Array.from({ length: NUM_CLASSES }, (_, label) => {
    const rows: number[] = [];
    labels.forEach((y, i) => {
      if (y === label) rows.push(i);
    });
    if (rows.length === 0) return NaN;
    const classProbs = new Float32Array(rows.length * NUM_CLASSES);
    rows.forEach((row, i) =>
      classProbs.set(probs.subarray(row * NUM_CLASSES, (row + 1) * NUM_CLASSES), i * NUM_CLASSES),
    );
    return accuracy(classProbs, new Uint8Array(rows.length).fill(label), NUM_CLASSES);
  });
}

/**
 * Evaluates `model` on `set` without mixing: one read-back of the probabilities, then the metrics of
 * src/mixup, and the predictions on the first `showcase` examples. Returns null when an output is
 * not finite, which means the weights have diverged.
 */
export async function evaluate(model: tf.LayersModel, set: EvalSet, showcase = 0): Promise<Evaluation | null> {
  const probabilities = predictProbabilities(model, set.images);
  const probs = (await probabilities.data()) as Float32Array;
  probabilities.dispose();
  if (!probs.every(Number.isFinite)) return null;
  return {
    accuracy: accuracy(probs, set.labels, NUM_CLASSES),
    nll: meanNll(probs, set.labels, NUM_CLASSES),
    ece: expectedCalibrationError(probs, set.labels, NUM_CLASSES),
    perClassAccuracy: perClassAccuracy(probs, set.labels),
    reliability: reliabilityBins(probs, set.labels, NUM_CLASSES),
    showcase: topPredictions(probs, set.labels, NUM_CLASSES, showcase),
  };
}
