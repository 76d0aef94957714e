import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readMnist } from '../../data/node/readMnist';
import { BatchPlanner } from '../batches';
import { DEFAULT_CONFIG, type TrainConfig } from '../config';
import { createDeviceData, type DeviceData } from '../deviceData';
import { buildModel } from '../models';
import { setUpNodeWebGpuBackend } from '../node/webgpuBackend';
import type { ArmName } from '../protocol';
import type { StepperArm } from '../stepper';
import { createTfjsStepper } from '../tfjsStepper';
import { createFusedStepper, fusedSupport } from './fusedStepper';

/**
 * The fused step against the TF.js reference on TF.js's webgpu backend (SwiftShader here): same initial
 * weights, same batch plans, then every variable and each loss average compared. Small data keeps the
 * reference (tens of examples per second on SwiftShader) quick.
 */
const base: TrainConfig = {
  ...DEFAULT_CONFIG,
  trainSize: 128,
  batchSize: Number(process.env.FUSED_BATCH ?? 16),
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
    const t0 = performance.now();
    for (let s = 0; s < steps; s++) reference.step(plans[0]!.next());
    await reference.lossAverages();
    const t1 = performance.now();
    for (let s = 0; s < steps; s++) fused.step(plans[1]!.next());
    await fused.lossAverages();
    const t2 = performance.now();
    console.log('reference', t1 - t0, 'fused', t2 - t1);
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
  ];
  const only = process.env.FUSED_CASES?.split(',');
  for (const [label, settings, names] of cases.filter((_, i) => !only || only.includes(String(i)))) {
    it(`equals the TF.js step after 20 steps: ${label}`, async () => {
      const config = { ...base, ...settings };
      expect(fusedSupport(config)).toBeNull();
      const result = await compare(data, config, names, Number(process.env.FUSED_STEPS ?? 20));
      console.log(label, result);
      expect(result.weightError).toBeLessThan(TOLERANCE);
      expect(result.lossError).toBeLessThan(TOLERANCE);
    }, 240_000);
  }
});
