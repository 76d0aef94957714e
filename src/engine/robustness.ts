import * as tf from '@tensorflow/tfjs';
import type { EvalSet } from './deviceData';
import type { RobustnessPoint } from './reports';

/** The attack strengths, as fractions of the pixel range [0, 1]: 0 is the clean accuracy. */
export const FGSM_EPSILONS = [0, 0.05, 0.1, 0.2] as const;
/** How many test digits are attacked: the first of the epoch-end test subset. */
export const ROBUSTNESS_SIZE = 1000;
const NUM_CLASSES = 10;
const CHUNK = 250;

/**
 * Accuracy under the fast gradient sign method (Goodfellow et al., 2015), the attack of the mixup
 * paper's robustness section: each image takes one step of size ε along the sign of its loss
 * gradient, x′ = clip(x + ε·sign(∇ₓ CE(f(x), y)), 0, 1), and is then classified. The gradient is
 * taken once per image and reused for every ε. Counts stay on the device until the one read at the end.
 */
export async function fgsmAccuracy(
  model: tf.LayersModel,
  set: EvalSet,
  epsilons: readonly number[] = FGSM_EPSILONS,
  size = ROBUSTNESS_SIZE,
): Promise<RobustnessPoint[]> {
  const count = Math.min(size, set.images.shape[0]);
  if (count === 0) throw new Error('fgsmAccuracy: the test set is empty');
  let correct = epsilons.map(() => tf.scalar(0, 'int32'));
  for (let start = 0; start < count; start += CHUNK) {
    const n = Math.min(CHUNK, count - start);
    const next = tf.tidy(() => {
      const images = set.images.slice(start, n);
      const labels = tf.tensor1d(Int32Array.from(set.labels.subarray(start, start + n)), 'int32');
      const targets = tf.oneHot(labels, NUM_CLASSES);
      const lossOf = (x: tf.Tensor) => tf.losses.softmaxCrossEntropy(targets, model.apply(x) as tf.Tensor2D);
      const direction = tf.sign(tf.grad(lossOf)(images));
      return epsilons.map((epsilon, i) => {
        const attacked = epsilon === 0 ? images : tf.clipByValue(tf.add(images, tf.mul(direction, epsilon)), 0, 1);
        const hits = tf.sum(tf.cast(tf.equal(tf.argMax(model.apply(attacked) as tf.Tensor2D, 1), labels), 'int32'));
        return tf.add(correct[i] as tf.Tensor, hits) as tf.Scalar;
      });
    });
    tf.dispose(correct);
    correct = next;
  }
  const totals = await Promise.all(correct.map((c) => c.data()));
  tf.dispose(correct);
  return epsilons.map((epsilon, i) => ({ epsilon, accuracy: (totals[i]?.[0] ?? NaN) / count }));
}
