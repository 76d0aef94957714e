/** fgsmAccuracy on a tiny model trained on 2,000 real digits, on wasm and cpu; robustness.test.ts has its direction. */
import * as tf from '@tensorflow/tfjs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readMnist } from '../data/node/readMnist';
import { DEFAULT_CONFIG, type TrainConfig } from '../contract/config';
import { createDeviceData, type DeviceData } from './deviceData';
import { evaluate } from './evaluate';
import { setUpCpuBackend } from './fastCpuConvGrad';
import { buildModel } from './models';
import { setUpNodeWasmBackend } from './node/wasmBackend';
import { fgsmAccuracy } from './robustness';
import { confident, trainedModel, weightValues } from './testing/models';

const config: TrainConfig = {
  ...DEFAULT_CONFIG,
  trainSize: 2000,
  testSize: 1000,
  quickEvalSize: 100,
  trainEvalSize: 100,
};
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

describe('fgsmAccuracy', () => {
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
    const firstDigits = {
      ...data.test,
      images: data.test.images.slice(0, 300),
      labels: data.test.labels.subarray(0, 300),
    };
    expect(point?.accuracy).toBe((await evaluate(model, firstDigits))?.accuracy);
    firstDigits.images.dispose();
    expect(tf.memory().numTensors).toBe(before);
  });
});

describe('fgsmAccuracy on a confident model', () => {
  const EPSILONS = [0, 0.05, 0.1, 0.2];
  let sharp: tf.Sequential;

  beforeAll(async () => {
    sharp = buildModel('tiny', config.seed);
    sharp.setWeights(model.getWeights());
    confident(sharp, 20);
  });

  afterAll(() => sharp.dispose());

  it('has the tiny gradients that a thresholded sign would zero', async () => {
    const n = 250;
    const small = tf.tidy(() => {
      const images = data.test.images.slice(0, n);
      const targets = tf.oneHot(tf.tensor1d(Int32Array.from(data.test.labels.subarray(0, n)), 'int32'), 10);
      const lossOf = (x: tf.Tensor) =>
        tf.losses.softmaxCrossEntropy(targets, sharp.apply(x) as tf.Tensor2D, undefined, undefined, tf.Reduction.SUM);
      const magnitude = tf.abs(tf.grad(lossOf)(images));
      return tf.mean(tf.cast(tf.logicalAnd(tf.greater(magnitude, 0), tf.less(magnitude, 1e-6)), 'float32'));
    });
    // Over a third of all pixels: a sign that zeroed them would leave them unattacked.
    expect((await small.data())[0]).toBeGreaterThan(0.35);
    small.dispose();
  });

  it('gives the same accuracies whatever the chunk size', { timeout: 60_000 }, async () => {
    const byChunk = await Promise.all(
      [50, 250, 1000].map((chunk) => fgsmAccuracy(sharp, data.test, EPSILONS, 1000, chunk)),
    );
    expect(byChunk[1]).toEqual(byChunk[0]);
    expect(byChunk[2]).toEqual(byChunk[0]);
    expect(byChunk[0]?.at(-1)?.accuracy, 'ε = 0.2 breaks a confident plain model').toBeLessThan(0.5);
  });

  it(
    'gives the same accuracies on wasm and on the cpu backend, from the same weights',
    { timeout: 120_000 },
    async () => {
      const onWasm = await fgsmAccuracy(sharp, data.test, EPSILONS);
      const weights = await weightValues(sharp);
      const images = { shape: data.test.images.shape, values: (await data.test.images.data()) as Float32Array };
      await setUpCpuBackend();
      try {
        const copy = buildModel('tiny', config.seed);
        copy.setWeights(weights.map((values, i) => tf.tensor(values, copy.getWeights()[i]?.shape)));
        const testOnCpu = { ...data.test, images: tf.tensor4d(images.values, images.shape) };
        const onCpu = await fgsmAccuracy(copy, testOnCpu, EPSILONS);
        // Both backends sum a convolution's products in their own order, so a digit exactly on the decision
        // boundary could go either way; measured, all four figures are equal. The thresholded sign moved hundreds.
        onCpu.forEach((point, i) =>
          expect(Math.abs(point.accuracy - (onWasm[i]?.accuracy ?? NaN)), `ε = ${point.epsilon}`).toBeLessThanOrEqual(
            0.001,
          ),
        );
        copy.dispose();
        testOnCpu.images.dispose();
      } finally {
        await setUpNodeWasmBackend();
      }
    },
  );
});
