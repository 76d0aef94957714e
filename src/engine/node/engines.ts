import type { TrainConfig } from '../config';
import type { EngineName, StepperFactory } from '../stepper';
import { createTfjsStepper } from '../tfjsStepper';

/** The engines Node can choose between; fused needs the webgpu backend. */
export const ENGINES = ['fused', 'tfjs'] as const satisfies readonly EngineName[];

/**
 * The step for `engine` on `config`, or why it cannot train that configuration. The fused engine
 * (src/engine/webgpu/fusedStepper.ts) comes with the i17-fused branch; until that is merged it says so.
 */
export function stepperFor(
  engine: EngineName,
  _config: TrainConfig,
): { createStepper: StepperFactory } | { unsupported: string } {
  if (engine === 'tfjs') return { createStepper: createTfjsStepper };
  return { unsupported: 'the fused engine is not on this branch yet (merge i17-fused)' };
}
