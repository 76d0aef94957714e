/**
 * What the sweep's charts and table show, without React: each metric's points on the α axis, the
 * table's cells, and the settings every run of the sweep shares, in words.
 */
import type { TrainConfig } from '../contract/config';
import { alphaAxis, formatAlpha, type AlphaAxis } from './alphaAxis';
import type { Spread, SweepMetric, SweepSummary } from '../storage/sweepSummary';
import { formatNumber, formatPercent, t } from '../i18n/i18n';

export interface SweepMetricSpec {
  metric: SweepMetric;
  /** In the page's language when read (a getter), like `column` and `note`. */
  readonly title: string;
  /** The table's shorter column heading. */
  readonly column: string;
  readonly note: string;
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
    get title() {
      return t('sweep:metrics.accuracy.title');
    },
    get column() {
      return t('sweep:metrics.accuracy.column');
    },
    get note() {
      return t('sweep:metrics.higherBetter');
    },
    format: (spread, seeds) => withSpread((x) => formatNumber(100 * x, 2), spread, seeds, '%'),
    tick: (value) => `${Number((100 * value).toPrecision(6))}%`,
    floor: 0,
    ceiling: 1,
  },
  {
    metric: 'nll',
    get title() {
      return t('sweep:metrics.nll.title');
    },
    get column() {
      return t('sweep:metrics.nll.column');
    },
    get note() {
      return t('sweep:metrics.lowerBetter');
    },
    format: (spread, seeds) => withSpread((x) => formatNumber(x, 3), spread, seeds),
    tick: (value) => String(Number(value.toPrecision(6))),
    floor: 0,
    ceiling: Infinity,
  },
  {
    metric: 'ece',
    get title() {
      return t('sweep:metrics.ece.title');
    },
    get column() {
      return t('sweep:metrics.ece.column');
    },
    get note() {
      return t('sweep:metrics.lowerBetter');
    },
    format: (spread, seeds) => withSpread((x) => formatNumber(x, 4), spread, seeds),
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
    label: point.alpha === 0 ? t('sweep:table.alphaZero') : t('sweep:table.alpha', { alpha: formatAlpha(point.alpha) }),
    key: String(point.alpha),
    cells: cells(point.metrics, point.seeds),
    seeds: point.seeds,
  }));
  if (!summary.baseline) return rows;
  return [
    {
      label: t('sweep:table.baseline'),
      key: 'baseline',
      cells: cells(summary.baseline.metrics, summary.baseline.seeds),
      seeds: summary.baseline.seeds,
    },
    ...rows,
  ];
}

/** The settings every run of a sweep shares, in a line. */
export function describeSharedSettings(config: TrainConfig): string {
  const rate = config.learningRate;
  return [
    t('sweep:shared.model', { model: config.model }),
    t('sweep:shared.trainSize', { formatted: formatNumber(config.trainSize) }),
    ...(config.labelNoise > 0 ? [t('sweep:shared.labelNoise', { percent: formatPercent(config.labelNoise, 0) })] : []),
    t('sweep:shared.epochs', { count: config.epochs }),
    t('sweep:shared.batch', { size: config.batchSize }),
    config.optimizer === 'adam' ? t('sweep:shared.adam', { rate }) : t('sweep:shared.sgd', { rate }),
    ...(config.mixMode === 'cutmix' ? ['CutMix'] : []),
    t('sweep:shared.testSize', { formatted: formatNumber(config.testSize) }),
  ].join(' · ');
}
