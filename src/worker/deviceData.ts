import * as tf from '@tensorflow/tfjs';
import type { MnistSplit } from '../data/loadMnist';
import { applyLabelNoise } from '../data/labelNoise';
import { balancedSubset } from '../data/subsets';
import { permutation } from '../mixup/rng';
import { rngFor, type TrainConfig } from '../contract/config';

const NUM_CLASSES = 10;

/** Images to evaluate on and their clean labels (kept in JS: metrics are computed there). */
export interface EvalSet {
  images: tf.Tensor4D;
  labels: Uint8Array;
  /** Where each image sits in its split, so the page can draw the digits it is shown predictions for. */
  indices: Int32Array;
}

/** Everything a run reads, uploaded once; batches are gathered from it on the device. */
export interface DeviceData {
  train: {
    /** [n, 28, 28, 1] float32 in [0, 1]. */
    images: tf.Tensor4D;
    /** [n, 10] one-hot of the noisy labels: what both arms are trained on. */
    targets: tf.Tensor2D;
    /** The noisy labels behind `targets`. */
    labels: Uint8Array;
    /** Positions (within the subset) whose label noise replaced the true label. */
    flipped: Int32Array;
    count: number;
  };
  /** A fixed random subset of testSize test images (all 10,000 by default) for the epoch-end evaluation. */
  test: EvalSet;
  /** The first quickEvalSize images of `test`, for the frequent quick evaluations. */
  quickTest: EvalSet;
  /** A fixed random subset of the training subset with its clean labels, for train accuracy. */
  trainEval: EvalSet;
  dispose(): void;
}

export type DataSettings = Pick<
  TrainConfig,
  'trainSize' | 'labelNoise' | 'seed' | 'quickEvalSize' | 'testSize' | 'trainEvalSize'
>;

/** Images at the given indices as an [n, 28, 28, 1] tensor of grey values scaled to [0, 1]. */
function uploadImages(split: MnistSplit, indices: ArrayLike<number>): tf.Tensor4D {
  const pixels = split.height * split.width;
  const values = new Float32Array(indices.length * pixels);
  for (let i = 0; i < indices.length; i++) {
    const from = (indices[i] ?? 0) * pixels;
    for (let p = 0; p < pixels; p++) values[i * pixels + p] = (split.images[from + p] ?? 0) / 255;
  }
  return tf.tensor4d(values, [indices.length, split.height, split.width, 1]);
}

/** The first `size` entries of a seeded shuffle of 0…n−1: a fixed random subset. */
function randomSubset(n: number, size: number, stream: 'quickEval' | 'trainEval', seed: number): Int32Array {
  return permutation(n, rngFor(seed, stream)).slice(0, Math.min(size, n));
}

/**
 * Picks the balanced training subset, corrupts its labels (never the test labels), and uploads the
 * training set, the test set and the two fixed evaluation subsets. Every choice is seeded, so the
 * same settings give the same data.
 */
export function createDeviceData(train: MnistSplit, test: MnistSplit, settings: DataSettings): DeviceData {
  const subset = balancedSubset(train.labels, settings.trainSize, rngFor(settings.seed, 'subset'), NUM_CLASSES);
  const cleanLabels = Uint8Array.from(subset, (index) => train.labels[index] ?? 0);
  const noisy = applyLabelNoise(cleanLabels, settings.labelNoise, rngFor(settings.seed, 'labelNoise'), NUM_CLASSES);
  const trainEvalPositions = randomSubset(subset.length, settings.trainEvalSize, 'trainEval', settings.seed);
  // One shuffle serves both test subsets, so the quick one is always part of the epoch-end one.
  const testIndices = randomSubset(test.count, settings.testSize, 'quickEval', settings.seed);
  const quickCount = Math.min(settings.quickEvalSize, testIndices.length);

  const trainImages = uploadImages(train, subset);
  const targets = tf.tidy(() => tf.oneHot(tf.tensor1d(noisy.labels, 'int32'), NUM_CLASSES).toFloat() as tf.Tensor2D);
  const testImages = uploadImages(test, testIndices);
  const trainEvalImages = tf.tidy(() => tf.gather(trainImages, tf.tensor1d(trainEvalPositions, 'int32')));
  const quickImages = testImages.slice(0, quickCount);
  const testLabels = Uint8Array.from(testIndices, (i) => test.labels[i] ?? 0);

  return {
    train: { images: trainImages, targets, labels: noisy.labels, flipped: noisy.flipped, count: subset.length },
    test: { images: testImages, labels: testLabels, indices: testIndices },
    quickTest: {
      images: quickImages,
      labels: testLabels.slice(0, quickCount),
      indices: testIndices.slice(0, quickCount),
    },
    trainEval: {
      images: trainEvalImages,
      labels: Uint8Array.from(trainEvalPositions, (i) => cleanLabels[i] ?? 0),
      indices: Int32Array.from(trainEvalPositions, (i) => subset[i] ?? 0),
    },
    dispose: () => tf.dispose([trainImages, targets, testImages, trainEvalImages, quickImages]),
  };
}
