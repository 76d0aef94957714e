/**
 * What a sweep's finished runs add up to: per α, the mixup arm's final test metrics as mean ± std
 * over seeds; and the baseline, the reference every α is compared with. Pure, no React.
 */
import type { SweepRun } from '../engine/sweepPlan';
import type { ArmEpochSummary, RunResult } from '../engine/reports';
import { meanStd } from '../mixup/stats';
import type { FinalMetrics, SweepRecord } from '../storage/savedRun';

export const SWEEP_METRICS = ['accuracy', 'nll', 'ece'] as const;
export type SweepMetric = (typeof SWEEP_METRICS)[number];

export interface Spread {
  mean: number;
  /** Sample standard deviation over seeds; 0 with one seed. */
  std: number;
}

export interface SweepStats {
  metrics: Record<SweepMetric, Spread>;
  /** How many seeds the spread is over. */
  seeds: number;
}

export interface SweepPoint extends SweepStats {
  alpha: number;
}

export interface SweepSummary {
  /** Ordered by α. */
  points: SweepPoint[];
  /** Null before any run has finished. */
  baseline: SweepStats | null;
}

function statsOf(metrics: readonly FinalMetrics[]): SweepStats {
  const spread = (metric: SweepMetric): Spread => meanStd(metrics.map((m) => m[metric]));
  return { metrics: { accuracy: spread('accuracy'), nll: spread('nll'), ece: spread('ece') }, seeds: metrics.length };
}

/**
 * The baseline arm sees the same data in the same order whatever α is, so each seed's baseline is
 * taken once (from its first run), not counted again for every α.
 */
export function summariseSweep(records: readonly SweepRecord[]): SweepSummary {
  const byAlpha = new Map<number, FinalMetrics[]>();
  const baselineBySeed = new Map<number, FinalMetrics>();
  for (const record of records) {
    byAlpha.set(record.alpha, [...(byAlpha.get(record.alpha) ?? []), record.mixup]);
    if (!baselineBySeed.has(record.seed)) baselineBySeed.set(record.seed, record.baseline);
  }
  const points = [...byAlpha.entries()]
    .sort(([a], [b]) => a - b)
    .map(([alpha, metrics]) => ({ alpha, ...statsOf(metrics) }));
  return { points, baseline: baselineBySeed.size ? statsOf([...baselineBySeed.values()]) : null };
}

const finalMetrics = ({ accuracy, nll, ece }: ArmEpochSummary): FinalMetrics => ({ accuracy, nll, ece });

/** A sweep point from a run's result; null for a run that was stopped before its last epoch. */
export function recordOf(run: SweepRun, result: RunResult): SweepRecord | null {
  if (result.stopped || !result.final) return null;
  return {
    alpha: run.alpha,
    seed: run.seed,
    baseline: finalMetrics(result.final.baseline),
    mixup: finalMetrics(result.final.mixup),
    elapsedMs: result.elapsedMs,
  };
}
