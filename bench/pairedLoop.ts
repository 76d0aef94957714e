import { DEFAULT_CONFIG, validateConfig, type TrainConfig } from '../src/engine/config';
import type { DeviceData } from '../src/engine/deviceData';
import type { StepperFactory } from '../src/engine/stepper';
import { createTfjsStepper } from '../src/engine/tfjsStepper';
import { runPairedTraining } from '../src/engine/trainer';
import type { BenchRequest } from './protocol';

/** The configuration the paired loop trains: the app's defaults at the request's model and batch size. */
export function pairedLoopConfig(request: BenchRequest, trainSize: number): TrainConfig {
  return validateConfig({
    ...DEFAULT_CONFIG,
    model: request.model,
    batchSize: request.batchSize,
    trainSize,
    epochs: 200,
    // No evaluation inside the timed window: it is excluded from throughput anyway.
    evalEvery: 10000,
    quickEvalSize: 100,
    trainEvalSize: 100,
  });
}

export interface PairedMeasurement {
  /** Examples × arms per second over the timed steps. */
  examplesPerSecond: number;
  /** Compute dispatches per timed step, by `dispatches`; null without it. */
  dispatchesPerStep: number | null;
}

/**
 * The app's own paired loop (both arms, mixup on the device, progress reporting) trained by
 * `createStepper`, stopped after the warm-up step and `steps` timed steps. `dispatches`, when given,
 * reads a running count of GPU dispatches, sampled around the timed steps.
 */
export async function measurePairedLoop(
  data: DeviceData,
  request: BenchRequest,
  trainSize: number,
  createStepper: StepperFactory = createTfjsStepper,
  dispatches?: () => number,
): Promise<PairedMeasurement> {
  const config = pairedLoopConfig(request, trainSize);
  // The trainer asks once before each step: ask 2 comes after the warm-up step, the last one after the timed steps.
  let checks = 0;
  let timedFrom = 0;
  let timedTo = 0;
  const isStopped = () => {
    checks++;
    if (checks === 2) timedFrom = dispatches?.() ?? 0;
    const stop = checks > request.steps + 1;
    if (stop) timedTo = dispatches?.() ?? 0;
    return stop;
  };
  const result = await runPairedTraining(
    data,
    config,
    { onProgress: () => undefined, onMetrics: () => undefined, onEpochEnd: () => undefined },
    { isStopped, waitWhilePaused: () => Promise.resolve() },
    null,
    createStepper,
  );
  return {
    examplesPerSecond: 2 * result.examplesPerSecond,
    dispatchesPerStep: dispatches ? (timedTo - timedFrom) / request.steps : null,
  };
}
