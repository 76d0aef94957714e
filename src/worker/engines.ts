import type { TrainConfig } from '../contract/config';
import type { EngineName, StepperFactory } from './stepper';
import { createTfjsStepper } from './tfjsStepper';
import { createFusedStepper, fusedSupport } from './webgpu/fusedStepper';

/** The engines a run outside the app can choose between (the Node scripts, the bench); fused needs webgpu. */
export const ENGINES = ['fused', 'tfjs'] as const satisfies readonly EngineName[];

/** The step for `engine` on `config`, or why it cannot train that configuration. */
export function stepperFor(
  engine: EngineName,
  config: TrainConfig,
): { createStepper: StepperFactory } | { unsupported: string } {
  if (engine === 'tfjs') return { createStepper: createTfjsStepper };
  const unsupported = fusedSupport(config);
  return unsupported === null ? { createStepper: createFusedStepper } : { unsupported };
}
