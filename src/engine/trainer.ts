/**
 * The paired run: a baseline (plain ERM) and a mixup arm trained from the same initial weights on
 * the same batches, step for step, so any difference between their curves is mixup's doing. It
 * reports through hooks and never touches postMessage, so a worker and a Node script share it.
 */
import * as tf from '@tensorflow/tfjs';
import { BatchPlanner, gatherBatch, mixOnDevice, type DeviceBatch } from './batches';
import type { TrainConfig } from './config';
import type { DeviceData, EvalSet } from './deviceData';
import { evaluate } from './evaluate';
import { objective } from './losses';
import { buildModel, kernelVariables, trainableVariables } from './models';
import type { ArmName } from './protocol';
import type { ArmEpochSummary, ArmPoint, EpochSummary, Evaluation, MetricsPoint, ProgressUpdate, RobustnessPoint, RunResult, RunRobustness } from './reports';
import { fgsmAccuracy, ROBUSTNESS_SIZE } from './robustness';

/** How many test digits each epoch summary carries both arms' predictions for. */
export const SHOWCASE_SIZE = 100;

export interface TrainerHooks {
  /** Before the first step, whose kernel compilation makes it slow. */
  onWarmup?(): void;
  onProgress(progress: ProgressUpdate): void;
  onMetrics(point: MetricsPoint): void;
  onEpochEnd(summary: EpochSummary): void;
}

export interface TrainerControl {
  isStopped(): boolean;
  /** Resolves at once unless paused; checked before every step. */
  waitWhilePaused(): Promise<void>;
}

export class TrainingDivergedError extends Error {
  override name = 'TrainingDivergedError';

  constructor(
    readonly arm: ArmName,
    readonly step: number,
    message: string,
  ) {
    super(message);
  }
}

/** Smoothing of the reported training loss: roughly the last ten steps. */
const LOSS_EMA_DECAY = 0.9;
/**
 * A smoothed loss above this means the run has diverged even if it is still finite: training starts
 * near ln 10 ≈ 2.3, and an exploded network can sit at 1e10 for ever once its ReLUs have died.
 */
const DIVERGED_LOSS = 100;
/** How often progress is reported, which also syncs with the device and checks the losses. */
const PROGRESS_INTERVAL_MS = 250;
/** Longest stretch of steps without giving pause and stop messages a chance to arrive. */
const YIELD_INTERVAL_MS = 20;
/** Learning rates that train these models well, suggested when a run diverges. */
const SAFE_LEARNING_RATE: Readonly<Record<TrainConfig['optimizer'], number>> = { adam: 1e-3, sgd: 0.01 };

export interface Arm {
  name: ArmName;
  model: tf.Sequential;
  optimizer: tf.Optimizer;
  variables: tf.Variable[];
  kernels: tf.Variable[];
  /** Exponential moving average of the loss, kept on the device so steps never wait for it. */
  lossEma: tf.Variable<tf.Rank.R0>;
}

function createArm(name: ArmName, config: TrainConfig): Arm {
  const model = buildModel(config.model, config.seed);
  return {
    name,
    model,
    optimizer:
      config.optimizer === 'adam' ? tf.train.adam(config.learningRate) : tf.train.momentum(config.learningRate, 0.9),
    variables: trainableVariables(model),
    kernels: kernelVariables(model),
    // In a tidy so the initial scalar, which the variable copies, is freed.
    lossEma: tf.tidy(() => tf.variable(tf.scalar(0), false)),
  };
}

function disposeArm(arm: Arm): void {
  arm.model.dispose();
  arm.optimizer.dispose();
  // TF.js 4.22's MomentumOptimizer.dispose() forgets the −learningRate scalar its SGD parent keeps.
  if (arm.optimizer.getClassName() === 'Momentum') (arm.optimizer as unknown as { c: tf.Tensor }).c.dispose();
  arm.lossEma.dispose();
}

/** One optimiser step of one arm; call inside tf.tidy. */
function trainStep(arm: Arm, batch: DeviceBatch, weightDecay: number): void {
  const cost = arm.optimizer.minimize(
    () => objective(arm.model, batch.images, batch.targets, arm.kernels, weightDecay),
    true,
    arm.variables,
  );
  if (!cost) throw new Error('optimizer.minimize returned no cost');
  arm.lossEma.assign(tf.add(tf.mul(LOSS_EMA_DECAY, arm.lossEma), tf.mul(1 - LOSS_EMA_DECAY, cost)));
}

/**
 * The two arms and their shared batch plan, advanced one step at a time. Both models are built
 * from the run's seed, so they start from identical weights.
 */
export class PairedTrainer {
  readonly arms: readonly [Arm, Arm];
  readonly stepsPerEpoch: number;
  private readonly planner: BatchPlanner;
  private stepsDone = 0;

