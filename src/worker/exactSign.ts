import * as tf from '@tensorflow/tfjs';

/**
 * sign(x) that is ±1 for every nonzero float, on every backend. TF.js 4.22's wasm `Sign` returns 0
 * for |x| below about 1e-6 (tf.sign(1e-8) is 1 on cpu, 0 on wasm), and a confident model's input
 * gradients are mostly that small, which silently weakened the FGSM attack on wasm. Comparisons
 * with zero have no such threshold on any backend.
 */
export function exactSign(x: tf.Tensor): tf.Tensor {
  return tf.tidy(() => tf.sub(tf.cast(tf.greater(x, 0), 'float32'), tf.cast(tf.less(x, 0), 'float32')));
}
