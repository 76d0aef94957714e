import { DEFAULT_CONFIG, validateConfig } from '../src/engine/config';
import type { DeviceData } from '../src/engine/deviceData';
import { runPairedTraining } from '../src/engine/trainer';
import type { BenchRequest } from './protocol';

/**
 * The app's own paired loop (both arms, mixup on the device, progress reporting), stopped after
 * the warm-up step and `steps` timed steps. Returns examples × arms per second.
 */
export async function measurePairedLoop(data: DeviceData, request: BenchRequest, trainSize: number): Promise<number> {
  const config = validateConfig({
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
  let checks = 0;
  const result = await runPairedTraining(
    data,
    config,
    { onProgress: () => undefined, onMetrics: () => undefined, onEpochEnd: () => undefined },
    { isStopped: () => ++checks > request.steps + 1, waitWhilePaused: () => Promise.resolve() },
  );
  return 2 * result.examplesPerSecond;
}
