/**
 * How far a sweep has got and how long the rest will take, from the runs already finished and the
 * progress of the one in flight. Pure, no React.
 */
import type { ProgressUpdate } from '../engine/reports';
import { estimateMsLeft } from './timeLeft';

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
 * Milliseconds left, or null while there is nothing to go on. Every run of a sweep has the same
 * budget, so a finished run's time predicts the others'; before one has finished, the run in flight's
 * own estimate does.
 */
export function sweepMsLeft({ totalRuns, finishedMs, current }: SweepProgressInput): number | null {
  const runsAfterCurrent = Math.max(0, totalRuns - finishedMs.length - (current ? 1 : 0));
  const currentLeft = current ? estimateMsLeft(current) : null;
  if (finishedMs.length > 0) {
    const perRun = finishedMs.reduce((sum, ms) => sum + ms, 0) / finishedMs.length;
    const inFlight = current ? (currentLeft ?? Math.max(0, perRun - current.elapsedMs)) : 0;
    return inFlight + runsAfterCurrent * perRun;
  }
  if (!current || currentLeft === null) return null;
  return currentLeft + runsAfterCurrent * (current.elapsedMs + currentLeft);
}
