import * as tf from '@tensorflow/tfjs';
import type { MnistSplit } from '../data/loadMnist';
import { applyLabelNoise } from '../data/labelNoise';
import { balancedSubset } from '../data/subsets';
import { permutation } from '../mixup/rng';
import { rngFor, type TrainConfig } from './config';

const NUM_CLASSES = 10;

/** Images to evaluate on and their clean labels (kept in JS: metrics are computed there). */
export interface EvalSet {
  images: tf.Tensor4D;
  labels: Uint8Array;
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
  test: EvalSet;
  /** A fixed random subset of the test set for the frequent quick evaluations. */
  quickTest: EvalSet;
  /** A fixed random subset of the training subset with its clean labels, for train accuracy. */
  trainEval: EvalSet;
  dispose(): void;
}

export type DataSettings = Pick<TrainConfig, 'trainSize' | 'labelNoise' | 'seed' | 'quickEvalSize' | 'trainEvalSize'>;

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
  const quickPositions = randomSubset(test.count, settings.quickEvalSize, 'quickEval', settings.seed);

  const trainImages = uploadImages(train, subset);
  const targets = tf.tidy(() => tf.oneHot(tf.tensor1d(noisy.labels, 'int32'), NUM_CLASSES).toFloat() as tf.Tensor2D);
  const testImages = uploadImages(test, Int32Array.from({ length: test.count }, (_, i) => i));
  const tensors: tf.Tensor[] = [trainImages, targets, testImages];
  const gathered = (images: tf.Tensor4D, positions: Int32Array): tf.Tensor4D => {
    const picked = tf.tidy(() => tf.gather(images, tf.tensor1d(positions, 'int32')));
    tensors.push(picked);
    return picked;
  };

  return {
    train: { images: trainImages, targets, labels: noisy.labels, flipped: noisy.flipped, count: subset.length },
    test: { images: testImages, labels: test.labels.slice(0, test.count) },
    quickTest: {
      images: gathered(testImages, quickPositions),
      labels: Uint8Array.from(quickPositions, (i) => test.labels[i] ?? 0),
    },
    trainEval: {
      images: gathered(trainImages, trainEvalPositions),
      labels: Uint8Array.from(trainEvalPositions, (i) => cleanLabels[i] ?? 0),
    },
    dispose: () => tf.dispose(tensors),
  };
}
