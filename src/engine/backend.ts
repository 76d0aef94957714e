import * as tf from '@tensorflow/tfjs';
import '@tensorflow/tfjs-backend-webgpu';
import { registerFastCpuConvGrad } from './fastCpuConvGrad';
import { BACKEND_NAMES, type BackendChoice, type BackendInfo, type BackendName, type GpuAdapterSummary } from './protocol';

/** The slice of the WebGPU API we read; TypeScript's DOM library does not describe it yet. */
interface GpuAdapterLike {
  info?: { vendor?: string; architecture?: string; description?: string; isFallbackAdapter?: boolean };
  isFallbackAdapter?: boolean;
}
interface GpuLike {
  requestAdapter(): Promise<GpuAdapterLike | null>;
}

async function describeAdapter(): Promise<GpuAdapterSummary | null> {
  const gpu = (self.navigator as unknown as { gpu?: GpuLike }).gpu;
  const adapter = gpu ? await gpu.requestAdapter() : null;
  if (!adapter) return null;
  const info = adapter.info ?? {};
  return {
    vendor: info.vendor || 'unknown vendor',
    architecture: info.architecture || 'unknown architecture',
    description: info.description ?? '',
    // Chromium reports SwiftShader (a CPU emulation of a GPU) as a fallback adapter.
    isFallback: info.isFallbackAdapter ?? adapter.isFallbackAdapter ?? info.architecture === 'swiftshader',
  };
}

async function trySetBackend(name: BackendName): Promise<string | null> {
  try {
    if (await tf.setBackend(name)) {
      await tf.ready();
      return null;
    }
    return `${name} is not available in this browser`;
  } catch (error) {
    return `${name} failed to start: ${error instanceof Error ? error.message : String(error)}`;
  }
}

/**
 * Starts the first backend that works, beginning with the one asked for and then going down
 * webgpu → webgl → cpu, and says why any backend was skipped.
 */
export async function initBackend(choice: BackendChoice): Promise<BackendInfo> {
  const order: BackendName[] =
    choice === 'auto' ? [...BACKEND_NAMES] : [choice, ...BACKEND_NAMES.filter((name) => name !== choice)];
  const skipped: string[] = [];
  for (const name of order) {
    const failure = await trySetBackend(name);
    if (failure === null) {
      if (name === 'cpu') registerFastCpuConvGrad();
      return {
        name,
        requested: choice,
        skipped,
        adapter: name === 'webgpu' ? await describeAdapter() : null,
      };
    }
    skipped.push(failure);
  }
  throw new Error(`No TF.js backend could start: ${skipped.join('; ')}`);
}
