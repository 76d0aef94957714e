import { registerWasmFilterGrad } from './filterGradKernel';
import { registerFastWasmInputGrad } from './inputGradKernel';
import { registerFastWasmMatMul } from './matMulKernel';
import { registerFastWasmMaxPoolGrad } from './maxPoolGradKernel';

/**
 * Makes tfjs-backend-wasm train our models, and train them fast: the filter gradient it lacks,
 * XNNPACK paths for the input gradient and transposed matrix products it computes slowly, and a
 * faster max-pool gradient.
 * Call once the wasm backend is registered; calling again changes nothing.
 */
export function registerWasmTrainingKernels(): void {
  registerWasmFilterGrad();
  registerFastWasmInputGrad();
  registerFastWasmMatMul();
  registerFastWasmMaxPoolGrad();
}
