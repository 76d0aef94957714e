import * as tf from '@tensorflow/tfjs';
import { FGSM_EPSILONS, ROBUSTNESS_SIZE } from './attackSettings';
import type { EvalSet } from './deviceData';
import { exactSign } from './exactSign';

const NUM_CLASSES = 10;
/** Digits attacked per pass: bounds the memory of one gradient; the result does not depend on it. */
const DEFAULT_CHUNK = 250;

export interface RobustnessPoint {
  epsilon: number;
  accuracy: number;
}

/**
 * Accuracy under the fast gradient sign method (Goodfellow et al., 2015), the attack of the mixup
 * paper's robustness section: each image takes one step of size ε along the sign of its loss
 * gradient, x′ = clip(x + ε·sign(∇ₓ CE(f(x), y)), 0, 1), and is then classified. The gradient is
 * taken once per image and reused for every ε. Counts stay on the device until the one read at the end.
 *
 * The loss is summed over the chunk, not averaged, so each image's gradient is its own and does not
 * shrink with the chunk's size; with a sign that is exact for any nonzero value (`exactSign`), the
 * attack is the same for any `chunk` and on every backend.
 */
export async function fgsmAccuracy(
  model: tf.LayersModel,
  set: EvalSet,
  epsilons: readonly number[] = FGSM_EPSILONS,
  size = ROBUSTNESS_SIZE,
  chunk = DEFAULT_CHUNK,
): Promise<RobustnessPoint[]> {
  const count = Math.min(size, set.images.shape[0]);
  if (count === 0) throw new Error('fgsmAccuracy: the test set is empty');
  let correct = epsilons.map(() => tf.scalar(0, 'int32'));
  for (let start = 0; start < count; start += chunk) {
    const n = Math.min(chunk, count - start);
    const next = tf.tidy(() => {
      const images = set.images.slice(start, n);
      const labels = tf.tensor1d(Int32Array.from(set.labels.subarray(start, start + n)), 'int32');
      const targets = tf.oneHot(labels, NUM_CLASSES);
      const lossOf = (x: tf.Tensor) =>
        tf.losses.softmaxCrossEntropy(targets, model.apply(x) as tf.Tensor2D, undefined, undefined, tf.Reduction.SUM);
      const direction = exactSign(tf.grad(lossOf)(images));
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
