import * as tf from '@tensorflow/tfjs';
import { FGSM_EPSILONS, ROBUSTNESS_SIZE } from '../contract/attackSettings';
import type { EvalSet } from './deviceData';
import { exactSign } from './exactSign';
import type { RobustnessPoint } from '../contract/reports';

const NUM_CLASSES = 10;
/** Digits attacked per pass: bounds the memory of one gradient; the result does not depend on it. */
const DEFAULT_CHUNK = 250;

/** Far below any logit, so the true class never wins the max over the others. */
const MASKED = 1e30;

/**
 * A positive multiple of ∂CE/∂logits for each row, computed without cancellation. The textbook
 * gradient softmax(z) − y loses the true class's term to rounding once the model is confident:
 * p_y = 1 − δ with δ below float32's step at 1 (6e-8) becomes exactly 1 or 1 − 6e-8, while the other
 * terms p_j ~ δ stay exact, so the input gradient's sign follows rounding noise (one small-data
 * baseline at ε = 0.2: 14.3% in TF.js, 9.2% in PyTorch, 6.8% from float64 on the same weights).
 * Exactly, p_y − 1 = −Σ_{j≠y} p_j, and every p_j shares the factor exp(m − logsumexp z) with m the
 * largest wrong logit; dropping that positive factor leaves q_j = exp(z_j − m) ≤ 1 for j ≠ y and
 * −Σ q_j for y, which neither cancels nor underflows, and the sign of the input gradient is unchanged.
 */
export function logitGradientDirection(logits: tf.Tensor2D, targets: tf.Tensor2D): tf.Tensor2D {
  return tf.tidy(() => {
    const wrong = tf.sub(logits, tf.mul(targets, MASKED));
    const q = tf.exp(tf.sub(wrong, tf.max(wrong, 1, true)));
    return tf.sub(q, tf.mul(targets, tf.sum(q, 1, true)));
  });
}

/**
 * Accuracy under the fast gradient sign method (Goodfellow et al., 2015), the attack of the mixup
 * paper's robustness section: each image takes one step of size ε along the sign of its loss
 * gradient, x′ = clip(x + ε·sign(∇ₓ CE(f(x), y)), 0, 1), and is then classified. The gradient is
 * taken once per image and reused for every ε. Counts stay on the device until the one read at the end.
 *
 * The direction is the sign of each image's own loss gradient, taken through `logitGradientDirection`
 * (each image's gradient scaled by a positive factor, which no sign notices, and free of float32's
 * cancellation) and `exactSign` (TF.js's wasm Sign returns 0 below |x| ≈ 1e-6). So the attack is the
 * same for any `chunk` and on every backend, and agrees with a float64 computation.
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
      const targets = tf.oneHot(labels, NUM_CLASSES) as tf.Tensor2D;
      const logitDirection = logitGradientDirection(model.apply(images) as tf.Tensor2D, targets);
      // The vector-Jacobian product: ∂/∂x of Σ z(x)·d with d held fixed.
      const directed = (x: tf.Tensor) => tf.sum(tf.mul(model.apply(x) as tf.Tensor2D, logitDirection));
      const direction = exactSign(tf.grad(directed)(images));
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
