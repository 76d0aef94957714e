import * as tf from '@tensorflow/tfjs';
import type { TrainConfig } from '../../contract/config';
import type { DeviceData } from '../deviceData';
import { buildModel } from '../models';

/** A tiny model trained for one epoch on 2,000 real MNIST digits: about 90% accurate, clearly attackable. */
export async function trainedModel(data: DeviceData, config: TrainConfig): Promise<tf.Sequential> {
  const model = buildModel('tiny', config.seed);
  const logitsToLoss = tf.sequential({ layers: [model, tf.layers.softmax()] });
  logitsToLoss.compile({ optimizer: tf.train.adam(3e-3), loss: 'categoricalCrossentropy' });
  await logitsToLoss.fit(data.train.images, data.train.targets, { epochs: 1, batchSize: 32, verbose: 0 });
  return model;
}

/**
 * The same network with its logits scaled by `factor`: the same predictions, far more confident, so
 * most input-gradient components are tiny — where TF.js's wasm Sign used to read them as 0.
 */
export function confident(model: tf.Sequential, factor: number): void {
  const output = model.layers.at(-1);
  if (!output) throw new Error('the model has no layers');
  output.setWeights(output.getWeights().map((w) => tf.mul(w, factor)));
}

/** The weights as plain arrays, to rebuild the model on another backend. */
export async function weightValues(model: tf.LayersModel): Promise<Float32Array[]> {
  return Promise.all(model.getWeights().map(async (w) => (await w.data()) as Float32Array));
}
