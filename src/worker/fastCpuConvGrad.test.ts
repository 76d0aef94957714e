import * as tf from '@tensorflow/tfjs';
import { beforeAll, describe, expect, it } from 'vitest';
import { registerFastCpuConvGrad } from './fastCpuConvGrad';

/** The gradient of Σ dy·conv2d(x, w) with respect to w is exactly Conv2DBackpropFilter(x, dy). */
async function filterGrad(x: tf.Tensor4D, dy: tf.Tensor4D, w: tf.Tensor4D, pad: 'valid' | 'same', stride: number) {
  const grad = tf.grad((filter) => tf.sum(tf.mul(tf.conv2d(x, filter as tf.Tensor4D, stride, pad), dy)))(w);
  const values = await grad.data();
  grad.dispose();
  return values;
}

describe('registerFastCpuConvGrad', () => {
  beforeAll(async () => {
    await tf.setBackend('cpu');
  });

  it('matches the stock kernel for valid and same padding, strides 1 and 2', async () => {
    const cases = [
      ['valid', 1],
      ['same', 1],
      ['same', 2],
    ] as const;
    const x = tf.randomUniform([3, 9, 9, 2], -1, 1, 'float32', 1) as tf.Tensor4D;
    const w = tf.zeros([3, 3, 2, 4]) as tf.Tensor4D;
    const dys = cases.map(([pad, stride]) =>
      tf.tidy(() => tf.randomUniform(tf.conv2d(x, w, stride, pad).shape, -1, 1, 'float32', 2) as tf.Tensor4D),
    );
    const gradients = () =>
      Promise.all(cases.map(([pad, stride], i) => filterGrad(x, dys[i] as tf.Tensor4D, w, pad, stride)));
    const stock = await gradients();
    registerFastCpuConvGrad();
    const fast = await gradients();
    expect(tf.getKernel('Conv2DBackpropFilter', 'cpu').kernelFunc.name).toBe('fastConv2DBackpropFilter');
    fast.forEach((values, c) => values.forEach((value, i) => expect(value).toBeCloseTo(stock[c]?.[i] ?? NaN, 5)));
    tf.dispose([x, w, ...dys]);
  });
});
