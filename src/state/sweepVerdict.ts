/**
 * What a sweep (or a repeat over seeds) says about mixup in words: the best α by mean over seeds against
 * the baseline, and whether its gap stands out of the seeds' noise. Pure, no React.
 */
import { gapVerdict, type AlphaComparison, type Spread } from '../storage/sweepSummary';
import { formatAlpha } from './alphaAxis';

/** An accuracy in percent, with its spread where there is one: “95.1 ± 0.3%”. */
function percent({ mean, std }: Spread, seeds: number): string {
  return seeds > 1 ? `${(100 * mean).toFixed(1)} ± ${(100 * std).toFixed(1)}%` : `${(100 * mean).toFixed(1)}%`;
}

/** A gap in percentage points, signed: “+0.9”. */
const points = (gap: number): string => `${gap >= 0 ? '+' : '−'}${Math.abs(100 * gap).toFixed(1)}`;

/** The Runs list's line for a sweep: “best α 0.4: 95.1 ± 0.3% vs baseline 94.2 ± 0.3% (+0.9)”. */
export function bestAlphaLine({ alpha, mixup, baseline, gap }: AlphaComparison): string {
  const { seeds } = mixup;
  return `best α ${formatAlpha(alpha)}: ${percent(mixup.metrics.accuracy, seeds)} vs baseline ${percent(baseline.metrics.accuracy, seeds)} (${points(gap.metrics.accuracy.mean)})`;
}

/** One sentence: the best α, its gap to the baseline, and whether that gap beats the seeds' noise. */
export function sweepVerdict(best: AlphaComparison | null): string | null {
  if (!best) return null;
  const { alpha, mixup, baseline, gap } = best;
  const { seeds } = mixup;
  const head = `Best α = ${formatAlpha(alpha)}: ${percent(mixup.metrics.accuracy, seeds)} test accuracy against the baseline's ${percent(baseline.metrics.accuracy, seeds)}`;
  const { mean, std } = gap.metrics.accuracy;
  switch (gapVerdict(gap)) {
    case 'one seed':
      return `${head} (${points(mean)} points), but one seed cannot tell whether that beats the noise: run 3 or more seeds.`;
    case 'beyond noise':
      return `${head}, a gap of ${points(mean)} ± ${(100 * std).toFixed(1)} points over ${seeds} seeds: larger than its spread, so it beats the noise.`;
    case 'within noise':
      return `${head}, a gap of ${points(mean)} ± ${(100 * std).toFixed(1)} points over ${seeds} seeds: within its spread, so no α here beats the noise.`;
  }
}
