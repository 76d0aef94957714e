import * as tf from '@tensorflow/tfjs';
import type { BackendWasm } from '@tensorflow/tfjs-backend-wasm';
import { wasmKernel, withIntermediates, wrapWasmKernel } from './kernelAccess';

/**
 * tfjs-backend-wasm sends a matrix product to XNNPACK only when neither side is transposed and
 * there is one batch; any transpose takes a scalar triple loop. Training needs exactly those
 * transposed products (a dense layer's gradients are xᵀ·dy and dy·Wᵀ), where the loop was about
 * 10× slower than transposing the operand first and using the fast path, which is what this does.
 */
export function registerFastWasmMatMul(): void {
  wrapWasmKernel('BatchMatMul', 'wasmBatchMatMulUntransposed', (original) => (args) => {
    const { a, b } = args.inputs;
    const { transposeA, transposeB } = args.attrs as unknown as tf.BatchMatMulAttrs;
    const backend = args.backend as BackendWasm;
    const singleBatch = (t: tf.TensorInfo | undefined) => t !== undefined && t.shape.slice(0, -2).every((d) => d === 1);
    if (
      (!transposeA && !transposeB) ||
      !singleBatch(a) ||
      !singleBatch(b) ||
      a?.dtype !== 'float32' ||
      b?.dtype !== 'float32'
    ) {
      return original(args);
    }
    return withIntermediates(backend, (keep) => {
      const transpose = wasmKernel('Transpose');
      const swapLast = (t: tf.TensorInfo) => {
        const perm = t.shape.map((_, i) => i);
        perm.push(...perm.splice(-2).reverse());
        return keep(transpose({ inputs: { x: t }, backend, attrs: { perm } }));
      };
      return original({
        ...args,
        inputs: { a: transposeA ? swapLast(a) : a, b: transposeB ? swapLast(b) : b },
        attrs: { ...args.attrs, transposeA: false, transposeB: false },
      }) as tf.TensorInfo;
    });
  });
}
