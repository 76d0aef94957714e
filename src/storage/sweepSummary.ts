/**
 * What a sweep's finished runs add up to: per α, the mixup arm's final test metrics as mean ± std
 * over seeds; and the baseline, the reference every α is compared with. Pure, no React.
 */
import type { SweepRun } from '../contract/sweepPlan';
import type { ArmEpochSummary, RunResult } from '../contract/reports';
import { beyondSpread, meanStd } from '../mixup/stats';

/** The final metrics of one arm, as a sweep keeps them. */
export type FinalMetrics = Pick<ArmEpochSummary, 'accuracy' | 'nll' | 'ece'>;

/** One finished run of a sweep. */
export interface SweepRecord {
  alpha: number;
  seed: number;
  baseline: FinalMetrics;
  mixup: FinalMetrics;
  /** The run's wall time, pauses left out: what the time left of the sweep is estimated from. */
  elapsedMs: number;
  /**
   * Whether the run trained the baseline, or reused its seed's (then `baseline` is that run's, and the run took about
   * half the time). Records saved before baselines were reused read as true.
   */
  trainedBaseline: boolean;
}

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
 * taken once (from its first run), not counted again for every α. α = 0 is plain training: where
 * `alphas` lists it, its point is the baseline's (sweeps saved before baselines were reused trained
 * it, to the same numbers, and their α = 0 runs are read as baselines).
 */
export function summariseSweep(records: readonly SweepRecord[], alphas: readonly number[]): SweepSummary {
  const byAlpha = new Map<number, FinalMetrics[]>();
  const baselineBySeed = new Map<number, FinalMetrics>();
  for (const record of records) {
    if (record.alpha !== 0) byAlpha.set(record.alpha, [...(byAlpha.get(record.alpha) ?? []), record.mixup]);
    if (!baselineBySeed.has(record.seed)) baselineBySeed.set(record.seed, record.baseline);
  }
  const baseline = baselineBySeed.size ? statsOf([...baselineBySeed.values()]) : null;
  const points = [...byAlpha.entries()].map(([alpha, metrics]) => ({ alpha, ...statsOf(metrics) }));
  if (baseline && alphas.includes(0)) points.push({ alpha: 0, ...baseline });
  return { points: points.sort((a, b) => a.alpha - b.alpha), baseline };
}

/** One α's runs against their own seeds' baselines. */
export interface AlphaComparison {
  alpha: number;
  mixup: SweepStats;
  /** Over the same seeds as `mixup`. */
  baseline: SweepStats;
  /**
   * Per seed, mixup minus baseline. A seed's two arms share their initial weights and batches, so this
   * spread is the noise the gap itself carries, smaller than the two arms' spreads side by side.
   */
  gap: SweepStats;
}

const difference = (a: FinalMetrics, b: FinalMetrics): FinalMetrics => ({
  accuracy: a.accuracy - b.accuracy,
  nll: a.nll - b.nll,
  ece: a.ece - b.ece,
});

/** The finished runs of `alpha` against their baselines; null before one has finished. */
export function compareAlpha(records: readonly SweepRecord[], alpha: number): AlphaComparison | null {
  const runs = records.filter((record) => record.alpha === alpha);
  if (!runs.length) return null;
  return {
    alpha,
    mixup: statsOf(runs.map((run) => run.mixup)),
    baseline: statsOf(runs.map((run) => run.baseline)),
    gap: statsOf(runs.map((run) => difference(run.mixup, run.baseline))),
  };
}

/** The α whose mixup arm has the highest mean test accuracy over seeds; α = 0, the baseline, is not a candidate. */
export function bestAlpha(records: readonly SweepRecord[]): AlphaComparison | null {
  const alphas = [...new Set(records.map((record) => record.alpha))].filter((alpha) => alpha !== 0);
  return alphas
    .map((alpha) => compareAlpha(records, alpha))
    .reduce<AlphaComparison | null>(
      (best, next) =>
        next && (!best || next.mixup.metrics.accuracy.mean > best.mixup.metrics.accuracy.mean) ? next : best,
      null,
    );
}

/**
 * Whether a gap stands out of the seeds' noise: its mean further from 0 than one standard deviation of the per-seed
 * gaps. One seed has no spread, so it cannot tell.
 */
export function gapVerdict(
  gap: SweepStats,
  metric: SweepMetric = 'accuracy',
): 'one seed' | 'beyond noise' | 'within noise' {
  if (gap.seeds < 2) return 'one seed';
  const { mean, std } = gap.metrics[metric];
  return beyondSpread(mean, std) ? 'beyond noise' : 'within noise';
}

const finalMetrics = ({ accuracy, nll, ece }: ArmEpochSummary): FinalMetrics => ({ accuracy, nll, ece });

/**
 * A sweep point from a run's result; null for a run that was stopped before its last epoch. `trainedBaseline`: whether
 * the run trained its baseline, or was given its seed's.
 */
export function recordOf(run: SweepRun, result: RunResult, trainedBaseline: boolean): SweepRecord | null {
  if (result.stopped || !result.final) return null;
  return {
    alpha: run.alpha,
    seed: run.seed,
    baseline: finalMetrics(result.final.baseline),
    mixup: finalMetrics(result.final.mixup),
    elapsedMs: result.elapsedMs,
    trainedBaseline,
  };
}
