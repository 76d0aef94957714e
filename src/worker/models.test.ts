import * as tf from '@tensorflow/tfjs';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildModel, flatWidth, kernelVariables, SEED_CNN_FLAT_SIZE, trainableVariables } from './models';
import { setUpCpuBackend } from './fastCpuConvGrad';

async function weightsOf(model: tf.LayersModel): Promise<Float32Array[]> {
  return Promise.all(model.getWeights().map(async (w) => (await w.data()) as Float32Array));
}

describe('buildModel', () => {
  beforeAll(setUpCpuBackend);

  it('tiny maps [n, 28, 28, 1] images to [n, 10] logits', async () => {
    const model = buildModel('tiny', 1);
    const logits = tf.tidy(() => model.predict(tf.ones([3, 28, 28, 1])) as tf.Tensor);
    expect(logits.shape).toEqual([3, 10]);
    const rowSums = tf.tidy(() => logits.sum(1));
    // Logits, not probabilities: rows do not sum to 1.
    expect(Array.from(await rowSums.data()).some((sum) => Math.abs(sum - 1) > 1e-3)).toBe(true);
    expect(model.countParams()).toBe(208 + 3216 + 2570);
    tf.dispose([logits, rowSums]);
    model.dispose();
  });

  it('seed-cnn flattens to 9216 = 64·12·12 features and has 1.2M weights', () => {
    const model = buildModel('seed-cnn', 1);
    const flatten = model.layers.find((layer) => layer.getClassName() === 'Flatten');
    expect(flatten?.outputShape).toEqual([null, SEED_CNN_FLAT_SIZE]);
    expect(SEED_CNN_FLAT_SIZE).toBe(64 * 12 * 12);
    expect(model.countParams()).toBe(320 + 18496 + 9216 * 128 + 128 + 1290);
    expect(model.outputs[0]?.shape).toEqual([null, 10]);
    model.dispose();
  });

  it('flatWidth reads the width of a flatten output', () => {
    const model = tf.sequential({ layers: [tf.layers.flatten({ inputShape: [4, 5, 2] })] });
    expect(flatWidth(model)).toBe(40);
    model.dispose();
  });

  it('the same seed gives identical weights, another seed different ones', async () => {
    const [a, b, c] = [buildModel('tiny', 7), buildModel('tiny', 7), buildModel('tiny', 8)];
    const [wa, wb, wc] = await Promise.all([a, b, c].map(weightsOf));
    expect(wb).toEqual(wa);
    expect(wc?.[0]).not.toEqual(wa?.[0]);
    [a, b, c].forEach((model) => model.dispose());
  });

  it('gives seed 0 deterministic weights too', async () => {
    const [a, b] = [buildModel('tiny', 0), buildModel('tiny', 0)];
    expect(await weightsOf(b)).toEqual(await weightsOf(a));
    [a, b].forEach((model) => model.dispose());
  });

  it('lists the trainable variables and the kernels among them', () => {
    const model = buildModel('seed-cnn', 3);
    expect(trainableVariables(model)).toHaveLength(8);
    expect(kernelVariables(model).map((v) => v.shape)).toEqual([
      [3, 3, 1, 32],
      [3, 3, 32, 64],
      [9216, 128],
      [128, 10],
    ]);
    model.dispose();
  });
});
