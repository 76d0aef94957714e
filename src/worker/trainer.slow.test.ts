import * as tf from '@tensorflow/tfjs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_CONFIG, type TrainConfig } from '../contract/config';
import { createDeviceData, type DeviceData } from './deviceData';
import { setUpCpuBackend } from './fastCpuConvGrad';
import { readMnist } from '../data/node/readMnist';
import { PairedTrainer, runPairedTraining, TrainingDivergedError, type TrainerControl, SHOWCASE_SIZE } from './trainer';
import { FGSM_EPSILONS, ROBUSTNESS_SIZE } from '../contract/attackSettings';
import type { EpochSummary, MetricsPoint, ProgressUpdate } from '../contract/reports';

/** Small enough for a step pair in ~0.2 s on the cpu backend: 12 steps per epoch. */
const config: TrainConfig = {
  ...DEFAULT_CONFIG,
  trainSize: 200,
  batchSize: 16,
  learningRate: 3e-3,
  epochs: 1,
  evalEvery: 4,
  quickEvalSize: 100,
  trainEvalSize: 100,
  // As many test digits as the FGSM attack takes, so its ε = 0 accuracy is the epoch-end one.
  testSize: ROBUSTNESS_SIZE,
  seed: 5,
};

const running: TrainerControl = { isStopped: () => false, waitWhilePaused: () => Promise.resolve() };

interface Recorded {
  points: MetricsPoint[];
  epochs: EpochSummary[];
  progress: ProgressUpdate[];
  tensorsAtPoints: number[];
}

function recorder(): Recorded & Parameters<typeof runPairedTraining>[2] {
  const recorded: Recorded = { points: [], epochs: [], progress: [], tensorsAtPoints: [] };
  return {
    ...recorded,
    onProgress: (p) => recorded.progress.push(p),
    onMetrics: (m) => {
      recorded.points.push(m);
      recorded.tensorsAtPoints.push(tf.memory().numTensors);
    },
    onEpochEnd: (e) => recorded.epochs.push(e),
  };
}

async function weightsOf(model: tf.LayersModel): Promise<Float32Array[]> {
  return Promise.all(model.getWeights().map(async (w) => (await w.data()) as Float32Array));
}

