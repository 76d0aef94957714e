import { createRequire } from 'node:module';
import path from 'node:path';
import * as tf from '@tensorflow/tfjs';
import { getThreadsCount, setWasmPaths } from '@tensorflow/tfjs-backend-wasm';
import { registerWasmTrainingKernels } from '../wasm/registerTrainingKernels';

/**
 * The wasm backend in Node (experiment runner, tests), with the kernels that make it train.
 * Node loads the single-threaded SIMD binary from node_modules.
 */
export async function setUpNodeWasmBackend(): Promise<{ threads: number }> {
  const require = createRequire(import.meta.url);
  const binary = require.resolve('@tensorflow/tfjs-backend-wasm/dist/tfjs-backend-wasm.wasm');
  setWasmPaths(`${path.dirname(binary)}${path.sep}`);
  if (!(await tf.setBackend('wasm'))) throw new Error('the TF.js wasm backend did not start in Node');
  await tf.ready();
  registerWasmTrainingKernels();
  return { threads: getThreadsCount() };
}
