/**
 * The paired run: a baseline (plain ERM) and a mixup arm trained from the same initial weights on
 * the same batches, step for step, so any difference between their curves is mixup's doing. It
 * reports through hooks and never touches postMessage, so a worker and a Node script share it.
 * A run given an earlier run's baseline (ReusedBaseline) trains the mixup arm alone and reports
 * that baseline, which it would have trained identically.
 */
import { t } from '../i18n/i18n';
import { BatchPlanner } from './batches';
import type { TrainConfig } from '../contract/config';
import type { DeviceData, EvalSet } from './deviceData';
import { evaluate } from './evaluate';
import { buildModel } from './models';
import { ARMS, type ArmName } from '../contract/protocol';
import type {
  ArmEpochSummary,
  ArmPoint,
  EpochSummary,
  Evaluation,
  MetricsPoint,
  ProgressUpdate,
  ReusedBaseline,
  RobustnessPoint,
  RunResult,
  RunRobustness,
  WorkPace,
} from '../contract/reports';
import { ROBUSTNESS_SIZE } from '../contract/attackSettings';
import { fgsmAccuracy } from './robustness';
import { LOSS_EMA_DECAY, type EngineName, type PairedStepper, type StepperArm, type StepperFactory } from './stepper';
import { createTfjsStepper } from './tfjsStepper';

/** How many test digits each epoch summary carries both arms' predictions for. */
export const SHOWCASE_SIZE = 100;

export interface TrainerHooks {
  /** Before the first step, whose kernel compilation makes it slow. */
  onWarmup?(): void;
  onProgress(progress: ProgressUpdate): void;
  onMetrics(point: MetricsPoint): void;
  onEpochEnd(summary: EpochSummary): void;
  /** When a run has finished (not stopped): how fast it trained, evaluated and attacked. */
  onPace?(pace: WorkPace): void;
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

export type Arm = StepperArm;

/**
 * The arms trained (both, or the mixup arm alone) and their shared batch plan, advanced one step at a
 * time by a stepper (the TF.js reference unless another is given). Every model is built from the run's
 * seed, so the arms start from identical weights.
 */
export class PairedTrainer {
  /** In ARMS order. */
  readonly arms: readonly Arm[];
  readonly stepsPerEpoch: number;
  private readonly planner: BatchPlanner;
  private readonly stepper: PairedStepper;
  private stepsDone = 0;

  constructor(
    data: DeviceData,
    config: TrainConfig,
    trained: readonly ArmName[] = ARMS,
    createStepper: StepperFactory = createTfjsStepper,
  ) {
    this.planner = new BatchPlanner(data.train.count, config);
    this.stepsPerEpoch = this.planner.stepsPerEpoch;
    this.arms = ARMS.filter((name) => trained.includes(name)).map((name) => ({
      name,
      model: buildModel(config.model, config.seed),
    }));
    try {
      this.stepper = createStepper(this.arms, data, config);
    } catch (error) {
      this.arms.forEach((arm) => arm.model.dispose());
      throw error;
    }
  }

  get steps(): number {
    return this.stepsDone;
  }

  get engine(): EngineName {
    return this.stepper.engine;
  }

  /**
   * Baseline then mixup on the same examples; queues device work and returns without waiting. The plan
   * is drawn whichever arms train, so a mixup arm trained alone sees the batches it would see paired.
   */
  step(): void {
    this.stepper.step(this.planner.next());
    this.stepsDone++;
  }

  /** The arms' models holding the current weights, for evaluation. */
  syncedArms(): readonly Arm[] {
    this.stepper.syncModels();
    return this.arms;
  }

  /** The arms' smoothed losses, bias-corrected, in `arms` order; reading them waits for the queued steps. */
  async losses(): Promise<number[]> {
    const values = await this.stepper.lossAverages();
    const correction = 1 - LOSS_EMA_DECAY ** this.stepsDone;
    return values.map((value) => value / correction);
  }

  dispose(): void {
    this.stepper.dispose();
    this.arms.forEach((arm) => arm.model.dispose());
  }
}

function divergenceAdvice(config: TrainConfig): string {
  const safe = SAFE_LEARNING_RATE[config.optimizer];
  const optimizer = config.optimizer === 'adam' ? 'Adam' : 'SGD';
  if (config.learningRate > safe) {
    return t('errors:diverged.tooHigh', { rate: config.learningRate, optimizer, safe });
  }
  const rate = config.learningRate;
  return config.weightDecay > 0 ? t('errors:diverged.lowerOrDecay', { rate }) : t('errors:diverged.lower', { rate });
}

const yieldToEventLoop = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 0));

