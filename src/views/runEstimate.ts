/**
 * How long a run takes, from its configuration and a measured pace (contract/reports.ts's `WorkPace`).
 * Steps alone mislead: on wasm the epoch-end evaluations of 10,000 test digits and the final FGSM attack
 * are a large share of a run, and they come in lumps. So the work is counted by kind, in examples through
 * one arm, and each kind is timed at its own pace: before a run, the pace measured last time on this
 * backend; during it, the run's own as far as it has measured one. Pure, no React.
 */
import { ROBUSTNESS_SIZE } from '../contract/attackSettings';
import { ConfigError, validateConfig, type TrainConfig } from '../contract/config';
import type { ProgressUpdate, WorkPace } from '../contract/reports';
import { parseAlphaList, planSweep, SweepListError, type SweepRun } from '../contract/sweepPlan';
import { MIN_STEPS_FOR_ESTIMATE } from './timeLeft';

/** How many arms a run trains: a paired run both, a run that reuses a baseline the mixup arm alone. */
export type ArmCount = 1 | 2;

/** A run's work in examples through one arm, by kind. */
export type Work = Record<keyof WorkPace, number>;

export interface PlannedRun {
  config: TrainConfig;
  arms: ArmCount;
}

/**
 * The work left once `step` steps are done, counting the evaluations due at `step` as done (the worker
 * reports progress after them). The last partial batch of an epoch is dropped, as the trainer does.
 */
export function workAfter(config: TrainConfig, step: number, arms: ArmCount = 2): Work {
  const stepsPerEpoch = Math.floor(config.trainSize / config.batchSize);
  const totalSteps = config.epochs * stepsPerEpoch;
  const quickLeft = Math.floor(totalSteps / config.evalEvery) - Math.floor(step / config.evalEvery);
  const epochsLeft = config.epochs - Math.floor(step / stepsPerEpoch);
  const quickSize = Math.min(config.quickEvalSize, config.testSize);
  const epochEndSize = config.testSize + Math.min(config.trainEvalSize, config.trainSize);
  return {
    train: arms * Math.max(0, totalSteps - step) * config.batchSize,
    evaluate: arms * (quickLeft * quickSize + epochsLeft * epochEndSize),
    attack: arms * Math.min(ROBUSTNESS_SIZE, config.testSize),
  };
}

export function durationMs(work: Work, pace: WorkPace): number {
  return 1000 * (work.train / pace.train + work.evaluate / pace.evaluate + work.attack / pace.attack);
}

/** The expected time of a plan of runs (one run, or a sweep's) at a measured pace. */
export function expectedMs(runs: readonly PlannedRun[], pace: WorkPace): number {
  return runs.reduce((sum, run) => sum + durationMs(workAfter(run.config, 0, run.arms), pace), 0);
}

/** Nothing to time while a setting is refused: Start and Run sweep would refuse it too. */
function unlessRefused(plan: () => PlannedRun[]): PlannedRun[] {
  try {
    return plan();
  } catch (error) {
    if (error instanceof ConfigError || error instanceof SweepListError) return [];
    throw error;
  }
}

/** The draft as the paired run Start would train. */
export function draftRuns(draft: TrainConfig): PlannedRun[] {
  return unlessRefused(() => [{ config: validateConfig(draft), arms: 2 }]);
}

/** The sweep's runs as the runner trains them: paired where a seed's baseline is trained, else the mixup arm alone. */
export function plannedSweepRuns(plan: readonly SweepRun[]): PlannedRun[] {
  return plan.map(({ config, trainsBaseline }) => ({ config, arms: trainsBaseline ? 2 : 1 }));
}

/** The α sweep the sweep form would run. */
export function sweepRuns(draft: TrainConfig, alphaText: string, seedCount: number): PlannedRun[] {
  return unlessRefused(() => plannedSweepRuns(planSweep(draft, parseAlphaList(alphaText, draft), seedCount)));
}

export type RunFigures = Pick<ProgressUpdate, 'step' | 'examplesPerSecond' | 'evaluationPace'>;

/**
 * Milliseconds a run still needs, or null while there is too little to go on. Training is timed at the
 * run's own pace, and evaluations at its latest epoch-end evaluation's; until the first, and for the
 * attack, which comes only at the end, the pace measured before (`measured`) stands in.
 */
export function runMsLeft(
  progress: RunFigures,
  config: TrainConfig,
  measured: WorkPace | null,
  arms: ArmCount = 2,
): number | null {
  if (progress.step < MIN_STEPS_FOR_ESTIMATE || progress.examplesPerSecond <= 0) return null;
  const evaluate = progress.evaluationPace ?? measured?.evaluate;
  if (evaluate === undefined || measured === null) return null;
  const pace = { train: arms * progress.examplesPerSecond, evaluate, attack: measured.attack };
  return durationMs(workAfter(config, progress.step, arms), pace);
}
