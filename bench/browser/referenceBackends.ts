import * as tf from '@tensorflow/tfjs';
import { getThreadsCount } from '@tensorflow/tfjs-backend-wasm';
import type { StartedBackend } from '../../src/contract/protocol';
import { startWasmWithAllCores, serveWasmBinariesFromOrigin } from '../../src/worker/wasm/browserWasm';
import { registerNaiveWasmFilterGrad } from './naiveFilterGrad';

/** Starts a reference point: TF.js's CPU backend as shipped, or wasm as shipped plus the naive stand-in. */
export async function startReference(target: 'wasm-naive' | 'cpu-stock'): Promise<StartedBackend> {
  const info = {
    reason: 'reference point for the bench',
    skipped: [],
    adapter: null,
    crossOriginIsolated: self.crossOriginIsolated,
  };
  if (target === 'cpu-stock') {
    await tf.setBackend('cpu');
    return { ...info, name: 'cpu', requested: 'cpu', threads: null };
  }
  serveWasmBinariesFromOrigin();
  await startWasmWithAllCores(async () => {
    if (!(await tf.setBackend('wasm'))) throw new Error('the wasm backend did not start');
  });
  registerNaiveWasmFilterGrad();
  return { ...info, name: 'wasm', requested: 'wasm', threads: getThreadsCount() };
}
