import * as tf from '@tensorflow/tfjs';
import type { BackendWasm } from '@tensorflow/tfjs-backend-wasm';

export type WasmKernel = (args: {
  inputs: tf.NamedTensorInfoMap;
  backend: BackendWasm;
  attrs?: tf.NamedAttrMap;
}) => tf.TensorInfo;

/** One of tfjs-backend-wasm's own kernels, to call from inside another kernel. */
export function wasmKernel(name: string): WasmKernel {
  const kernel = tf.getKernel(name, 'wasm');
  if (!kernel) throw new Error(`tfjs-backend-wasm has no ${name} kernel`);
  return kernel.kernelFunc as unknown as WasmKernel;
}

/**
 * Runs `body` with a list that it fills with the intermediate tensors it makes; they are released
 * afterwards whether it returns or throws. A reshape shares its input's data and adds a reference,
 * so returning a reshape of an intermediate is safe.
 */
export function withIntermediates<T>(
  backend: BackendWasm,
  body: (keep: <I extends tf.TensorInfo>(info: I) => I) => T,
): T {
  const owned: tf.TensorInfo[] = [];
  try {
    return body((info) => {
      owned.push(info);
      return info;
    });
  } finally {
    for (const info of owned) backend.disposeData(info.dataId);
  }
}

/** Replaces a wasm kernel by `wrap(original)`, keeping the original's setup; idempotent by function name. */
export function wrapWasmKernel(
  name: string,
  wrapperName: string,
  wrap: (original: tf.KernelFunc) => tf.KernelFunc,
): void {
  const original = tf.getKernel(name, 'wasm');
  if (!original) throw new Error(`tfjs-backend-wasm has no ${name} kernel to wrap`);
  if (original.kernelFunc.name === wrapperName) return;
  const wrapped = wrap(original.kernelFunc);
  Object.defineProperty(wrapped, 'name', { value: wrapperName });
  tf.unregisterKernel(name, 'wasm');
  tf.registerKernel({ ...original, kernelFunc: wrapped });
}
