import { setThreadsCount, setWasmPaths } from '@tensorflow/tfjs-backend-wasm';
import plainUrl from '@tensorflow/tfjs-backend-wasm/dist/tfjs-backend-wasm.wasm?url';
import simdUrl from '@tensorflow/tfjs-backend-wasm/dist/tfjs-backend-wasm-simd.wasm?url';
import threadedSimdUrl from '@tensorflow/tfjs-backend-wasm/dist/tfjs-backend-wasm-threaded-simd.wasm?url';

/**
 * Points tfjs-backend-wasm at the three binaries Vite serves from our own origin (it would
 * otherwise look next to the bundle under their original names). Which one loads depends on the
 * browser: threads need a cross-origin isolated page (COOP/COEP headers), SIMD a recent engine.
 * Call before the backend starts.
 */
export function serveWasmBinariesFromOrigin(): void {
  const absolute = (url: string) => new URL(url, self.location.href).href;
  setWasmPaths({
    'tfjs-backend-wasm.wasm': absolute(plainUrl),
    'tfjs-backend-wasm-simd.wasm': absolute(simdUrl),
    'tfjs-backend-wasm-threaded-simd.wasm': absolute(threadedSimdUrl),
  });
}

/**
 * Starts the wasm backend with one thread per logical core. tfjs-backend-wasm caps its thread
 * pool at half of navigator.hardwareConcurrency (it assumes two hyperthreads per core), which on
 * a 2-core machine means one thread; measured there, two threads take a seed-cnn training step in
 * about 0.2 s against 0.28 s for one, the margin the 4× goal over the naive stand-in needs. The
 * module reads the core count once, while it starts, so the training worker reports double the
 * count for exactly that long.
 */
export async function startWasmWithAllCores(start: () => Promise<void>): Promise<void> {
  const cores = Math.max(1, self.navigator.hardwareConcurrency || 1);
  setThreadsCount(cores);
  Object.defineProperty(self.navigator, 'hardwareConcurrency', { configurable: true, get: () => 2 * cores });
  try {
    await start();
  } finally {
    delete (self.navigator as { hardwareConcurrency?: number }).hardwareConcurrency;
  }
}
