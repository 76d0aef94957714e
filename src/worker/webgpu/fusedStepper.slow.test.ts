import * as tf from '@tensorflow/tfjs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readMnist } from '../../data/node/readMnist';
import { BatchPlanner } from '../batches';
import { DEFAULT_CONFIG, type TrainConfig } from '../../contract/config';
import { createDeviceData, type DeviceData } from '../deviceData';
import { buildModel, trainableVariables } from '../models';
import { setUpNodeWebGpuBackend } from '../node/webgpuBackend';
import type { ArmName } from '../../contract/protocol';
import type { StepperArm } from '../stepper';
import { createTfjsStepper } from '../tfjsStepper';
import { createFusedStepper, fusedSupport, type FusedStepper } from './fusedStepper';
import { flushTfjs, tensorBuffer, tfjsDevice } from './tfjsGpu';

/**
 * The fused step against the TF.js reference on TF.js's webgpu backend (SwiftShader here): same initial
 * weights, same batch plans, then every variable and each loss average compared. The reference stays
 * on webgpu rather than cpu because the two backends break max-pool ties differently.
 *
 * On SwiftShader both steppers are slow (on a busy two-core machine a tiny step pair takes seconds, a
 * seed-cnn one nearly a minute), so each case takes few steps: what a step carries to the next (Adam's
 * moments and β powers, the loss averages, the weights) is exercised from the second step on, and a
 * wrong formula shows at the first (a 1-step tiny run differs by about 1e-7, against the 1e-4 allowed). Epoch
 * boundaries are the batch planner's, not the stepper's: both steppers are handed the same plans.
 * FUSED_STEPS overrides the step counts.
 */
const base: TrainConfig = {
  ...DEFAULT_CONFIG,
  trainSize: 128,
  batchSize: Number(process.env.FUSED_BATCH ?? 8),
  learningRate: 3e-3,
  quickEvalSize: 16,
  testSize: 16,
  trainEvalSize: 16,
  seed: 3,
};

const TOLERANCE = 1e-4;

function armsFor(config: TrainConfig, names: readonly ArmName[]): StepperArm[] {
  return names.map((name) => ({ name, model: buildModel(config.model, config.seed) }));
}

function relativeError(actual: Float32Array, expected: Float32Array): number {
  let diff = 0;
  let norm = 0;
  for (let i = 0; i < expected.length; i++) {
    diff += ((actual[i] ?? NaN) - (expected[i] ?? 0)) ** 2;
    norm += (expected[i] ?? 0) ** 2;
  }
  return Math.sqrt(diff) / Math.max(Math.sqrt(norm), 1e-12);
}

async function weights(arms: readonly StepperArm[]): Promise<Float32Array[]> {
  return Promise.all(arms.flatMap((arm) => arm.model.getWeights().map(async (w) => (await w.data()) as Float32Array)));
}

interface Comparison {
  weightError: number;
  /** Per variable, arm after arm, in trainableWeights order. */
  errors: number[];
  lossError: number;
  losses: number[];
}

async function compare(
  data: DeviceData,
  config: TrainConfig,
  names: readonly ArmName[],
  steps: number,
): Promise<Comparison> {
  const referenceArms = armsFor(config, names);
  const fusedArms = armsFor(config, names);
  const reference = createTfjsStepper(referenceArms, data, config);
  const fused = createFusedStepper(fusedArms, data, config);
  try {
    const plans = [new BatchPlanner(data.train.count, config), new BatchPlanner(data.train.count, config)];
    for (let s = 0; s < steps; s++) {
      reference.step(plans[0]!.next());
      fused.step(plans[1]!.next());
    }
    fused.syncModels();
    const [expected, actual] = await Promise.all([weights(referenceArms), weights(fusedArms)]);
    const errors = expected.map((w, i) => relativeError(actual[i]!, w));
    const weightError = Math.max(...errors);
    const [referenceLosses, fusedLosses] = await Promise.all([reference.lossAverages(), fused.lossAverages()]);
    const lossError = Math.max(...referenceLosses.map((loss, i) => Math.abs(loss - fusedLosses[i]!)));
    return { weightError, errors, lossError, losses: fusedLosses };
  } finally {
    fused.dispose();
    reference.dispose();
    for (const arm of [...referenceArms, ...fusedArms]) arm.model.dispose();
  }
}

