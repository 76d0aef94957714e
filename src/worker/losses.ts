import * as tf from '@tensorflow/tfjs';

/**
 * What each arm minimises: mean softmax cross-entropy of the logits against the batch's targets
 * plus wd/2·Σ‖K‖² over the kernels. The targets may be soft (mixed): TF.js computes
 * −Σₖ yₖ·log softmax(z)ₖ with gradient softmax(z) − y, which is right for any y whose rows sum to 1.
 */
export function objective(
  model: tf.LayersModel,
  images: tf.Tensor4D,
  targets: tf.Tensor2D,
  kernels: readonly tf.Variable[],
  weightDecay: number,
): tf.Scalar {
  const logits = model.apply(images, { training: true }) as tf.Tensor2D;
  const crossEntropy = tf.losses.softmaxCrossEntropy(targets, logits) as tf.Scalar;
  if (weightDecay === 0) return crossEntropy;
  const squaredNorm = tf.addN(kernels.map((kernel) => tf.sum(tf.square(kernel))));
  return tf.add(crossEntropy, tf.mul(weightDecay / 2, squaredNorm));
}