/** Where a run's time goes: wall time with pauses left out, and training time with evaluations left out too. */
class RunClock {
  private readonly began = performance.now();
  private pausedMs = 0;
  private trainingBegan = 0;
  private excludedMs = 0;

  /** Time since the run began, evaluations included and pauses left out. */
  elapsedMs(): number {
    return performance.now() - this.began - this.pausedMs;
  }

  /** Runs `work` without counting its time as training time. */
  async excluded<T>(work: () => Promise<T>): Promise<T> {
    const began = performance.now();
    try {
      return await work();
    } finally {
      this.excludedMs += performance.now() - began;
    }
  }

  /** Waits out a pause, which counts neither as training time nor as the run's time. */
  async pause(wait: () => Promise<void>): Promise<void> {
    const began = performance.now();
    await this.excluded(wait);
    this.pausedMs += performance.now() - began;
  }

  /** Training time starts after the warm-up step, whose kernel compilation would skew it. */
  startTraining(): void {
    this.trainingBegan = performance.now();
    this.excludedMs = 0;
  }

  /** Per arm, over the steps after the warm-up one; `steps` must all be finished on the device. */
  examplesPerSecond(steps: number, batchSize: number): number {
    const seconds = (performance.now() - this.trainingBegan - this.excludedMs) / 1000;
    return seconds > 0 ? ((steps - 1) * batchSize) / seconds : 0;
  }
}

/**
 * What a run reports, each read checked for divergence: progress, quick evaluations, epoch
 * summaries and the robustness of the finished arms.
 */
class RunReporter {
  /** The last step whose losses were read and found finite: a divergence lies after it. */
  private checkedStep = 0;
  private lastProgress = 0;
  /**
   * At most one progress read in flight. Not awaiting it at once lets the next step be queued while
   * the device finishes this one (on a slow device a read is due after every step, and waiting for
   * each would leave the device idle while JavaScript prepares the next); awaiting it before the
   * next read bounds the queue to about one step.
   */
  private progressInFlight: Promise<void> | null = null;
  /** Digits per second through one arm in the latest epoch-end evaluation. */
  latestEvaluationPace: number | null = null;
  /**
   * The epoch-end evaluations from the second on, summed: their pace is what progress reports (see
   * ProgressUpdate). Summed rather than the latest alone, since one slow evaluation (a collection, a burst
   * of other work) would otherwise double the time left until the next.
   */
  private laterEvaluations = { examples: 0, ms: 0 };

  get evaluationPace(): number | null {
    const { examples, ms } = this.laterEvaluations;
    return examples > 0 ? (examples * 1000) / Math.max(1, ms) : null;
  }

  constructor(
    private readonly trainer: PairedTrainer,
    private readonly data: DeviceData,
    private readonly config: TrainConfig,
    private readonly hooks: TrainerHooks,
    private readonly clock: RunClock,
    private readonly reused: ReusedBaseline | null,
  ) {}

  /**
   * Both arms' entries of a report: the trained arms' as measured (in `arms` order), a reused baseline's
   * as `replay` finds it in the run that trained it.
   */
  private bothArms<T>(
    measured: readonly T[],
    replay: (reused: ReusedBaseline) => T | undefined,
    what: string,
  ): Record<ArmName, T> {
    const byName = new Map(this.trainer.arms.map((arm, i) => [arm.name, measured[i]]));
    const baseline = byName.get('baseline') ?? (this.reused ? replay(this.reused) : undefined);
    const mixup = byName.get('mixup');
    if (baseline === undefined || mixup === undefined) {
      throw new Error(
        `the reused baseline has no ${what}; reuse only a finished run with the same settings but mixing`,
      );
    }
    return { baseline, mixup };
  }

  private get totalSteps(): number {
    return this.config.epochs * this.trainer.stepsPerEpoch;
  }

  examplesPerSecond(steps = this.trainer.steps): number {
    return this.clock.examplesPerSecond(steps, this.config.batchSize);
  }

