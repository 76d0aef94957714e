import * as tf from '@tensorflow/tfjs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readMnist } from '../data/node/readMnist';
import { DEFAULT_CONFIG, type TrainConfig } from '../contract/config';
import { createDeviceData, type DeviceData } from './deviceData';
import { evaluate } from './evaluate';
import { setUpCpuBackend } from './fastCpuConvGrad';
import { buildModel } from './models';
import { setUpNodeWasmBackend } from './node/wasmBackend';
import { fgsmAccuracy, logitGradientDirection } from './robustness';
import { confident, trainedModel, weightValues } from './testing/models';

describe('logitGradientDirection', () => {
  const direction = async (logits: number[][], labels: number[]) => {
    const d = tf.tidy(() =>
      logitGradientDirection(
        tf.tensor2d(logits),
        tf.oneHot(tf.tensor1d(labels, 'int32'), logits[0]?.length ?? 0) as tf.Tensor2D,
      ),
    );
    const rows = (await d.array()) as number[][];
    d.dispose();
    return rows;
  };

  it('is softmax − onehot times a positive factor per row', async () => {
    const logits = [
      [1, 2, 3],
      [0.5, -1, 4],
      [2, 2, 2],
    ];
    const labels = [2, 0, 1];
    const rows = await direction(logits, labels);
    rows.forEach((row, r) => {
      const z = logits[r] ?? [];
      const total = z.reduce((sum, v) => sum + Math.exp(v), 0);
      const exact = z.map((v, k) => Math.exp(v) / total - (k === labels[r] ? 1 : 0));
      const ratios = row.map((v, k) => v / (exact[k] ?? NaN));
      for (const ratio of ratios) {
        expect(ratio).toBeGreaterThan(0);
        expect(ratio).toBeCloseTo(ratios[0] ?? NaN, 5);
      }
    });
  });

  it('keeps the true class’s term where float32’s softmax rounds it away', async () => {
    // By hand: the wrong logits' largest is 0, so q = (–, 1, e^−5) and the true class gets −(1 + e^−5).
    const [confident] = await direction([[30, 0, -5]], [0]);
    expect(confident?.[0]).toBeCloseTo(-(1 + Math.exp(-5)), 6);
    expect(confident?.[1]).toBeCloseTo(1, 6);
    expect(confident?.[2]).toBeCloseTo(Math.exp(-5), 6);
    // softmax − onehot is exactly 0 here in float32: every probability is 1 or below 1e-38.
    const [extreme] = await direction([[200, 0, -300]], [0]);
    expect(extreme).toEqual([-1, 1, 0]);
  });
});

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
