import * as tf from '@tensorflow/tfjs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readMnist } from '../data/node/readMnist';
import { DEFAULT_CONFIG, type TrainConfig } from './config';
import { createDeviceData, type DeviceData } from './deviceData';
import { evaluate } from './evaluate';
import { buildModel } from './models';
import { setUpNodeWasmBackend } from './node/wasmBackend';
import { fgsmAccuracy } from './robustness';

/** A tiny model trained for one epoch on 2,000 real MNIST digits: about 90% accurate, clearly attackable. */
async function trainedModel(data: DeviceData, config: TrainConfig): Promise<tf.Sequential> {
  const model = buildModel('tiny', config.seed);
  const logitsToLoss = tf.sequential({ layers: [model, tf.layers.softmax()] });
  logitsToLoss.compile({ optimizer: tf.train.adam(3e-3), loss: 'categoricalCrossentropy' });
  await logitsToLoss.fit(data.train.images, data.train.targets, { epochs: 1, batchSize: 32, verbose: 0 });
  return model;
}

describe('fgsmAccuracy', () => {
  const config: TrainConfig = { ...DEFAULT_CONFIG, trainSize: 2000, testSize: 1000, quickEvalSize: 100, trainEvalSize: 100 };
  let data: DeviceData;
  let model: tf.Sequential;

  beforeAll(async () => {
    await setUpNodeWasmBackend();
    data = createDeviceData(readMnist('train'), readMnist('test'), config);
    model = await trainedModel(data, config);
  }, 120_000);

  afterAll(() => {
    model.dispose();
    data.dispose();
  });

  it('at ε = 0 equals the clean accuracy of the same digits', async () => {
    const [clean] = await fgsmAccuracy(model, data.test, [0]);
    const evaluation = await evaluate(model, data.test);
    expect(clean?.accuracy).toBe(evaluation?.accuracy);
    expect(clean?.accuracy).toBeGreaterThan(0.8);
  });

  it('never rises with ε on a trained model, and a strong attack costs most of it', async () => {
    const points = await fgsmAccuracy(model, data.test, [0, 0.02, 0.05, 0.1, 0.2, 0.3]);
    expect(points.map((p) => p.epsilon)).toEqual([0, 0.02, 0.05, 0.1, 0.2, 0.3]);
    for (let i = 1; i < points.length; i++) {
      expect(points[i]?.accuracy, `ε = ${points[i]?.epsilon}`).toBeLessThanOrEqual(points[i - 1]?.accuracy ?? NaN);
    }
    expect(points.at(-1)?.accuracy).toBeLessThan((points[0]?.accuracy ?? 0) / 2);
  });

  it('attacks only the first `size` digits and leaves the tensor count where it was', async () => {
    const before = tf.memory().numTensors;
    const [point] = await fgsmAccuracy(model, data.test, [0], 300);
    const firstDigits = { ...data.test, images: data.test.images.slice(0, 300), labels: data.test.labels.subarray(0, 300) };
    expect(point?.accuracy).toBe((await evaluate(model, firstDigits))?.accuracy);
    firstDigits.images.dispose();
    expect(tf.memory().numTensors).toBe(before);
  });
});