  private diverged(arm: Arm, what: string): TrainingDivergedError {
    const { steps } = this.trainer;
    return new TrainingDivergedError(
      arm.name,
      steps,
      t('errors:diverged.message', {
        arm: t(`errors:diverged.arm.${arm.name}`),
        from: this.checkedStep,
        to: steps,
        what,
        advice: divergenceAdvice(this.config),
      }),
    );
  }

  /** The trained arms' smoothed losses; waits for the queued steps. */
  async checkedLosses(): Promise<number[]> {
    const losses = await this.trainer.losses();
    this.trainer.arms.forEach((arm, i) => {
      const loss = losses[i] ?? NaN;
      if (!Number.isFinite(loss)) throw this.diverged(arm, t('errors:diverged.lossBecame', { loss: String(loss) }));
      if (loss > DIVERGED_LOSS)
        throw this.diverged(arm, t('errors:diverged.lossReached', { loss: loss.toPrecision(2) }));
    });
    this.checkedStep = this.trainer.steps;
    return losses;
  }

  private async evaluateArm(arm: Arm, set: EvalSet, showcase = 0): Promise<Evaluation> {
    const result = await evaluate(arm.model, set, showcase);
    if (!result) throw this.diverged(arm, t('errors:diverged.predictions'));
    return result;
  }

  progressDue(): boolean {
    return performance.now() - this.lastProgress >= PROGRESS_INTERVAL_MS;
  }

  /** Values are taken when called: the loop may queue another step while the losses are read. */
  async progress(): Promise<void> {
    const step = this.trainer.steps;
    const { stepsPerEpoch } = this.trainer;
    const examplesSeen = step * this.config.batchSize;
    this.lastProgress = performance.now();
    await this.checkedLosses();
    this.hooks.onProgress({
      epoch: Math.ceil(step / stepsPerEpoch),
      step,
      stepsPerEpoch,
      totalSteps: this.totalSteps,
      examplesSeen,
      examplesPerSecond: this.examplesPerSecond(step),
      elapsedMs: this.clock.elapsedMs(),
      evaluationPace: this.evaluationPace,
    });
  }

  /** Starts a progress report without waiting for it, once the one before has settled. */
  async progressInBackground(): Promise<void> {
    await this.settleProgress();
    this.progressInFlight = this.progress();
    // Reported as a divergence when settled; until then it must not count as unhandled.
    this.progressInFlight.catch(() => undefined);
  }

  async settleProgress(): Promise<void> {
    const pending = this.progressInFlight;
    this.progressInFlight = null;
    await pending;
  }

  async metrics(): Promise<void> {
    const { trainer, data } = this;
    const losses = await this.checkedLosses();
    const evaluations = await this.clock.excluded(() =>
      Promise.all(trainer.syncedArms().map((arm) => this.evaluateArm(arm, data.quickTest))),
    );
    const measured = evaluations.map((evaluation, i): ArmPoint => ({
      trainLoss: losses[i] ?? NaN,
      testAccuracy: evaluation.accuracy,
      testNll: evaluation.nll,
      ece: evaluation.ece,
    }));
    const { steps } = trainer;
    this.hooks.onMetrics({
      step: steps,
      epoch: steps / trainer.stepsPerEpoch,
      examplesSeen: steps * this.config.batchSize,
      ...this.bothArms(
        measured,
        (reused) => reused.points.find((point) => point.step === steps)?.baseline,
        `quick evaluation at step ${steps}`,
      ),
    });
  }

  async epochEnd(): Promise<EpochSummary> {
    const { trainer, data } = this;
    await this.checkedLosses();
    const began = performance.now();
    const measured = await this.clock.excluded(() =>
      Promise.all(
        trainer.syncedArms().map(async (arm): Promise<ArmEpochSummary> => {
          const test = await this.evaluateArm(arm, data.test, SHOWCASE_SIZE);
          const train = await this.evaluateArm(arm, data.trainEval);
          return { ...test, trainAccuracy: train.accuracy };
        }),
      ),
    );
    const examples = trainer.arms.length * (data.test.labels.length + data.trainEval.labels.length);
    const ms = performance.now() - began;
    this.latestEvaluationPace = (examples * 1000) / Math.max(1, ms);
    const { steps } = trainer;
    if (steps > trainer.stepsPerEpoch) {
      this.laterEvaluations = {
        examples: this.laterEvaluations.examples + examples,
        ms: this.laterEvaluations.ms + ms,
      };
    }
    const summary = {
      epoch: steps / trainer.stepsPerEpoch,
      step: steps,
      showcaseIndices: data.test.indices.slice(0, SHOWCASE_SIZE),
      ...this.bothArms(
        measured,
        (reused) => reused.epochs.find((epoch) => epoch.step === steps)?.baseline,
        `epoch summary at step ${steps}`,
      ),
    };
    this.hooks.onEpochEnd(summary);
    return summary;
  }