  constructor(
    private readonly data: DeviceData,
    private readonly config: TrainConfig,
  ) {
    this.planner = new BatchPlanner(data.train.count, config);
    this.stepsPerEpoch = this.planner.stepsPerEpoch;
    this.arms = [createArm('baseline', config), createArm('mixup', config)];
  }

  get steps(): number {
    return this.stepsDone;
  }

  /** Baseline then mixup on the same examples; queues device work and returns without waiting. */
  step(): void {
    const plan = this.planner.next();
    const [baseline, mixup] = this.arms;
    const { images, targets } = this.data.train;
    tf.tidy(() => {
      const batch = gatherBatch(images, targets, plan.indices);
      trainStep(baseline, batch, this.config.weightDecay);
      trainStep(mixup, plan.mix ? mixOnDevice(batch, plan.mix) : batch, this.config.weightDecay);
    });
    this.stepsDone++;
  }

  /** Both arms' smoothed losses, bias-corrected; reading them waits for the queued steps. */
  async losses(): Promise<[number, number]> {
    const stacked = tf.stack(this.arms.map((arm) => arm.lossEma));
    const values = await stacked.data();
    stacked.dispose();
    const correction = 1 - LOSS_EMA_DECAY ** this.stepsDone;
    return [(values[0] ?? NaN) / correction, (values[1] ?? NaN) / correction];
  }

  dispose(): void {
    this.arms.forEach(disposeArm);
  }
}

function divergenceAdvice(config: TrainConfig): string {
  const safe = SAFE_LEARNING_RATE[config.optimizer];
  const optimizer = config.optimizer === 'adam' ? 'Adam' : 'SGD';
  if (config.learningRate > safe) {
    return `Learning rate ${config.learningRate} is probably too high for ${optimizer} — try ${safe}`;
  }
  return `Try a learning rate below ${config.learningRate}${config.weightDecay > 0 ? ' or less weight decay' : ''}`;
}

const yieldToEventLoop = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 0));

/**
 * Trains both arms for config.epochs on `data` (uploaded with the same config). Steps interleave:
 * baseline then mixup on the same batch. Every evalEvery steps both arms are evaluated on the
 * quick-eval subset; at each epoch's end on the full test set and the train-eval subset.
 *
 * The first step doubles as the warm-up (it compiles the kernels): it is an ordinary training step,
 * so no extra update touches the weights, and throughput is measured from its end.
 *
 * @throws TrainingDivergedError when a loss or a prediction stops being finite; points reported
 *   before that stay valid. Everything this function created is disposed however it ends.
 */
