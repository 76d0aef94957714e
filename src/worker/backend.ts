import * as tf from '@tensorflow/tfjs';
import '@tensorflow/tfjs-backend-webgpu';
import { getThreadsCount } from '@tensorflow/tfjs-backend-wasm';
import { t } from '../i18n/i18n';
import { planBackends } from './backendOrder';
import { registerFastCpuConvGrad } from './fastCpuConvGrad';
import type { BackendChoice, BackendName, GpuAdapterSummary, StartedBackend } from '../contract/protocol';
import { startWasmWithAllCores, serveWasmBinariesFromOrigin } from './wasm/browserWasm';
import { registerWasmTrainingKernels } from './wasm/registerTrainingKernels';

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
    vendor: info.vendor || t('errors:backend.unknownVendor'),
    architecture: info.architecture || t('errors:backend.unknownArchitecture'),
    description: info.description ?? '',
    // Chromium reports SwiftShader (a CPU emulation of a GPU) as a fallback adapter.
    isFallback: info.isFallbackAdapter ?? adapter.isFallbackAdapter ?? info.architecture === 'swiftshader',
  };
}

async function trySetBackend(name: BackendName): Promise<string | null> {
  try {
    let started = false;
    const start = async () => {
      started = await tf.setBackend(name);
      if (started) await tf.ready();
    };
    await (name === 'wasm' ? startWasmWithAllCores(start) : start());
    if (started) return null;
    return t('errors:backend.notAvailable', { name });
  } catch (error) {
    return t('errors:backend.failedToStart', { name, cause: error instanceof Error ? error.message : String(error) });
  }
}

/** Kernels our training needs that a backend lacks or runs slowly; registered once it has started. */
function completeKernels(name: BackendName): void {
  if (name === 'cpu') registerFastCpuConvGrad();
  if (name === 'wasm') registerWasmTrainingKernels();
}

/**
 * Starts the first backend that works, in the order planBackends gives for this browser's WebGPU
 * adapter, and says why it leads and why any backend before it was skipped.
 */
export async function initBackend(choice: BackendChoice): Promise<StartedBackend> {
  const adapter = await describeAdapter();
  const plan = planBackends(choice, adapter);
  serveWasmBinariesFromOrigin();
  const skipped: string[] = [];
  for (const name of plan.order) {
    const failure = await trySetBackend(name);
    if (failure === null) {
      completeKernels(name);
      return {
        name,
        requested: choice,
        reason: plan.reason,
        skipped,
        adapter: name === 'webgpu' ? adapter : null,
        threads: name === 'wasm' ? getThreadsCount() : null,
        crossOriginIsolated: self.crossOriginIsolated,
      };
    }
    skipped.push(failure);
  }
  throw new Error(t('errors:backend.noneStarted', { reasons: skipped.join('; ') }));
}
