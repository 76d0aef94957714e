/// <reference types="@webgpu/types" />
/**
 * The one place that reaches into TF.js's webgpu backend (4.22): its GPUDevice, the GPUBuffer behind a
 * tensor, and its pending command encoder. The fused step shares TF.js's device so tensors and our
 * buffers can be copied into each other without a CPU round trip.
 */
import * as tf from '@tensorflow/tfjs';

interface TensorData {
  resource?: GPUBuffer | null;
  dtype?: string;
  values?: unknown;
}

interface WebGpuBackendInternals {
  device: GPUDevice;
  tensorMap: { get(dataId: object): TensorData | undefined };
  commandEncoder: GPUCommandEncoder | null;
  uploadToGPU(dataId: object): void;
  endComputePassEncoder(): void;
  submitQueue(): void;
}

function backend(): WebGpuBackendInternals {
  if (tf.getBackend() !== 'webgpu')
    throw new Error(`the fused step needs TF.js's webgpu backend, not ${tf.getBackend()}`);
  return tf.backend() as unknown as WebGpuBackendInternals;
}

export function tfjsDevice(): GPUDevice {
  return backend().device;
}

/**
 * Submits what TF.js has recorded but not yet submitted (it batches dispatches into one encoder), so
 * work we submit afterwards sees its results and our writes land after its reads.
 */
export function flushTfjs(): void {
  const internals = backend();
  if (!internals.commandEncoder) return;
  internals.endComputePassEncoder();
  internals.submitQueue();
}

/**
 * The GPUBuffer holding `tensor`'s data, uploaded first if it still sits in JS. The buffer may be larger
 * than the tensor (TF.js pools buffers); only the first size·4 bytes are its. Call flushTfjs before
 * submitting work that reads it, as the upload itself may be pending.
 */
export function tensorBuffer(tensor: tf.Tensor): GPUBuffer {
  const internals = backend();
  internals.uploadToGPU(tensor.dataId);
  const resource = internals.tensorMap.get(tensor.dataId)?.resource;
  if (!resource || !('mapAsync' in resource)) throw new Error('the tensor has no GPUBuffer on the webgpu backend');
  return resource;
}

/**
 * Whether `tensor`'s buffer holds int32 values whatever its dtype says: TF.js webgpu casts int32 to
 * float32 without touching the data (one-hot targets are made that way), converting when it reads.
 */
export function holdsIntegers(tensor: tf.Tensor): boolean {
  const stored = backend().tensorMap.get(tensor.dataId)?.dtype ?? tensor.dtype;
  return stored === 'int32' || stored === 'bool';
}

/**
 * Marks `tensor`'s JS copy stale after we wrote its GPUBuffer: TF.js webgpu keeps the values a read
 * downloaded and answers later reads from them, which would hide our write.
 */
export function forgetCpuCopy(tensor: tf.Tensor): void {
  const data = backend().tensorMap.get(tensor.dataId);
  if (data?.resource) data.values = null;
}
