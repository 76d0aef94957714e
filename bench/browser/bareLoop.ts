import * as tf from '@tensorflow/tfjs';
import type { DeviceData } from '../../src/worker/deviceData';
import { buildModel } from '../../src/worker/models';
import { randomInt, createRng } from '../../src/mixup/rng';
import type { BenchRequest } from '../protocol';

/**
 * The reference the paired loop is measured against: one model, plain cross-entropy, batches
 * gathered on the device by index, nothing else — no mixing, no reporting, no second arm.
 * Returns examples per second over `steps` steps after one warm-up step.
 */
export async function measureBareLoop(data: DeviceData, request: BenchRequest): Promise<number> {
  const model = buildModel(request.model, 1);
  const optimizer = tf.train.adam(1e-3);
  const rng = createRng(1);
  const indices = new Int32Array(request.batchSize);
  const step = (): tf.Scalar =>
    tf.tidy(() => {
      for (let i = 0; i < indices.length; i++) indices[i] = randomInt(rng, data.train.count);
      const index = tf.tensor1d(indices, 'int32');
      const images = tf.gather(data.train.images, index);
      const targets = tf.gather(data.train.targets, index);
      const loss = optimizer.minimize(
        () =>
          tf.losses.softmaxCrossEntropy(targets, model.apply(images, { training: true }) as tf.Tensor2D) as tf.Scalar,
        true,
      );
      if (!loss) throw new Error('optimizer.minimize returned no loss');
      return loss;
    });
  try {
    const warmup = step();
    await warmup.data();
    warmup.dispose();
    const began = performance.now();
    let last: tf.Scalar | null = null;
    for (let s = 0; s < request.steps; s++) {
      last?.dispose();
      last = step();
    }
    await last?.data();
    last?.dispose();
    return (request.steps * request.batchSize) / ((performance.now() - began) / 1000);
  } finally {
    model.dispose();
    optimizer.dispose();
  }
}
