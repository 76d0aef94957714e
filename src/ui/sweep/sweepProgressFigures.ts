/**
 * How far a sweep has got and how long the rest will take, from the runs already finished and the
 * progress of the one in flight. Pure, no React.
 */
import type { ProgressUpdate, WorkPace } from '../../contract/reports';
import {
  durationMs,
  expectedMs,
  runMsLeft,
  workAfter,
  type PlannedRun,
  type RunFigures,
} from '../../views/runEstimate';

export type RunProgressFigures = Pick<ProgressUpdate, 'step' | 'totalSteps' | 'elapsedMs'>;

export interface SweepProgressInput {
  totalRuns: number;
  /** Wall times of the runs finished so far, pauses left out. */
  finishedMs: readonly number[];
  /** The run in flight; null between runs or before its first step is reported. */
  current: RunProgressFigures | null;
}

/** The fraction of the sweep done, counting the run in flight by its steps. */
export function sweepFraction({ totalRuns, finishedMs, current }: SweepProgressInput): number {
  if (totalRuns <= 0) return 0;
  const currentPart = current && current.totalSteps > 0 ? current.step / current.totalSteps : 0;
  return Math.min(1, (finishedMs.length + currentPart) / totalRuns);
}

/**
 * Milliseconds left, or null before a pace is known: the run in flight at its own pace (runMsLeft), or the
 * measured one while it is too young for its own, and the runs not started at the measured pace, each by
 * the arms it trains, so a sweep's later α, which reuse the seed's baseline, count half.
 */
export function sweepMsLeft(
  plan: readonly PlannedRun[],
  next: number,
  current: RunFigures | null,
  pace: WorkPace | null,
): number | null {
  if (pace === null) return null;
  const inFlight = plan[next];
  if (!current || !inFlight) return expectedMs(plan.slice(next), pace);
  const { config, arms } = inFlight;
  const inFlightLeft =
    runMsLeft(current, config, pace, arms) ?? durationMs(workAfter(config, current.step, arms), pace);
  return inFlightLeft + expectedMs(plan.slice(next + 1), pace);
}