describe('paired training', { timeout: 60_000 }, () => {
  let data: DeviceData;
  beforeAll(async () => {
    await setUpCpuBackend();
    data = createDeviceData(readMnist('train', 3000), readMnist('test', 200), config);
  });
  afterAll(() => data.dispose());

  it('starts both arms from equal weights', async () => {
    const trainer = new PairedTrainer(data, config);
    const [baseline, mixup] = await Promise.all(trainer.arms.map((arm) => weightsOf(arm.model)));
    expect(mixup).toEqual(baseline);
    trainer.dispose();
  });

  it('with α = 0 trains the mixup arm exactly like the baseline; with α > 0 differently', async () => {
    const trainers = [new PairedTrainer(data, { ...config, alpha: 0 }), new PairedTrainer(data, config)];
    for (let step = 0; step < 4; step++) trainers.forEach((trainer) => trainer.step());
    const [off, on] = await Promise.all(
      trainers.map((trainer) => Promise.all(trainer.arms.map((arm) => weightsOf(arm.model)))),
    );
    expect(off?.[1]).toEqual(off?.[0]);
    expect(on?.[1]).not.toEqual(on?.[0]);
    // The baseline does not depend on α: same order, same updates.
    expect(on?.[0]).toEqual(off?.[0]);
    trainers.forEach((trainer) => trainer.dispose());
  });

  it.each([
    ['Adam, mixup per batch', {}],
    [
      'SGD with weight decay, CutMix per example',
      { optimizer: 'sgd', weightDecay: 1e-3, mixMode: 'cutmix', lambdaPer: 'example', alpha: 1 },
    ],
  ] as const)('keeps the tensor count flat across steps and frees everything (%s)', async (_, overrides) => {
    const start = tf.memory().numTensors;
    const trainer = new PairedTrainer(data, { ...config, ...overrides });
    trainer.step();
    trainer.step();
    await trainer.losses();
    const afterTwo = tf.memory().numTensors;
    for (let step = 0; step < 4; step++) trainer.step();
    await trainer.losses();
    expect(tf.memory().numTensors).toBe(afterTwo);
    trainer.dispose();
    expect(tf.memory().numTensors).toBe(start);
  });

  it('reports metrics, epoch summaries and progress, with the tensor count flat during the run', async () => {
    const start = tf.memory().numTensors;
    const hooks = recorder();
    const result = await runPairedTraining(data, { ...config, epochs: 2 }, hooks, running);
    expect(tf.memory().numTensors).toBe(start);

    expect(result).toMatchObject({ stopped: false, steps: 24, epochsCompleted: 2 });
    expect(result.final).toEqual(hooks.epochs[1]);
    expect(hooks.points.map((p) => p.step)).toEqual([4, 8, 12, 16, 20, 24]);
    expect(hooks.points[2]?.epoch).toBe(1);
    expect(new Set(hooks.tensorsAtPoints).size).toBe(1);
    expect(hooks.epochs.map((e) => e.epoch)).toEqual([1, 2]);
    for (const summary of hooks.epochs) {
      for (const arm of [summary.baseline, summary.mixup]) {
        expect(arm.perClassAccuracy).toHaveLength(10);
        expect(arm.reliability).toHaveLength(15);
        expect(arm.trainAccuracy).toBeGreaterThan(0);
        expect(arm.nll).toBeGreaterThan(0);
        expect(arm.showcase.predicted).toHaveLength(SHOWCASE_SIZE);
        expect(arm.showcase.confidence.every((p) => p >= 0.1 && p <= 1)).toBe(true);
      }
      expect(Array.from(summary.showcaseIndices)).toEqual(Array.from(data.test.indices.subarray(0, SHOWCASE_SIZE)));
    }
    expect(result.elapsedMs).toBeGreaterThan(0);
    const lastProgress = hooks.progress.at(-1);
    expect(lastProgress).toMatchObject({ step: 24, epoch: 2, stepsPerEpoch: 12, totalSteps: 24, examplesSeen: 384 });
    expect(lastProgress?.examplesPerSecond).toBeGreaterThan(0);
    expect(lastProgress?.elapsedMs).toBeGreaterThan(0);
    expect(lastProgress?.elapsedMs).toBeLessThanOrEqual(result.elapsedMs);
    // Learning happened: the loss fell and the baseline beats chance clearly.
    const [first, last] = [hooks.points[0], hooks.points.at(-1)];
    expect(last?.baseline.trainLoss).toBeLessThan(first?.baseline.trainLoss ?? 0);
    expect(result.final?.baseline.accuracy).toBeGreaterThan(0.5);
    // A finished run is attacked once: at ε = 0 each arm scores its clean accuracy on the same digits.
    expect(result.robustness?.size).toBe(Math.min(ROBUSTNESS_SIZE, data.test.labels.length));
    for (const arm of ['baseline', 'mixup'] as const) {
      expect(result.robustness?.[arm].map((p) => p.epsilon)).toEqual([...FGSM_EPSILONS]);
      expect(result.robustness?.[arm][0]?.accuracy).toBe(result.final?.[arm].accuracy);
    }
  });

  it('gives the same numbers for the same seed', async () => {
    const runs = [recorder(), recorder()];
    const results = [];
    for (const hooks of runs) results.push(await runPairedTraining(data, config, hooks, running));
    expect(runs[1]?.points).toEqual(runs[0]?.points);
    expect(runs[1]?.epochs).toEqual(runs[0]?.epochs);
    expect(results[1]?.final).toEqual(results[0]?.final);
  });

  it('trains the mixup arm alone, given a baseline to reuse, to the numbers a paired run gives', async () => {
    const run = async (alpha: number, reuse: Parameters<typeof runPairedTraining>[4] = null) => {
      const hooks = recorder();
      const result = await runPairedTraining(data, { ...config, alpha }, hooks, running, reuse);
      return { hooks, result };
    };
    // The baseline of a run at another α: the one a sweep's first α of this seed trained.
    const earlier = await run(1);
    const { robustness } = earlier.result;
    if (!robustness) throw new Error('the earlier run was not attacked');
    const reuse = {
      config: { ...config, alpha: 1 },
      points: earlier.hooks.points,
      epochs: earlier.hooks.epochs,
      robustness,
    };
    const paired = await run(0.4);
    const start = tf.memory().numTensors;
    const alone = await run(0.4, reuse);
    expect(tf.memory().numTensors).toBe(start);

    expect(alone.hooks.points).toEqual(paired.hooks.points);
    expect(alone.hooks.epochs).toEqual(paired.hooks.epochs);
    expect(alone.result.final).toEqual(paired.result.final);
    expect(alone.result.robustness).toEqual(paired.result.robustness);
    // Not a copy of the earlier run: its mixup arm is α = 0.4's.
    expect(alone.result.final?.mixup).not.toEqual(earlier.result.final?.mixup);
  });

  it('refuses a reused baseline that lacks a report the run makes, and frees everything', async () => {
    const start = tf.memory().numTensors;
    const reuse = { config, points: [], epochs: [], robustness: { size: 0, baseline: [], mixup: [] } };
    await expect(runPairedTraining(data, config, recorder(), running, reuse)).rejects.toThrow(
      'the reused baseline has no quick evaluation at step 4',
    );
    expect(tf.memory().numTensors).toBe(start);
  });

  it('stops cleanly between steps', async () => {
    const start = tf.memory().numTensors;
    const hooks = recorder();
    const result = await runPairedTraining(data, { ...config, evalEvery: 2 }, hooks, {
      isStopped: () => hooks.points.length >= 2,
      waitWhilePaused: () => Promise.resolve(),
    });
    expect(result).toMatchObject({ stopped: true, steps: 4, epochsCompleted: 0, final: null, robustness: null });
    expect(hooks.epochs).toHaveLength(0);
    expect(tf.memory().numTensors).toBe(start);
  });

  it('waits while paused before each step', async () => {
    let waits = 0;
    const hooks = recorder();
    const result = await runPairedTraining(data, { ...config, evalEvery: 100 }, hooks, {
      isStopped: () => false,
      waitWhilePaused: () => {
        waits++;
        return new Promise((resolve) => setTimeout(resolve, 1));
      },
    });
    expect(result.steps).toBe(12);
    expect(waits).toBe(12);
  });

  it('raises TrainingDivergedError naming the arm, the step and the learning rate, after earlier points', async () => {
    const start = tf.memory().numTensors;
    const hooks = recorder();
    const diverging = { ...config, optimizer: 'sgd', learningRate: 1e4, evalEvery: 1 } as const;
    const error = await runPairedTraining(data, diverging, hooks, running).then(
      () => null,
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(TrainingDivergedError);
    const diverged = error as TrainingDivergedError;
    expect(diverged.message).toMatch(
      /^The (baseline|mixup) arm diverged between steps \d+ and \d+: its training loss /,
    );
    expect(diverged.message).toContain('Learning rate 10000 is probably too high for SGD — try 0.01.');
    expect(diverged.step).toBeGreaterThan(0);
    expect(hooks.points.length).toBeGreaterThan(0);
    expect(hooks.points.every((p) => p.step < diverged.step)).toBe(true);
    expect(tf.memory().numTensors).toBe(start);
  });
});
