import * as tf from '@tensorflow/tfjs';
import type { BackendWasm } from '@tensorflow/tfjs-backend-wasm';
import { geometryOf } from './convInfo';
import { wrapWasmKernel } from './kernelAccess';
import { maxPoolBackprop } from './maxPoolBackprop';

/**
 * tfjs-backend-wasm's MaxPoolGrad took about as long as the seed-cnn's whole forward pass; the
 * same arithmetic over the WASM heap from JavaScript (./maxPoolBackprop.ts) is several times
 * faster. NHWC float32 only; anything else keeps the original kernel.
 */
interface MaxPoolGradAttrs {
  filterSize: [number, number] | number;
  strides: [number, number] | number;
  pad: 'valid' | 'same' | number;
  dimRoundingMode?: 'floor' | 'round' | 'ceil';
}

export function registerFastWasmMaxPoolGrad(): void {
  wrapWasmKernel('MaxPoolGrad', 'wasmMaxPoolGradFromHeap', (original) => (args) => {
    const { dy, input } = args.inputs;
    if (!dy || !input || dy.dtype !== 'float32' || input.dtype !== 'float32' || input.shape.length !== 4)
      return original(args);
    const attrs = args.attrs as unknown as MaxPoolGradAttrs;
    const info = tf.backend_util.computePool2DInfo(
      input.shape as [number, number, number, number],
      attrs.filterSize,
      attrs.strides,
      1,
      attrs.pad,
      attrs.dimRoundingMode,
    );
    const backend = args.backend as BackendWasm;
    const dx = backend.makeOutput([...input.shape], 'float32');
    // Views are taken after the allocation: growing the WASM heap detaches earlier ones.
    maxPoolBackprop(
      backend.typedArrayFromHeap(input) as Float32Array,
      backend.typedArrayFromHeap(dy) as Float32Array,
      geometryOf(info),
      backend.typedArrayFromHeap(dx) as Float32Array,
    );
    return dx;
  });
}
