import type { MnistSplit } from '../src/data/loadMnist';
import { createDeviceData, type DeviceData } from '../src/worker/deviceData';
import type { BenchRequest } from './protocol';

/** Enough examples that the timed steps never reach an epoch's end (and its full evaluation). */
export const benchTrainSize = (request: BenchRequest) =>
  Math.min(60000, Math.max(1000, (request.steps + 2) * request.batchSize));

/** The device data every bench runtime trains on: a fixed subset, no label noise, small evaluation sets. */
export function createBenchData(train: MnistSplit, test: MnistSplit, request: BenchRequest): DeviceData {
  return createDeviceData(train, test, {
    trainSize: benchTrainSize(request),
    labelNoise: 0,
    seed: 1,
    quickEvalSize: 100,
    testSize: 100,
    trainEvalSize: 100,
  });
}
