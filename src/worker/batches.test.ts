import * as tf from '@tensorflow/tfjs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mixBatch } from '../mixup/mix';
import { BatchPlanner, gatherBatch, mixOnDevice, mixOptionsOf, type BatchSettings } from './batches';
import { DEFAULT_CONFIG, rngFor } from '../contract/config';
import { createDeviceData, type DeviceData } from './deviceData';
import { setUpCpuBackend } from './fastCpuConvGrad';
import { readMnist } from '../data/node/readMnist';

const base: BatchSettings = { ...DEFAULT_CONFIG, batchSize: 16, seed: 11 };

function maxAbsDifference(a: ArrayLike<number>, b: ArrayLike<number>): number {
  expect(a.length).toBe(b.length);
  let worst = 0;
  for (let i = 0; i < a.length; i++) worst = Math.max(worst, Math.abs((a[i] ?? NaN) - (b[i] ?? NaN)));
  return worst;
}

describe('BatchPlanner', () => {
  it('walks a fresh shuffle of all examples each epoch, dropping the partial batch', () => {
    const planner = new BatchPlanner(100, base);
    expect(planner.stepsPerEpoch).toBe(6);
    const epochs = [0, 1].map(() => Array.from({ length: 6 }, () => Array.from(planner.next().indices)).flat());
    for (const seen of epochs) {
      expect(seen).toHaveLength(96);
      expect(new Set(seen).size).toBe(96);
      expect(seen.every((i) => i >= 0 && i < 100)).toBe(true);
    }
    expect(epochs[1]).not.toEqual(epochs[0]);
  });

  it('gives the same order for any α and draws no mixing when α = 0', () => {
    const a = new BatchPlanner(100, base);
    const b = new BatchPlanner(100, { ...base, alpha: 0 });
    const c = new BatchPlanner(100, { ...base, alpha: 2, mixMode: 'cutmix', lambdaPer: 'example' });
    for (let step = 0; step < 8; step++) {
      const [pa, pb, pc] = [a.next(), b.next(), c.next()];
      expect(pb.indices).toEqual(pa.indices);
      expect(pc.indices).toEqual(pa.indices);
      expect(pa.mix).not.toBeNull();
      expect(pb.mix).toBeNull();
    }
  });
});

describe('mixOnDevice', () => {
  let data: DeviceData;
  beforeAll(async () => {
    await setUpCpuBackend();
    data = createDeviceData(readMnist('train', 2000), readMnist('test', 100), {
      ...DEFAULT_CONFIG,
      trainSize: 200,
      labelNoise: 0.3,
      quickEvalSize: 100,
      trainEvalSize: 100,
    });
  });
  afterAll(() => data.dispose());

  const cases: [string, Partial<BatchSettings>][] = [
    ['mixup, λ per batch', { alpha: 0.4, mixMode: 'mixup', lambdaPer: 'batch' }],
    ['mixup, λ per example', { alpha: 1, mixMode: 'mixup', lambdaPer: 'example' }],
    ['mixup, asymmetric Beta(0.5, 2)', { alpha: 0.5, beta: 2, mixMode: 'mixup', lambdaPer: 'example' }],
    ['cutmix, λ per batch', { alpha: 1, mixMode: 'cutmix', lambdaPer: 'batch' }],
    ['cutmix, λ per example', { alpha: 1, mixMode: 'cutmix', lambdaPer: 'example' }],
  ];
  it.each(cases)('equals the src/mixup reference mixBatch (%s)', async (_, overrides) => {
    const settings = { ...base, ...overrides };
    const planner = new BatchPlanner(data.train.count, settings);
    // The planner's first epoch shuffle comes from the 'order' stream; its mixing from 'mix'.
    const reference = rngFor(settings.seed, 'mix');
    let largestChange = 0;
    for (let step = 0; step < 3; step++) {
      const plan = planner.next();
      if (!plan.mix) throw new Error('expected a mix plan');
      const before = tf.memory().numTensors;
      const [plain, mixed] = tf.tidy(() => {
        const batch = gatherBatch(data.train.images, data.train.targets, plan.indices);
        const out = mixOnDevice(batch, plan.mix!);
        return [
          [batch.images, batch.targets],
          [out.images, out.targets],
        ];
      }) as [[tf.Tensor, tf.Tensor], [tf.Tensor, tf.Tensor]];
      const [images, targets, mixedImages, mixedTargets] = (await Promise.all(
        [...plain, ...mixed].map((t) => t.data()),
      )) as Float32Array[];
      const labels = Array.from(plan.indices, (i) => data.train.labels[i] ?? 0);
      expect(Array.from(targets ?? [])).toEqual(
        Array.from(labels.flatMap((y) => Array.from({ length: 10 }, (_, k) => (k === y ? 1 : 0)))),
      );

      const expected = mixBatch(images ?? new Float32Array(), labels, mixOptionsOf(settings), reference);
      expect(plan.mix.partners).toEqual(expected.partners);
      expect(plan.mix.lambdas).toEqual(expected.lambdas);
      expect(maxAbsDifference(mixedImages ?? [], expected.images)).toBeLessThanOrEqual(1e-6);
      expect(maxAbsDifference(mixedTargets ?? [], expected.targets)).toBeLessThanOrEqual(1e-6);
      largestChange = Math.max(largestChange, maxAbsDifference(mixedImages ?? [], images ?? []));
      tf.dispose([...plain, ...mixed]);
      expect(tf.memory().numTensors).toBe(before);
    }
    expect(largestChange).toBeGreaterThan(0.1);
  });
});