describe('the fused WebGPU step', () => {
  let data: DeviceData;
  beforeAll(async () => {
    await setUpNodeWebGpuBackend();
    data = createDeviceData(readMnist('train', 1000), readMnist('test', 100), base);
  }, 60_000);
  afterAll(() => data.dispose());

  const both: ArmName[] = ['baseline', 'mixup'];
  const sgd = { optimizer: 'sgd', learningRate: 0.05 } as const;
  const cases: [string, Partial<TrainConfig>, ArmName[]][] = [
    ['tiny, mixup, Adam', {}, both],
    [
      'tiny, CutMix, per-example λ, SGD, weight decay',
      { mixMode: 'cutmix', lambdaPer: 'example', ...sgd, weightDecay: 5e-3 },
      both,
    ],
    ['tiny, mixup, per-example λ, Adam, weight decay', { lambdaPer: 'example', weightDecay: 1e-2 }, both],
    ['tiny, CutMix, Adam', { mixMode: 'cutmix', alpha: 1 }, both],
    ['tiny, α = 0, SGD', { alpha: 0, ...sgd }, both],
    ['tiny, mixup arm only', {}, ['mixup']],
    ['seed-cnn, mixup, Adam', { model: 'seed-cnn', trainSize: 64, batchSize: 8 }, both],
    [
      'seed-cnn, CutMix, per-example λ, SGD, weight decay',
      {
        model: 'seed-cnn',
        trainSize: 64,
        batchSize: 8,
        mixMode: 'cutmix',
        lambdaPer: 'example',
        ...sgd,
        weightDecay: 5e-3,
      },
      both,
    ],
  ];
  const only = process.env.FUSED_CASES?.split(',');
  for (const [label, settings, names] of cases.filter((_, i) => !only || only.includes(String(i)))) {
    const config = { ...base, ...settings };
    const steps = Number(process.env.FUSED_STEPS ?? (config.model === 'tiny' ? 4 : 2));
    it(`equals the TF.js step after ${steps} steps: ${label}`, async () => {
      expect(fusedSupport(config)).toBeNull();
      const result = await compare(data, config, names, steps);
      console.log(label, result.weightError, result.lossError);
      expect(result.weightError).toBeLessThan(TOLERANCE);
      expect(result.lossError).toBeLessThan(TOLERANCE);
    }, 600_000);
  }

  it('creates no tensors or GPU buffers per step, syncs the models, says its dispatch count, frees its buffers', async () => {
    const device = tfjsDevice();
    const create = device.createBuffer.bind(device);
    const live = new Set<GPUBuffer>();
    device.createBuffer = (descriptor) => {
      const buffer = create(descriptor);
      const destroy = buffer.destroy.bind(buffer);
      live.add(buffer);
      buffer.destroy = () => {
        live.delete(buffer);
        destroy();
      };
      return buffer;
    };
    const arms = armsFor(base, ['baseline', 'mixup']);
    // The variables' own buffers come into being at their first upload, not the stepper's.
    for (const arm of arms) trainableVariables(arm.model).forEach(tensorBuffer);
    flushTfjs();
    // Read first, so TF.js's staging buffer for reads exists before the count.
    const kernel = trainableVariables(arms[0]!.model)[0]!;
    const first = Array.from(await kernel.data());
    const before = live.size;
    try {
      const stepper = createFusedStepper(arms, data, base) as FusedStepper;
      expect(stepper.dispatchesPerStep).toBe(10);
      const planner = new BatchPlanner(data.train.count, base);
      stepper.step(planner.next());
      await stepper.lossAverages();
      const tensors = tf.memory().numTensors;
      const buffers = live.size;
      for (let s = 0; s < 5; s++) stepper.step(planner.next());
      await stepper.lossAverages();
      stepper.syncModels();
      // A read before the sync must not hide the synced weights from a read after it.
      expect(Array.from(await kernel.data())).not.toEqual(first);
      expect(tf.memory().numTensors).toBe(tensors);
      expect(live.size).toBe(buffers);
      stepper.dispose();
      expect(live.size).toBe(before);
      expect(tf.memory().numTensors).toBe(tensors);
    } finally {
      device.createBuffer = create;
      for (const arm of arms) arm.model.dispose();
    }
  }, 120_000);

  it('runs seed-cnn in 13 dispatches, and refuses batches whose activations no GPU buffer can hold', () => {
    const config: TrainConfig = { ...base, model: 'seed-cnn', trainSize: 64, batchSize: 8 };
    const arms = armsFor(config, ['baseline', 'mixup']);
    const stepper = createFusedStepper(arms, data, config) as FusedStepper;
    expect(stepper.dispatchesPerStep).toBe(13);
    stepper.dispose();
    for (const arm of arms) arm.model.dispose();
    expect(fusedSupport({ ...DEFAULT_CONFIG, model: 'seed-cnn', batchSize: 512 })).toMatch(/smaller batch/);
    expect(fusedSupport({ ...DEFAULT_CONFIG, model: 'tiny', batchSize: 512 })).toBeNull();
  }, 120_000);
});
