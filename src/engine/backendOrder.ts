import { t } from '../i18n/i18n';
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
      reason: t('errors:backend.reasonChosen', { choice }),
    };
  }
  if (hardware)
    return {
      order: automatic,
      reason: t('errors:backend.reasonHardware', { vendor: adapter.vendor, architecture: adapter.architecture }),
    };
  return {
    order: automatic,
    reason: adapter
      ? t('errors:backend.reasonSoftware', { architecture: adapter.architecture })
      : t('errors:backend.reasonNoAdapter'),
  };
}
