/** A run's result as the store tests play it: one epoch, each arm's final accuracy as given. */
import type { ArmEpochSummary, RunResult } from '../../contract/reports';
import { armSummary } from '../../storage/testing/armSummary';

export const arm = (accuracy: number): ArmEpochSummary => armSummary(accuracy, { nll: 1 - accuracy, ece: 0.01 });

export function result(mixupAccuracy: number, stopped = false): RunResult {
  return {
    stopped,
    steps: 10,
    epochsCompleted: 1,
    examplesPerSecond: 100,
    elapsedMs: 2000,
    robustness: null,
    final: { epoch: 1, step: 10, showcaseIndices: new Int32Array(), baseline: arm(0.9), mixup: arm(mixupAccuracy) },
  };
}
