import * as tf from '@tensorflow/tfjs';
import type { BackendWasm } from '@tensorflow/tfjs-backend-wasm';
import { wasmKernel, withIntermediates } from '../../src/worker/wasm/kernelAccess';

/**
 * The stand-in issue 5 measured against: the filter gradient as one forward convolution of the
 * transposed input ([cin, h, w, n]) with the transposed output gradient ([oh, ow, n, cout]) as its
 * filter, transposed back. Exact for stride 1 and valid padding, which is all our models use; the
 * bench registers it on an otherwise stock wasm backend to show what src/worker/wasm/ gained.
 */
export function registerNaiveWasmFilterGrad(): void {
  tf.registerKernel({
    kernelName: 'Conv2DBackpropFilter',
    backendName: 'wasm',
    kernelFunc: ({ inputs, backend, attrs }) => {
      const { x, dy } = inputs as { x: tf.TensorInfo; dy: tf.TensorInfo };
      const { strides, pad } = attrs as unknown as { strides: number | [number, number]; pad: unknown };
      if (pad !== 'valid' || ![1, '1,1'].includes(Array.isArray(strides) ? strides.join() : strides)) {
        throw new Error('the naive stand-in handles stride 1, valid padding only');
      }
      const wasm = backend as BackendWasm;
      const transpose = wasmKernel('Transpose');
      return withIntermediates(wasm, (keep) => {
        const input = keep(transpose({ inputs: { x }, backend: wasm, attrs: { perm: [3, 1, 2, 0] } }));
        const filter = keep(transpose({ inputs: { x: dy }, backend: wasm, attrs: { perm: [1, 2, 0, 3] } }));
        const product = keep(
          wasmKernel('Conv2D')({
            inputs: { x: input, filter },
            backend: wasm,
            attrs: { strides: 1, pad: 'valid', dataFormat: 'NHWC', dilations: 1 },
          }),
        );
        return transpose({ inputs: { x: product }, backend: wasm, attrs: { perm: [1, 2, 0, 3] } });
      });
    },
  });
}