  async robustness(): Promise<RunRobustness> {
    const { trainer, data } = this;
    const measured = await Promise.all(trainer.syncedArms().map((arm) => fgsmAccuracy(arm.model, data.test)));
    return {
      size: Math.min(ROBUSTNESS_SIZE, data.test.labels.length),
      ...this.bothArms<RobustnessPoint[]>(measured, (reused) => reused.robustness.baseline, 'robustness'),
    };
  }
}

/** The arms a run trains: both, or the mixup arm alone when it is given the baseline. */
export const trainedArms = (reused: ReusedBaseline | null): ArmName[] => (reused ? ['mixup'] : [...ARMS]);

/**
 * Trains both arms for config.epochs on `data` (uploaded with the same config). Steps interleave:
 * baseline then mixup on the same batch. Every evalEvery steps both arms are evaluated on the
 * quick-eval subset; at each epoch's end on the full test set and the train-eval subset. Given
 * `reused` (a finished run whose config trains the same baseline), the mixup arm trains alone and
 * every report carries `reused`'s baseline entries at the same step.
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
  reused: ReusedBaseline | null = null,
  createStepper: StepperFactory = createTfjsStepper,
): Promise<RunResult> {
  const trainer = new PairedTrainer(data, config, trainedArms(reused), createStepper);
  const { stepsPerEpoch } = trainer;
  const totalSteps = config.epochs * stepsPerEpoch;
  const clock = new RunClock();
  const report = new RunReporter(trainer, data, config, hooks, clock, reused);
  let final: EpochSummary | null = null;
  let lastYield = 0;
  try {
    hooks.onWarmup?.();
    while (trainer.steps < totalSteps) {
      await clock.pause(() => control.waitWhilePaused());
      if (control.isStopped()) break;
      trainer.step();
      const step = trainer.steps;
      if (step === 1) {
        await report.checkedLosses();
        clock.startTraining();
      }
      const epochEnd = step % stepsPerEpoch === 0;
      const metricsDue = step % config.evalEvery === 0;
      if (metricsDue || epochEnd) await report.settleProgress();
      if (metricsDue) await report.metrics();
      if (epochEnd) {
        final = await report.epochEnd();
        await report.progress();
      } else if (report.progressDue()) {
        await report.progressInBackground();
      }
      if (performance.now() - lastYield >= YIELD_INTERVAL_MS) {
        await yieldToEventLoop();
        lastYield = performance.now();
      }
    }
    await report.settleProgress();
    const stopped = trainer.steps < totalSteps;
    // A stop leaves steps queued on the device; wait for them so the throughput counts their time.
    if (stopped && trainer.steps > 1) await report.checkedLosses();
    const examplesPerSecond = trainer.steps > 1 ? report.examplesPerSecond() : 0;
    const attackBegan = performance.now();
    const robustness = stopped ? null : await report.robustness();
    const attackMs = performance.now() - attackBegan;
    // A one-step run has no training pace (the warm-up step is left out), and a pace of 0 predicts nothing.
    if (robustness && examplesPerSecond > 0 && report.latestEvaluationPace && attackMs > 0) {
      hooks.onPace?.({
        train: trainer.arms.length * examplesPerSecond,
        evaluate: report.latestEvaluationPace,
        attack: (trainer.arms.length * robustness.size * 1000) / attackMs,
      });
    }
    return {
      stopped,
      steps: trainer.steps,
      epochsCompleted: Math.floor(trainer.steps / stepsPerEpoch),
      examplesPerSecond,
      elapsedMs: clock.elapsedMs(),
      final,
      robustness,
    };
  } finally {
    trainer.dispose();
  }
}
