/**
 * What a sweep (or a repeat over seeds) says about mixup in words: the best α by mean over seeds against
 * the baseline, and whether its gap stands out of the seeds' noise. Pure, no React.
 */
import { gapVerdict, type AlphaComparison, type Spread } from '../storage/sweepSummary';
import { formatAlpha } from './alphaAxis';
import { formatNumber, t } from '../i18n/i18n';

/** An accuracy in percent, with its spread where there is one: “95.1 ± 0.3%”. */
function percent({ mean, std }: Spread, seeds: number): string {
  return seeds > 1
    ? `${formatNumber(100 * mean, 1)} ± ${formatNumber(100 * std, 1)}%`
    : `${formatNumber(100 * mean, 1)}%`;
}

/** A gap in percentage points, signed: “+0.9”. */
const points = (gap: number): string => `${gap >= 0 ? '+' : '−'}${formatNumber(Math.abs(100 * gap), 1)}`;

/** The Runs list's line for a sweep: “best α 0.4: 95.1 ± 0.3% vs baseline 94.2 ± 0.3% (+0.9)”. */
export function bestAlphaLine({ alpha, mixup, baseline, gap }: AlphaComparison): string {
  const { seeds } = mixup;
  return t('sweep:verdict.bestLine', {
    alpha: formatAlpha(alpha),
    mixup: percent(mixup.metrics.accuracy, seeds),
    baseline: percent(baseline.metrics.accuracy, seeds),
    gap: points(gap.metrics.accuracy.mean),
  });
}

/** One sentence: the best α, its gap to the baseline, and whether that gap beats the seeds' noise. */
export function sweepVerdict(best: AlphaComparison | null): string | null {
  if (!best) return null;
  const { alpha, mixup, baseline, gap } = best;
  const { seeds } = mixup;
  const head = t('sweep:verdict.head', {
    alpha: formatAlpha(alpha),
    mixup: percent(mixup.metrics.accuracy, seeds),
    baseline: percent(baseline.metrics.accuracy, seeds),
  });
  const { mean, std } = gap.metrics.accuracy;
  const figures = { head, gap: points(mean), std: formatNumber(100 * std, 1), seeds };
  switch (gapVerdict(gap)) {
    case 'one seed':
      return t('sweep:verdict.oneSeed', figures);
    case 'beyond noise':
      return t('sweep:verdict.beyondNoise', figures);
    case 'within noise':
      return t('sweep:verdict.withinNoise', figures);
  }
}
