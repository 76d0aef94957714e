import * as tf from '@tensorflow/tfjs';
import { beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_CONFIG } from '../contract/config';
import { createDeviceData, type DataSettings } from './deviceData';
import { setUpCpuBackend } from './fastCpuConvGrad';
import { readMnist } from '../data/node/readMnist';

const settings: DataSettings = {
  ...DEFAULT_CONFIG,
  trainSize: 300,
  labelNoise: 0.2,
  quickEvalSize: 150,
  trainEvalSize: 120,
};

describe('createDeviceData', () => {
  const train = readMnist('train', 3000);
  const test = readMnist('test', 400);
  beforeAll(setUpCpuBackend);

  it('uploads the subset, the test set and the evaluation subsets with the right shapes', async () => {
    const before = tf.memory().numTensors;
    const data = createDeviceData(train, test, settings);
    expect(data.train.images.shape).toEqual([300, 28, 28, 1]);
    expect(data.train.targets.shape).toEqual([300, 10]);
    expect(data.test.images.shape).toEqual([400, 28, 28, 1]);
    expect(data.quickTest.images.shape).toEqual([150, 28, 28, 1]);
    expect(data.trainEval.images.shape).toEqual([120, 28, 28, 1]);
    // The whole test set, shuffled: each label still belongs to the index beside it.
    expect(Array.from(data.test.indices).sort((a, b) => a - b)).toEqual(Array.from({ length: 400 }, (_, i) => i));
    data.test.indices.forEach((index, i) => expect(data.test.labels[i]).toBe(test.labels[index]));

    const pixels = (await data.train.images.data()) as Float32Array;
    expect(pixels.reduce((low, p) => Math.min(low, p))).toBe(0);
    expect(pixels.reduce((high, p) => Math.max(high, p))).toBe(1);
    // The targets are the one-hot of the noisy labels.
    const targets = await data.train.targets.data();
    data.train.labels.forEach((label, i) => {
      expect(targets.subarray(i * 10, i * 10 + 10).indexOf(1)).toBe(label);
    });
    data.dispose();
    expect(tf.memory().numTensors).toBe(before);
  });

  it('flips exactly the noise fraction of training labels and keeps the train-eval labels clean', async () => {
    const data = createDeviceData(train, test, settings);
    expect(data.train.flipped).toHaveLength(60);
    // Train-eval images are training images; their labels must be the true ones, so recover them by matching pixels.
    const trainPixels = await data.train.images.data();
    const evalPixels = await data.trainEval.images.data();
    const rowKey = (values: Float32Array, i: number) => values.subarray(i * 784, (i + 1) * 784).join(',');
    const positionOf = new Map(Array.from({ length: 300 }, (_, i) => [rowKey(trainPixels as Float32Array, i), i]));
    const flipped = new Set(data.train.flipped);
    let differing = 0;
    data.trainEval.labels.forEach((label, i) => {
      const position = positionOf.get(rowKey(evalPixels as Float32Array, i));
      expect(position).toBeDefined();
      const noisy = data.train.labels[position ?? 0];
      if (flipped.has(position ?? -1)) {
        expect(noisy).not.toBe(label);
        differing++;
      } else {
        expect(noisy).toBe(label);
      }
    });
    expect(differing).toBeGreaterThan(0);
    data.dispose();
  });

  it('is balanced and reproducible for a seed, and different for another seed', async () => {
    const counts = (labels: Uint8Array) => Array.from({ length: 10 }, (_, k) => labels.filter((y) => y === k).length);
    const clean = createDeviceData(train, test, { ...settings, labelNoise: 0 });
    expect(counts(clean.train.labels)).toEqual(new Array(10).fill(30));
    const again = createDeviceData(train, test, { ...settings, labelNoise: 0 });
    const other = createDeviceData(train, test, { ...settings, labelNoise: 0, seed: 2 });
    const [a, b, c] = await Promise.all(
      [clean, again, other].map(async (d) => Buffer.from((await d.train.images.data()).buffer)),
    );
    expect(b?.equals(a ?? Buffer.alloc(0))).toBe(true);
    expect(c?.equals(a ?? Buffer.alloc(0))).toBe(false);
    expect(again.quickTest.labels).toEqual(clean.quickTest.labels);
    [clean, again, other].forEach((d) => d.dispose());
  });

  it('evaluates on a testSize subset whose first quickEvalSize images are the quick subset', async () => {
    const data = createDeviceData(train, test, { ...settings, testSize: 200, quickEvalSize: 150 });
    expect(data.test.images.shape[0]).toBe(200);
    expect(new Set(data.test.indices).size).toBe(200);
    expect(Array.from(data.quickTest.indices)).toEqual(Array.from(data.test.indices.subarray(0, 150)));
    expect(Array.from(data.quickTest.labels)).toEqual(Array.from(data.test.labels.subarray(0, 150)));
    const quick = await data.quickTest.images.data();
    const full = await data.test.images.data();
    expect(quick.every((value, i) => value === full[i])).toBe(true);
    // Image i of the subset is test image indices[i].
    const index = data.test.indices[7] ?? 0;
    expect(Array.from(full.subarray(7 * 784, 8 * 784), (p) => Math.round(p * 255))).toEqual(
      Array.from(test.images.subarray(index * 784, (index + 1) * 784)),
    );
    data.dispose();
  });

  it('caps the quick-eval subset at the test set size', () => {
    const data = createDeviceData(train, test, { ...settings, quickEvalSize: 1000 });
    expect(data.quickTest.images.shape[0]).toBe(400);
    data.dispose();
  });
});
