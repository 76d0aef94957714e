/**
 * An α sweep: the same configuration trained once per α and seed, nothing else changed, so each
 * point differs from the others only in α. The page and the experiment runner read α lists and
 * order the runs here. Plain data, no TF.js.
 */
import { t } from '../i18n/i18n';
import { validateConfig, type TrainConfig } from './config';

/** The default: from plain training through the paper's range to far too much mixing. */
export const DEFAULT_SWEEP_ALPHAS: readonly number[] = [0, 0.1, 0.2, 0.4, 1, 2, 4, 8];
export const MAX_SWEEP_SEEDS = 10;
/** A sweep longer than this is almost certainly a typo, and would take hours in a browser. */
export const MAX_SWEEP_ALPHAS = 20;

export class SweepListError extends Error {
  override name = 'SweepListError';
}

/**
 * The α values of a list such as "0, 0.2, 1, 4", each checked as the config's α would be.
 * @throws SweepListError naming the entry at fault and why.
 */
export function parseAlphaList(raw: string, config: TrainConfig): number[] {
  const items = raw.split(',');
  if (raw.trim() === '') throw new SweepListError(t('sweep:list.empty'));
  if (items.length > MAX_SWEEP_ALPHAS)
    throw new SweepListError(t('sweep:list.tooMany', { count: items.length, max: MAX_SWEEP_ALPHAS }));
  const alphas = items.map((item) => {
    const alpha = Number(item);
    if (item.trim() === '' || Number.isNaN(alpha)) {
      throw new SweepListError(t('sweep:list.notNumber', { item: item.trim(), raw }));
    }
    try {
      validateConfig({ ...config, alpha });
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error);
      throw new SweepListError(t('sweep:list.refused', { alpha: item.trim(), reason }));
    }
    return alpha;
  });
  const twice = alphas.find((alpha, i) => alphas.indexOf(alpha) !== i);
  if (twice !== undefined) throw new SweepListError(t('sweep:list.twice', { alpha: twice, raw }));
  return alphas;
}

export interface SweepRun {
  alpha: number;
  seed: number;
  config: TrainConfig;
  /**
   * Whether it trains the baseline too: only the first run of each seed does. The baseline never mixes, so
   * every α of a seed would train it identically; the later runs reuse the first's (contract/reports.ts's
   * ReusedBaseline) and train the mixup arm alone.
   */
  trainsBaseline: boolean;
}

/**
 * Every run of the sweep, α by α and each α's seeds together, so a sweep cancelled part-way has
 * whole points (all their seeds) rather than a scatter of single seeds; and since the first α
 * listed trains every seed's baseline, a sweep cancelled after it already has the whole baseline.
 * α = 0 is never trained: mixing with α = 0 is plain training, so its point is the baseline's.
 *
 * @throws SweepListError for a seed count out of range, or an α list of 0 alone (nothing to sweep).
 */
export function planSweep(config: TrainConfig, alphas: readonly number[], seedCount: number): SweepRun[] {
  if (!Number.isInteger(seedCount) || seedCount < 1 || seedCount > MAX_SWEEP_SEEDS) {
    throw new SweepListError(t('sweep:list.seeds', { max: MAX_SWEEP_SEEDS, count: seedCount }));
  }
  const mixing = alphas.filter((alpha) => alpha !== 0);
  if (!mixing.length) {
    throw new SweepListError(t('sweep:list.onlyZero'));
  }
  return mixing.flatMap((alpha, a) =>
    Array.from({ length: seedCount }, (_, i) => {
      const seed = config.seed + i;
      return { alpha, seed, config: validateConfig({ ...config, alpha, seed }), trainsBaseline: a === 0 };
    }),
  );
}
