/**
 * What the sweep's charts and table show, without React: each metric's points on the α axis, the
 * table's cells, and the settings every run of the sweep shares, in words.
 */
import type { TrainConfig } from '../engine/config';
import { alphaAxis, formatAlpha, type AlphaAxis } from './alphaAxis';
import type { Spread, SweepMetric, SweepSummary } from '../storage/sweepSummary';

export interface SweepMetricSpec {
  metric: SweepMetric;
  title: string;
  /** The table's shorter column heading. */
  column: string;
  note: string;
  /** A value with its spread, as the table writes it. */
  format: (spread: Spread, seeds: number) => string;
  tick: (value: number) => string;
  /** Limits the fitted y axis may not pass (accuracy stays within 0–100%). */
  floor: number;
  ceiling: number;
}

const withSpread = (show: (x: number) => string, spread: Spread, seeds: number, unit = ''): string =>
  seeds > 1 ? `${show(spread.mean)}${unit} ± ${show(spread.std)}` : `${show(spread.mean)}${unit}`;

export const SWEEP_METRIC_SPECS: readonly SweepMetricSpec[] = [
  {
    metric: 'accuracy',
    title: 'Final test accuracy',
    column: 'Test accuracy',
    note: 'higher is better',
    format: (spread, seeds) => withSpread((x) => (100 * x).toFixed(2), spread, seeds, '%'),
    tick: (value) => `${Number((100 * value).toPrecision(6))}%`,
    floor: 0,
    ceiling: 1,
  },
  {
    metric: 'nll',
    title: 'Final test loss (NLL)',
    column: 'Test NLL',
    note: 'lower is better',
    format: (spread, seeds) => withSpread((x) => x.toFixed(3), spread, seeds),
    tick: (value) => String(Number(value.toPrecision(6))),
    floor: 0,
    ceiling: Infinity,
  },
  {
    metric: 'ece',
    title: 'Calibration (ECE)',
    column: 'ECE',
    note: 'lower is better',
    format: (spread, seeds) => withSpread((x) => x.toFixed(4), spread, seeds),
    tick: (value) => String(Number(value.toPrecision(6))),
    floor: 0,
    ceiling: 1,
  },
];

export interface SweepChartPoint {
  /** Position on the α axis. */
  x: number;
  alpha: number;
  mean: number;
  std: number;
}

/** The α axis of a sweep: laid out for the α values planned, so points do not move as they arrive. */
export function sweepAxis(plannedAlphas: readonly number[]): AlphaAxis {
  return alphaAxis(plannedAlphas.length ? plannedAlphas : [0, 1]);
}

export function sweepChartPoints(summary: SweepSummary, axis: AlphaAxis, metric: SweepMetric): SweepChartPoint[] {
  return summary.points.map((point) => ({
    x: axis.position(point.alpha),
    alpha: point.alpha,
    ...point.metrics[metric],
  }));
}

/** Every value a metric's chart draws, spreads included, for fitting its y axis. */
export function valuesToFit(summary: SweepSummary, metric: SweepMetric): number[] {
  const spreads = [
    ...summary.points.map((p) => p.metrics[metric]),
    ...(summary.baseline ? [summary.baseline.metrics[metric]] : []),
  ];
  return spreads.flatMap(({ mean, std }) => [mean - std, mean + std]);
}

export interface SweepTableRow {
  label: string;
  /** 'baseline' for the reference row, else the α. */
  key: string;
  cells: Record<SweepMetric, string>;
  seeds: number;
}

export function sweepTableRows(summary: SweepSummary): SweepTableRow[] {
  const cells = (metrics: Record<SweepMetric, Spread>, seeds: number) =>
    Object.fromEntries(
      SWEEP_METRIC_SPECS.map((spec) => [spec.metric, spec.format(metrics[spec.metric], seeds)]),
    ) as Record<SweepMetric, string>;
  const rows = summary.points.map((point) => ({
    label: point.alpha === 0 ? 'α = 0 (no mixing)' : `α = ${formatAlpha(point.alpha)}`,
    key: String(point.alpha),
    cells: cells(point.metrics, point.seeds),
    seeds: point.seeds,
  }));
  if (!summary.baseline) return rows;
  return [
    {
      label: 'Baseline',
      key: 'baseline',
      cells: cells(summary.baseline.metrics, summary.baseline.seeds),
      seeds: summary.baseline.seeds,
    },
    ...rows,
  ];
}

/** The settings every run of a sweep shares, in a line. */
export function describeSharedSettings(config: TrainConfig): string {
  const optimizer = config.optimizer === 'adam' ? 'Adam' : 'SGD with momentum';
  return [
    `${config.model} model`,
    `${config.trainSize.toLocaleString('en')} training examples`,
    ...(config.labelNoise > 0 ? [`${Math.round(100 * config.labelNoise)}% wrong labels`] : []),
    `${config.epochs} epoch${config.epochs === 1 ? '' : 's'}`,
    `batch ${config.batchSize}`,
    `${optimizer} at learning rate ${config.learningRate}`,
    ...(config.mixMode === 'cutmix' ? ['CutMix'] : []),
    `${config.testSize.toLocaleString('en')} test digits`,
  ].join(' · ');
}
