/**
 * The outcome of a finished run in words: the mixup − baseline gaps in accuracy, NLL and calibration, each
 * judged against the seed-to-seed spread (views/gapSpread.ts), and the attack's gap when it is the strongest effect.
 * Pure, no React.
 */
import { formatNumber, t } from '../../i18n/i18n';
import {
  attackGap,
  judgeGap,
  type GapMetric,
  type RunGaps,
  type SpreadLookup,
  type Standing,
} from '../../views/gapSpread';

export interface Verdict {
  /** The outcome: which gaps stand out from the noise between seeds, or why one run cannot tell. */
  sentence: string;
  /** The attack at the ε whose gap stands out most; null when the attack has not run. */
  robustness: string | null;
  /** The attack's gap stands out more than any clean metric's, so the page shows it before calibration. */
  robustnessStrongest: boolean;
}

interface Judged {
  phrase: string;
  standing: Standing;
  favoursMixup: boolean;
  /** How far a gap beyond its spread stands out, |gap| / spread; null for any other gap. */
  size: number | null;
}

const DIRECTIONS: Record<GapMetric, 'higher' | 'lower'> = { accuracy: 'higher', nll: 'lower', ece: 'lower' };

const signed = (value: number, digits: number) => `${value < 0 ? '−' : '+'}${formatNumber(Math.abs(value), digits)}`;
const points = (fraction: number) => formatNumber(100 * fraction, 2);

/** Each gap in words, in the page's language when the verdict is made. */
const PHRASES: Record<GapMetric, (gap: number) => string> = {
  accuracy: (gap) => t('results:verdict.accuracy', { gap: signed(100 * gap, 2) }),
  nll: (gap) => t('results:verdict.nll', { gap: signed(gap, 3) }),
  ece: (gap) => t('results:verdict.ece', { gap: signed(gap, 3) }),
};

/** "a", "a and b", "a, b and c" (in Chinese "a、b和c"). */
function list(items: readonly string[]): string {
  if (items.length < 2) return items[0] ?? '';
  const rest = items.slice(0, -1).join(t('results:list.separator'));
  return t('results:list.last', { rest, last: items.at(-1) ?? '' });
}

function judge(gap: number, spread: number | null, direction: 'higher' | 'lower'): Omit<Judged, 'phrase'> {
  const { ahead, standing } = judgeGap(gap, spread, direction);
  const size = spread === null ? null : spread > 0 ? Math.abs(gap) / spread : Infinity;
  return { standing, favoursMixup: ahead === 'mixup', size: standing === 'clear' ? size : null };
}

function cleanSentence(judged: readonly Judged[], lookup: SpreadLookup): string {
  const phrases = list(judged.map((j) => j.phrase));
  if (lookup.kind === 'custom') {
    return t('results:verdict.custom', { phrases });
  }
  if (lookup.kind === 'unmeasured') {
    return t('results:verdict.unmeasured', { preset: lookup.preset, phrases });
  }
  const { measuredOn } = lookup.spread;
  const clear = judged.filter((j) => j.standing === 'clear');
  const noise = judged.filter((j) => j.standing === 'noise').map((j) => j.phrase);
  const unmeasured = judged.filter((j) => j.standing === 'unknown').map((j) => j.phrase);
  const rest = [
    noise.length ? t('results:verdict.withinSpread', { list: list(noise), count: noise.length }) : '',
    unmeasured.length ? t('results:verdict.noSpread', { list: list(unmeasured), count: unmeasured.length }) : '',
  ].filter(Boolean);
  if (!clear.length) return t('results:verdict.noClear', { list: list(noise.concat(unmeasured)), measuredOn });
  const better = clear.filter((j) => j.favoursMixup).map((j) => j.phrase);
  const worse = clear.filter((j) => !j.favoursMixup).map((j) => j.phrase);
  const betterOn = better.length ? t('results:verdict.better', { list: list(better) }) : '';
  const worseOn = worse.length ? t('results:verdict.worse', { list: list(worse) }) : '';
  const did =
    betterOn && worseOn
      ? t('results:verdict.betterAndWorse', { better: betterOn, worse: worseOn })
      : betterOn || worseOn;
  const separator = t('results:verdict.restSeparator');
  return t('results:verdict.mixupDid', {
    did,
    measuredOn,
    rest: rest.length ? `${separator}${rest.join(separator)}` : '',
  });
}

function robustnessLine(gaps: RunGaps, lookup: SpreadLookup): { line: string; size: number } | null {
  const spreadOf = (epsilon: number) => (lookup.kind === 'known' ? (lookup.spread.fgsm.get(epsilon) ?? null) : null);
  const attacked = gaps.fgsm
    .filter((point) => point.epsilon > 0 && Number.isFinite(attackGap(point)))
    .map((point) => {
      const gap = attackGap(point);
      const spread = spreadOf(point.epsilon);
      const judged = judge(gap, spread, 'higher');
      return {
        ...point,
        ...judged,
        gap,
        spread,
        size: judged.size ?? (lookup.kind === 'known' ? 0 : 100 * Math.abs(gap)),
      };
    });
  const strongest = attacked.reduce<(typeof attacked)[number] | null>(
    (best, point) => (best === null || point.size > best.size ? point : best),
    null,
  );
  if (!strongest) return null;
  const { epsilon, baseline, mixup, gap, standing, spread } = strongest;
  const judgement =
    standing === 'clear'
      ? t('results:verdict.attackBeyond', { spread: points(spread ?? 0) })
      : standing === 'noise'
        ? t('results:verdict.attackWithin', { spread: points(spread ?? 0) })
        : '';
  const line = t('results:verdict.attack', {
    epsilon,
    mixup: points(mixup),
    baseline: points(baseline),
    gap: signed(100 * gap, 2),
    judgement,
  });
  return { line, size: strongest.size };
}

/**
 * The run's verdict. With a known spread, a gap stands out when it is larger than its spread, and the strongest
 * effect is the one larger than its spread by the greatest factor. Without one, only accuracies share a unit, so
 * the attack counts as strongest when its gap in accuracy points is larger than the clean accuracy's.
 */
export function runVerdict(gaps: RunGaps, lookup: SpreadLookup): Verdict {
  const spread = lookup.kind === 'known' ? lookup.spread : null;
  const metrics: GapMetric[] = ['accuracy', 'nll', 'ece'];
  const judged = metrics.map((metric) => ({
    phrase: PHRASES[metric](gaps[metric]),
    ...judge(gaps[metric], spread?.[metric] ?? null, DIRECTIONS[metric]),
  }));
  const attack = robustnessLine(gaps, lookup);
  const cleanSize = spread
    ? Math.max(0, ...judged.map((j) => j.size ?? 0))
    : 100 * Math.abs(Number.isFinite(gaps.accuracy) ? gaps.accuracy : 0);
  return {
    sentence: cleanSentence(judged, lookup),
    robustness: attack?.line ?? null,
    robustnessStrongest: attack !== null && attack.size > 0 && attack.size > cleanSize,
  };
}

/** The rule the results table's marks follow, in a short line. */
export function spreadRule(lookup: SpreadLookup): string {
  return lookup.kind === 'known'
    ? t('results:spreadRule.known', { measuredOn: lookup.spread.measuredOn })
    : t('results:spreadRule.unknown');
}
