import type { BackendChoice, BackendName, GpuAdapterSummary } from './protocol';

export interface BackendPlan {
  /** Backends to try, best first; the first that starts trains. */
  order: BackendName[];
  /** Why the first one leads, for the badge. */
  reason: string;
}

/**
 * Which backend to try first. Measured on a 2-core machine without a GPU (bench/RESULTS.md),
 * WebGPU on a software adapter (SwiftShader) trains far slower than WebAssembly on the same CPU,
 * so only a hardware adapter earns webgpu; otherwise wasm leads. A user's explicit choice is tried
 * first either way, and the rest follow in the automatic order.
 */
export function planBackends(choice: BackendChoice, adapter: GpuAdapterSummary | null): BackendPlan {
  const hardware = adapter !== null && !adapter.isFallback;
  const automatic: BackendName[] = hardware ? ['webgpu', 'wasm', 'webgl', 'cpu'] : ['wasm', 'webgl', 'cpu'];
  if (choice !== 'auto') {
    return {
      order: [choice, ...automatic.filter((name) => name !== choice)],
      reason: `you chose ${choice} in the settings or the link`,
    };
  }
  if (hardware)
    return {
      order: automatic,
      reason: `automatic: a hardware GPU (${adapter.vendor} ${adapter.architecture}) trains fastest on WebGPU`,
    };
  return {
    order: automatic,
    reason: adapter
      ? `automatic: the only WebGPU adapter is a software emulation (${adapter.architecture}), so WebAssembly on the CPU is faster`
      : 'automatic: no WebGPU adapter in this browser, so WebAssembly on the CPU',
  };
}
