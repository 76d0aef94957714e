import { t } from '../i18n/i18n';
import type { BackendChoice, BackendName, GpuAdapterSummary } from '../contract/protocol';

export interface BackendPlan {
  /** Backends to try, best first; the first that starts trains. */
  order: BackendName[];
  /** Why the first one leads, for the badge, in the page's language. */
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
      reason: t('results:backend.reasons.chosen', { backend: choice }),
    };
  }
  if (hardware)
    return {
      order: automatic,
      reason: t('results:backend.reasons.hardware', { vendor: adapter.vendor, architecture: adapter.architecture }),
    };
  return {
    order: automatic,
    reason: adapter
      ? t('results:backend.reasons.software', { architecture: adapter.architecture })
      : t('results:backend.reasons.noAdapter'),
  };
}
