/**
 * What a paired run reports: progress, quick evaluations, epoch summaries and the result. They travel
 * from the worker to the page in protocol.ts's events, are saved and exported, so they are plain data
 * with no TF.js: the page imports them without loading the engine.
 */
import type { Predictions, ReliabilityBin } from '../mixup/metrics';
import type { TrainConfig } from './config';

export interface Evaluation {
  accuracy: number;
  nll: number;
  /** Expected calibration error over 15 confidence bins. */
  ece: number;
  /** Accuracy on the examples of each true class; NaN for a class with no examples. */
  perClassAccuracy: number[];
  reliability: ReliabilityBin[];
  /** Predicted class and confidence of the set's first `showcase` examples. */
  showcase: Predictions;
}

/** Accuracy under an FGSM attack of strength ε (a fraction of the pixel range). */
export interface RobustnessPoint {
  epsilon: number;
  accuracy: number;
}

export interface ProgressUpdate {
  /** 1-based epoch the last step belonged to. */
  epoch: number;
  /** Steps done so far; each step trains both arms on one batch. */
  step: number;
  stepsPerEpoch: number;
  totalSteps: number;
  /** Training examples each arm has seen. */
  examplesSeen: number;
  /** Per arm, training only: pauses, evaluations and the first (warm-up) step are left out. */
  examplesPerSecond: number;
  /** Time since the run started, evaluations included and pauses left out: what predicts the time left. */
  elapsedMs: number;
  /**
   * Digits per second through one arm in the epoch-end evaluations after the first, null until then:
   * the first is slow while wasm grows its memory (a run on this machine's wasm took a third longer
   * than its later ones predicted from it).
   */
  evaluationPace: number | null;
}

/**
 * How fast a backend does each kind of work, in examples through one arm per second: one training
 * example of a paired step counts twice. A run's duration follows from these (views/runEstimate.ts);
 * the worker measures them in every run and in a short calibration run.
 */
export interface WorkPace {
  train: number;
  evaluate: number;
  /** The FGSM attack: one gradient and a forward pass per ε, so several times an evaluation's cost. */
  attack: number;
}

/**
 * What a pace is measured for besides the backend and engine: a step's fixed costs do not shrink with the batch, so a
 * pace measured at batch 16 would time a run at batch 32 far too slow.
 */
export type PaceShape = Pick<TrainConfig, 'model' | 'batchSize'>;

/** A quick evaluation on the fixed quick-eval test subset. */
export interface ArmPoint {
  /** Exponential moving average of the arm's training objective, bias-corrected. */
  trainLoss: number;
  testAccuracy: number;
  testNll: number;
  ece: number;
}

export interface MetricsPoint {
  step: number;
  /** step / stepsPerEpoch: the x value of the curves. */
  epoch: number;
  examplesSeen: number;
  baseline: ArmPoint;
  mixup: ArmPoint;
}

/** An evaluation on the test subset, plus accuracy on the clean train-eval subset. */
export interface ArmEpochSummary extends Evaluation {
  trainAccuracy: number;
}

export interface EpochSummary {
  /** 1-based epoch just completed. */
  epoch: number;
  step: number;
  /** Test-set indices of the digits in each arm's `showcase`, in the same order. */
  showcaseIndices: Int32Array;
  baseline: ArmEpochSummary;
  mixup: ArmEpochSummary;
}

export interface RunResult {
  /** True when control.isStopped() ended the run early. */
  stopped: boolean;
  steps: number;
  epochsCompleted: number;
  examplesPerSecond: number;
  /** Wall time of the run, evaluations included and pauses left out. */
  elapsedMs: number;
  /** The last epoch's summary; null when the run stopped before finishing an epoch. */
  final: EpochSummary | null;
  /** Each arm's accuracy under FGSM attack once the run has finished; null when it was stopped. */
  robustness: RunRobustness | null;
}

export interface RunRobustness {
  /** How many test digits were attacked: the first of the epoch-end test subset. */
  size: number;
  baseline: RobustnessPoint[];
  mixup: RobustnessPoint[];
}

/**
 * A baseline a run does not train because an earlier run already did: a run whose config trains the same baseline
 * (config.ts's sameBaseline) trains it identically, so its reports are that run's, step for step. What an α sweep
 * sends for every α after a seed's first, so each seed's baseline is trained once.
 */
export interface ReusedBaseline {
  /** The config of the run that trained it. */
  config: TrainConfig;
  /** That run's quick evaluations, epoch summaries and robustness; only their baseline entries are read. */
  points: MetricsPoint[];
  epochs: EpochSummary[];
  robustness: RunRobustness;
}
