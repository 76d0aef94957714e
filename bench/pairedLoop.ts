import { DEFAULT_CONFIG, validateConfig, type TrainConfig } from '../src/contract/config';
import type { DeviceData } from '../src/worker/deviceData';
import { stepperFor } from '../src/worker/engines';
import type { EngineName, StepperFactory } from '../src/worker/stepper';
import { createTfjsStepper } from '../src/worker/tfjsStepper';
import { runPairedTraining } from '../src/worker/trainer';
import type { BenchRecord, BenchRequest } from './protocol';

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

export interface EngineStep {
  engine: EngineName;
  createStepper: StepperFactory;
}

/**
 * The request's engines that can train `config`; `skip` hears of each one that cannot, and why. Off
 * webgpu only TF.js's step exists, so those backends train with it whatever the request names.
 */
export function engineSteps(request: BenchRequest, config: TrainConfig, skip: (why: string) => void): EngineStep[] {
  const engines: readonly EngineName[] = request.backend === 'webgpu' ? request.engines : ['tfjs'];
  return engines.flatMap((engine) => {
    const found = stepperFor(engine, config);
    if ('unsupported' in found)
      skip(`${engine} · ${request.backend} · ${request.model} · batch ${request.batchSize}: ${found.unsupported}`);
    return 'unsupported' in found ? [] : [{ engine, createStepper: found.createStepper }];
  });
}

export interface RoundsOptions {
  rounds: number;
  /** A running count of GPU dispatches (see measurePairedLoop). */
  dispatches?: () => number;
  log?: (line: string) => void;
  /** Runs at the start of every round: the browser's bare loop takes its turn there. */
  eachRound?: () => Promise<void>;
}

/**
 * Each engine's paired loop, the fastest of `rounds`. Engine after engine, round after round:
 * alternating spreads slow drifts of a busy machine over all of them.
 */
export async function bestPairedLoops(
  data: DeviceData,
  request: BenchRequest,
  trainSize: number,
  engines: readonly EngineStep[],
  options: RoundsOptions,
): Promise<Map<EngineName, PairedMeasurement>> {
  const best = new Map<EngineName, PairedMeasurement>();
  for (let round = 0; round < options.rounds; round++) {
    await options.eachRound?.();
    for (const { engine, createStepper } of engines) {
      options.log?.(
        `Measuring ${engine} · ${request.backend} · ${request.model} · batch ${request.batchSize} · ` +
          `${request.steps} steps, round ${round + 1}…`,
      );
      const measured = await measurePairedLoop(data, request, trainSize, createStepper, options.dispatches);
      const previous = best.get(engine);
      if (!previous || measured.examplesPerSecond > previous.examplesPerSecond) best.set(engine, measured);
    }
  }
  return best;
}

/** The records of `best`, one per engine. */
export function pairedRecords(
  request: BenchRequest,
  best: ReadonlyMap<EngineName, PairedMeasurement>,
  adapter: string | null,
): BenchRecord[] {
  return [...best].map(([engine, measured]) => ({
    backend: request.backend,
    engine,
    model: request.model,
    loop: 'paired',
    batchSize: request.batchSize,
    examplesPerSecond: measured.examplesPerSecond,
    dispatchesPerStep: measured.dispatchesPerStep,
    steps: request.steps,
    adapter,
  }));
}
