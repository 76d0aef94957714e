import * as tf from '@tensorflow/tfjs';
import { beforeAll, describe, expect, it } from 'vitest';
import { objective } from './losses';
import { buildModel, kernelVariables } from './models';
import { setUpCpuBackend } from './fastCpuConvGrad';

describe('objective', () => {
  beforeAll(setUpCpuBackend);

  it('is the mean soft-target cross-entropy −Σ y·log softmax(z), plus wd/2·Σ‖K‖²', async () => {
    const model = buildModel('tiny', 4);
    const images = tf.randomUniform([4, 28, 28, 1], 0, 1, 'float32', 5) as tf.Tensor4D;
    // Mixed targets: two classes per row with weights λ and 1 − λ.
    const targets = tf.tensor2d(
      [
        0.7, 0.3, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0.25, 0.75, 0, 0, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
        0.5, 0.5, 0, 0, 0, 0,
      ],
      [4, 10],
    );
    const logits = model.predict(images) as tf.Tensor2D;
    const logProbs = await tf.logSoftmax(logits).data();
    const y = (await targets.data()) as Float32Array;
    const expected = -y.reduce((sum, t, i) => sum + t * (logProbs[i] ?? 0), 0) / 4;
    const kernels = kernelVariables(model);
    const squaredNorm = (await Promise.all(kernels.map((k) => tf.sum(tf.square(k)).data()))).reduce(
      (sum, v) => sum + (v[0] ?? 0),
      0,
    );

    const plain = await objective(model, images, targets, kernels, 0).data();
    const decayed = await objective(model, images, targets, kernels, 0.01).data();
    expect(plain[0]).toBeCloseTo(expected, 5);
    expect(decayed[0]).toBeCloseTo(expected + 0.005 * squaredNorm, 4);
    tf.disposeVariables();
  });
});
