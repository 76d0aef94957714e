/**
 * “Repeat over 3 seeds” on the Train tab: the setup on screen trained for seeds s, s+1, s+2. It is an α
 * sweep of the one α (sweepStore runs it, the baseline trained once per seed as in any sweep, and it is
 * saved as a sweep), so there is one sequential runner; this module reads what it adds up to. Pure, no React.
 */
import { t } from '../../i18n/i18n';
import { compareAlpha, type AlphaComparison, type SweepMetric, type SweepRecord } from '../../storage/sweepSummary';
import { lookUpSpread, type RunGaps } from '../../views/gapSpread';
import { SWEEP_METRIC_SPECS } from '../../views/sweepRows';
import { runVerdict, type Verdict } from './verdict';

export const REPEAT_SEEDS = 3;

export interface RepeatResults extends AlphaComparison {
  /** Each seed's final metrics, both arms: what a verdict can weigh beyond the means. */
  perSeed: SweepRecord[];
}

/**
 * The repeat on screen, if the sweep on screen is one (a single α): both arms' and the gap's mean ± std of final
 * accuracy, NLL and ECE over the seeds finished, and each seed's results. Null when no seed has finished.
 */
export function repeatResults(sweep: {
  alphas: readonly number[];
  records: readonly SweepRecord[];
}): RepeatResults | null {
  const [alpha] = sweep.alphas;
  if (sweep.alphas.length !== 1 || alpha === undefined) return null;
  const comparison = compareAlpha(sweep.records, alpha);
  return comparison && { ...comparison, perSeed: sweep.records.filter((record) => record.alpha === alpha) };
}

export interface RepeatRow {
  label: string;
  cells: Record<SweepMetric, string>;
}

/** The table of a repeat: each arm, then the gap (mixup minus baseline), as mean ± std over seeds. */
export function repeatRows(results: RepeatResults): RepeatRow[] {
  const { seeds } = results.mixup;
  const row = (label: string, stats: AlphaComparison['mixup'], signed = false): RepeatRow => ({
    label,
    cells: Object.fromEntries(
      SWEEP_METRIC_SPECS.map(({ metric, format }) => {
        const text = format(stats.metrics[metric], seeds);
        return [metric, signed && stats.metrics[metric].mean >= 0 ? `+${text}` : text];
      }),
    ) as Record<SweepMetric, string>,
  });
  return [
    row(t('results:repeat.baseline'), results.baseline),
    row(t('results:repeat.mixup'), results.mixup),
    row(t('results:repeat.gap'), results.gap, true),
  ];
}

/** A seed's clean gaps; the repeat keeps final metrics only, so the attack is not part of its verdict. */
const gapsOfRecord = ({ mixup, baseline }: SweepRecord): RunGaps => ({
  accuracy: mixup.accuracy - baseline.accuracy,
  nll: mixup.nll - baseline.nll,
  ece: mixup.ece - baseline.ece,
  fgsm: [],
});

/**
 * The repeat's outcome in words, by the same rule as a single run's: the mean gap over the seeds against the spread
 * of the per-seed gaps. One seed finished is no spread, and says so.
 */
export function repeatVerdict(results: RepeatResults): Verdict {
  const { accuracy, nll, ece } = results.gap.metrics;
  const mean: RunGaps = { accuracy: accuracy.mean, nll: nll.mean, ece: ece.mean, fgsm: [] };
  return runVerdict(mean, lookUpSpread({ kind: 'repeat', seeds: results.perSeed.map(gapsOfRecord) }));
}
