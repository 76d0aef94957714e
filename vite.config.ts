import react from '@vitejs/plugin-react';
import { defineConfig } from 'vitest/config';
import { katexAtBuildTime } from './scripts/vite/katexAtBuildTime.ts';
import { selfContainedWasmThreadFactory } from './scripts/vite/wasmThreadFactory.ts';

/**
 * Cross-origin isolation lets the wasm backend share memory between threads (SharedArrayBuffer);
 * without it TF.js falls back to one thread. A static deploy needs the same two headers (README).
 */
const CROSS_ORIGIN_ISOLATION = {
  'Cross-Origin-Opener-Policy': 'same-origin',
  'Cross-Origin-Embedder-Policy': 'require-corp',
};

export default defineConfig({
  plugins: [react(), katexAtBuildTime()],
  server: { port: 5173, strictPort: true, headers: CROSS_ORIGIN_ISOLATION },
  preview: { port: 4173, strictPort: true, headers: CROSS_ORIGIN_ISOLATION },
  worker: { format: 'es', plugins: () => [selfContainedWasmThreadFactory()] },
  test: {
    include: ['src/**/*.test.ts', 'scripts/**/*.test.ts'],
    environment: 'node',
  },
});