export async function runPairedTraining(
  data: DeviceData,
  config: TrainConfig,
  hooks: TrainerHooks,
  control: TrainerControl,
): Promise<RunResult> {
  const trainer = new PairedTrainer(data, config);
  const { arms, stepsPerEpoch } = trainer;
  const totalSteps = config.epochs * stepsPerEpoch;
  let checkedStep = 0;
  let final: EpochSummary | null = null;
  const clock = { began: performance.now(), pausedMs: 0, start: 0, excludedMs: 0, lastProgress: 0, lastYield: 0 };
  const elapsedMs = (): number => performance.now() - clock.began - clock.pausedMs;

  const diverged = (arm: Arm, what: string): TrainingDivergedError =>
    new TrainingDivergedError(
      arm.name,
      trainer.steps,
      `The ${arm.name} arm diverged between steps ${checkedStep} and ${trainer.steps}: ${what}. ${divergenceAdvice(config)}.`,
    );

  const checkedLosses = async (): Promise<[number, number]> => {
    const losses = await trainer.losses();
    arms.forEach((arm, i) => {
      const loss = losses[i] ?? NaN;
      if (!Number.isFinite(loss)) throw diverged(arm, `its training loss became ${loss}`);
      if (loss > DIVERGED_LOSS) throw diverged(arm, `its training loss reached ${loss.toPrecision(2)}`);
    });
    checkedStep = trainer.steps;
    return losses;
  };

  /** Runs `work` without counting its time as training time. */
  const excluded = async <T>(work: () => Promise<T>): Promise<T> => {
    const began = performance.now();
    try {
      return await work();
    } finally {
      clock.excludedMs += performance.now() - began;
    }
  };

  const evaluateArm = async (arm: Arm, set: EvalSet, showcase = 0): Promise<Evaluation> => {
    const result = await evaluate(arm.model, set, showcase);
    if (!result) throw diverged(arm, 'its predictions became NaN or infinite');
    return result;
  };

  const examplesSeen = (): number => trainer.steps * config.batchSize;
  /** Per arm, over the steps after the warm-up one; `steps` must all be finished on the device. */
  const examplesPerSecond = (steps = trainer.steps): number => {
    const seconds = (performance.now() - clock.start - clock.excludedMs) / 1000;
    return seconds > 0 ? ((steps - 1) * config.batchSize) / seconds : 0;
  };

  /** Values are taken when called: the loop may queue another step while the losses are read. */
  const reportProgress = async (): Promise<void> => {
    const step = trainer.steps;
    const seen = examplesSeen();
    clock.lastProgress = performance.now();
    await checkedLosses();
    hooks.onProgress({
      epoch: Math.ceil(step / stepsPerEpoch),
      step,
      stepsPerEpoch,
      totalSteps,
      examplesSeen: seen,
      examplesPerSecond: examplesPerSecond(step),
      elapsedMs: elapsedMs(),
    });
  };
  /**
   * At most one progress read in flight. Not awaiting it at once lets the next step be queued while
   * the device finishes this one (on a slow device a read is due after every step, and waiting for
   * each would leave the device idle while JavaScript prepares the next); awaiting it before the
   * next read bounds the queue to about one step.
   */
  let progressInFlight: Promise<void> | null = null;
  const settleProgress = async (): Promise<void> => {
    const pending = progressInFlight;
    progressInFlight = null;
    await pending;
  };

  const reportMetrics = async (): Promise<void> => {
    const losses = await checkedLosses();
    const evaluations = await excluded(() => Promise.all(arms.map((arm) => evaluateArm(arm, data.quickTest))));
    const [baseline, mixup] = evaluations.map(
      (evaluation, i): ArmPoint => ({
        trainLoss: losses[i] ?? NaN,
        testAccuracy: evaluation.accuracy,
        testNll: evaluation.nll,
        ece: evaluation.ece,
      }),
    ) as [ArmPoint, ArmPoint];
    hooks.onMetrics({
      step: trainer.steps,
      epoch: trainer.steps / stepsPerEpoch,
      examplesSeen: examplesSeen(),
      baseline,
      mixup,
    });
  };

  const reportEpochEnd = async (): Promise<EpochSummary> => {
    await checkedLosses();
    const [baseline, mixup] = (await excluded(() =>
      Promise.all(
        arms.map(async (arm): Promise<ArmEpochSummary> => {
          const test = await evaluateArm(arm, data.test, SHOWCASE_SIZE);
          const train = await evaluateArm(arm, data.trainEval);
          return { ...test, trainAccuracy: train.accuracy };
        }),
      ),
    )) as [ArmEpochSummary, ArmEpochSummary];
    const summary = {
      epoch: trainer.steps / stepsPerEpoch,
      step: trainer.steps,
      showcaseIndices: data.test.indices.slice(0, SHOWCASE_SIZE),
      baseline,
      mixup,
    };
    hooks.onEpochEnd(summary);
    return summary;
  };

  const attackBothArms = async (): Promise<RunRobustness> => {
    const [baseline, mixup] = (await Promise.all(arms.map((arm) => fgsmAccuracy(arm.model, data.test)))) as [RobustnessPoint[], RobustnessPoint[]];
    return { size: Math.min(ROBUSTNESS_SIZE, data.test.labels.length), baseline, mixup };
  };

  try {
    hooks.onWarmup?.();
    while (trainer.steps < totalSteps) {
      const pauseBegan = performance.now();
      await excluded(() => control.waitWhilePaused());
      clock.pausedMs += performance.now() - pauseBegan;
      if (control.isStopped()) break;
      trainer.step();
      const step = trainer.steps;
      if (step === 1) {
        await checkedLosses();
        clock.start = performance.now();
        clock.excludedMs = 0;
      }
      const epochEnd = step % stepsPerEpoch === 0;
      const metricsDue = step % config.evalEvery === 0;
      if (metricsDue || epochEnd) await settleProgress();
      if (metricsDue) await reportMetrics();
      if (epochEnd) final = await reportEpochEnd();
      if (epochEnd) {
        await reportProgress();
      } else if (performance.now() - clock.lastProgress >= PROGRESS_INTERVAL_MS) {
        await settleProgress();
        progressInFlight = reportProgress();
        // Reported as a divergence when settled; until then it must not count as unhandled.
        progressInFlight.catch(() => undefined);
      }
      if (performance.now() - clock.lastYield >= YIELD_INTERVAL_MS) {
        await yieldToEventLoop();
        clock.lastYield = performance.now();
      }
    }
    await settleProgress();
    const stopped = trainer.steps < totalSteps;
    // A stop leaves steps queued on the device; wait for them so the throughput counts their time.
    if (stopped && trainer.steps > 1) await checkedLosses();
    const throughput = trainer.steps > 1 ? examplesPerSecond() : 0;
    const robustness = stopped ? null : await attackBothArms();
    return {
      stopped,
      steps: trainer.steps,
      epochsCompleted: Math.floor(trainer.steps / stepsPerEpoch),
      examplesPerSecond: throughput,
      elapsedMs: elapsedMs(),
      final,
      robustness,
    };
  } finally {
    trainer.dispose();
  }
}
