/**
 * The results table's content, without React: which epoch was best, which arm did better on each
 * metric, and how each number is written. Both arms are read from the same epoch summaries, so the
 * comparison is like for like.
 */
import type { ArmEpochSummary, EpochSummary, RunResult } from '../contract/reports';
import type { ArmName } from '../contract/protocol';
import { judgeGap, type GapMetric, type Judgement, type Spread } from './gapSpread';
import { formatDuration } from './timeLeft';
import { formatNumber, formatPercent, t } from '../i18n/i18n';

/** How a metric is written, and the smallest difference that shows in that writing. */
interface NumberFormat {
  show: (value: number) => string;
  resolution: number;
}

export const PERCENT: NumberFormat = { show: (x) => formatPercent(x, 2), resolution: 1e-4 };
export const PERCENTAGE_POINTS: NumberFormat = {
  show: (x) => t('runs:summary.percentagePoints', { value: formatNumber(100 * x, 2) }),
  resolution: 1e-4,
};
export const DECIMAL: NumberFormat = { show: (x) => formatNumber(x, 3), resolution: 1e-3 };

export type Direction = 'higher' | 'lower';

/**
 * The arm whose value is better, or null for a tie. Values that read the same once written are a
 * tie: marking one of two identical-looking numbers as better would only confuse.
 */
export function betterArm(
  values: Readonly<Record<ArmName, number>>,
  direction: Direction,
  format: NumberFormat,
): ArmName | null {
  const baseline = Math.round(values.baseline / format.resolution);
  const mixup = Math.round(values.mixup / format.resolution);
  if (baseline === mixup) return null;
  return baseline > mixup === (direction === 'higher') ? 'baseline' : 'mixup';
}

export interface BestEpoch {
  accuracy: number;
  /** 1-based; the earliest epoch when several reach the same accuracy. */
  epoch: number;
}

/** The epoch at which an arm's test accuracy peaked, or null before any epoch has ended. */
export function bestEpoch(epochs: readonly EpochSummary[], arm: ArmName): BestEpoch | null {
  let best: BestEpoch | null = null;
  for (const summary of epochs) {
    const accuracy = summary[arm].accuracy;
    if (best === null || accuracy > best.accuracy) best = { accuracy, epoch: summary.epoch };
  }
  return best;
}

/**
 * A metric measured on each arm; `mark` is null for a tie and where neither value is better, or where no
 * spread between seeds is ever measured (best accuracy, the generalisation gap).
 */
export interface ComparedRow {
  kind: 'compared';
  label: string;
  cells: Record<ArmName, string>;
  mark: Judgement | null;
}

/**
 * The arm ahead, judged against the spread of the gap between seeds: 'clear' only when the gap is larger. A
 * difference too small to show in the written values marks nothing.
 */
export function markOf(
  values: Readonly<Record<ArmName, number>>,
  direction: Direction,
  format: NumberFormat,
  spread: number | null,
): Judgement | null {
  const ahead = betterArm(values, direction, format);
  return ahead && { ahead, standing: judgeGap(values.mixup - values.baseline, spread, direction).standing };
}

/** A figure of the whole run: both arms train step for step in one loop, so they share it. */
export interface SharedRow {
  kind: 'shared';
  label: string;
  value: string;
}

export type SummaryRow = ComparedRow | SharedRow;

interface ArmMetric {
  /** In the page's language, made when the table is. */
  label: () => string;
  value: (arm: ArmEpochSummary) => number;
  format: NumberFormat;
  direction: Direction | null;
  /** The gap whose spread between seeds judges this row; none for rows no measurement records. */
  gap?: GapMetric;
}

const FINAL_ACCURACY: ArmMetric = {
  label: () => t('runs:summary.finalAccuracy'),
  value: (arm) => arm.accuracy,
  format: PERCENT,
  direction: 'higher',
  gap: 'accuracy',
};

/** Shown after the best epoch, in this order. */
const OTHER_METRICS: readonly ArmMetric[] = [
  { label: () => t('runs:summary.testNll'), value: (arm) => arm.nll, format: DECIMAL, direction: 'lower', gap: 'nll' },
  { label: () => t('runs:summary.ece'), value: (arm) => arm.ece, format: DECIMAL, direction: 'lower', gap: 'ece' },
  // Fitting the training set more closely is not the goal (with noisy labels it is memorising them);
  // the gap row says how much of it carried over to the test set.
  { label: () => t('runs:summary.trainAccuracy'), value: (arm) => arm.trainAccuracy, format: PERCENT, direction: null },
  {
    label: () => t('runs:summary.gap'),
    value: (arm) => arm.trainAccuracy - arm.accuracy,
    format: PERCENTAGE_POINTS,
    direction: 'lower',
  },
];

function perArm<T>(read: (arm: ArmName) => T): Record<ArmName, T> {
  return { baseline: read('baseline'), mixup: read('mixup') };
}

function metricRow(metric: ArmMetric, final: EpochSummary, spread: Spread | null): ComparedRow {
  const values = perArm((arm) => metric.value(final[arm]));
  return {
    kind: 'compared',
    label: metric.label(),
    cells: perArm((arm) => metric.format.show(values[arm])),
    mark:
      metric.direction === null || metric.gap === undefined
        ? null
        : markOf(values, metric.direction, metric.format, spread?.[metric.gap] ?? null),
  };
}

/** Each arm's peak; unmarked, since no measurement records the spread of the peaks' gap. */
function bestEpochRow(epochs: readonly EpochSummary[], final: EpochSummary): ComparedRow {
  const best = perArm((arm) => bestEpoch(epochs, arm) ?? { accuracy: final[arm].accuracy, epoch: final.epoch });
  return {
    kind: 'compared',
    label: t('runs:summary.bestAccuracy'),
    cells: perArm((arm) =>
      t('runs:summary.bestCell', { accuracy: PERCENT.show(best[arm].accuracy), epoch: best[arm].epoch }),
    ),
    mark: null,
  };
}

/**
 * The rows of the results table for the run on screen: final metrics from the run's final summary
 * (or, while it trains, the latest epoch's), the best epoch, and once it has ended its time and pace.
 * Accuracy, NLL and ECE are judged against `spread`, the seed-to-seed spread of their gaps when known.
 * Null before the first epoch ends.
 */
export function summariseRun(
  epochs: readonly EpochSummary[],
  result: RunResult | null,
  spread: Spread | null,
): SummaryRow[] | null {
  const final = result?.final ?? epochs.at(-1);
  if (!final) return null;
  const rows: SummaryRow[] = [
    metricRow(FINAL_ACCURACY, final, spread),
    bestEpochRow(epochs, final),
    ...OTHER_METRICS.map((metric) => metricRow(metric, final, spread)),
  ];
  if (result) {
    rows.push(
      { kind: 'shared', label: t('runs:summary.timeTaken'), value: formatDuration(result.elapsedMs) },
      {
        kind: 'shared',
        label: t('runs:summary.examplesPerSecond'),
        value: formatNumber(Math.round(result.examplesPerSecond)),
      },
    );
  }
  return rows;
}
