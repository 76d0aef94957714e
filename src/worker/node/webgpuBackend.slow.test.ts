import * as tf from '@tensorflow/tfjs';
import { describe, expect, it } from 'vitest';
import { setUpNodeWebGpuBackend } from './webgpuBackend';

describe('WebGPU in Node', () => {
  it('starts TF.js webgpu on Dawn (SwiftShader on a machine without a GPU) and computes on it', async () => {
    const { adapter } = await setUpNodeWebGpuBackend();
    expect(tf.getBackend()).toBe('webgpu');
    expect(adapter.vendor.length).toBeGreaterThan(0);
    const product = tf.matMul(tf.tensor2d([1, 2, 3, 4], [2, 2]), tf.tensor2d([5, 6, 7, 8], [2, 2]));
    expect(Array.from(await product.data())).toEqual([19, 22, 43, 50]);
  }, 60_000);
});
