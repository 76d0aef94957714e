import * as tf from '@tensorflow/tfjs';
import { randomInt } from '../mixup/rng';
import { rngFor, type ModelKind } from '../contract/config';

const INPUT_SHAPE = [28, 28, 1];
const NUM_CLASSES = 10;
/** 64 channels × 12 × 12 after two valid 3×3 convolutions (28 → 26 → 24) and a 2×2 pool. */
export const SEED_CNN_FLAT_SIZE = 9216;

/**
 * TF.js initializers are only deterministic with a seed, and truncatedNormal treats seed 0 as
 * "no seed", so every layer gets its own nonzero seed drawn from the run's 'init' stream.
 */
function seedSource(seed: number): () => number {
  const rng = rngFor(seed, 'init');
  return () => 1 + randomInt(rng, 2 ** 31 - 2);
}

/** A ReLU convolution with He initialisation; the first layer also declares the input shape. */
function reluConv(filters: number, kernelSize: number, seed: number, first = false): tf.layers.Layer {
  return tf.layers.conv2d({
    ...(first ? { inputShape: INPUT_SHAPE } : {}),
    kernelSize,
    filters,
    activation: 'relu',
    kernelInitializer: tf.initializers.heNormal({ seed }),
  });
}

const maxPool = () => tf.layers.maxPooling2d({ poolSize: 2, strides: 2 });

function addTiny(model: tf.Sequential, nextSeed: () => number): void {
  model.add(reluConv(8, 5, nextSeed(), true));
  model.add(maxPool());
  model.add(reluConv(16, 5, nextSeed()));
  model.add(maxPool());
  model.add(tf.layers.flatten());
}

function addSeedCnn(model: tf.Sequential, nextSeed: () => number): void {
  model.add(reluConv(32, 3, nextSeed(), true));
  model.add(reluConv(64, 3, nextSeed()));
  model.add(maxPool());
  model.add(tf.layers.flatten());
  const flatSize = flatWidth(model);
  if (flatSize !== SEED_CNN_FLAT_SIZE) {
    throw new Error(`seed-cnn flattens to ${flatSize} features, expected ${SEED_CNN_FLAT_SIZE}`);
  }
  model.add(
    tf.layers.dense({
      units: 128,
      activation: 'relu',
      kernelInitializer: tf.initializers.heNormal({ seed: nextSeed() }),
    }),
  );
}

/** The feature count coming out of the model's last layer (a flatten). */
export function flatWidth(model: tf.Sequential): number {
  const shape = model.outputs[0]?.shape;
  return shape?.[1] ?? NaN;
}

/**
 * A fresh model whose initial weights depend only on `kind` and `seed`, so two calls give two
 * identical models: that is how both arms start from the same point. It outputs logits; softmax is
 * applied by the loss and by evaluation.
 */
export function buildModel(kind: ModelKind, seed: number): tf.Sequential {
  const nextSeed = seedSource(seed);
  const model = tf.sequential();
  if (kind === 'tiny') addTiny(model, nextSeed);
  else addSeedCnn(model, nextSeed);
  model.add(
    tf.layers.dense({ units: NUM_CLASSES, kernelInitializer: tf.initializers.glorotUniform({ seed: nextSeed() }) }),
  );
  return model;
}

export function trainableVariables(model: tf.LayersModel): tf.Variable[] {
  return model.trainableWeights.map((weight) => weight.read() as tf.Variable);
}

/** The weight matrices and filters that weight decay applies to; biases are left free. */
export function kernelVariables(model: tf.LayersModel): tf.Variable[] {
  return model.trainableWeights
    .filter((weight) => weight.originalName.endsWith('/kernel'))
    .map((weight) => weight.read() as tf.Variable);
}
