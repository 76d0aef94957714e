/**
 * The outcome of a finished run in words: the mixup − baseline gaps in accuracy, NLL and calibration, each
 * judged against the seed-to-seed spread (gapSpread.ts), and the attack's gap when it is the strongest effect.
 * Pure, no React.
 */
import { attackGap, judgeGap, type GapMetric, type RunGaps, type SpreadLookup, type Standing } from './gapSpread';

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

const signed = (value: number, digits: number) => `${value < 0 ? '−' : '+'}${Math.abs(value).toFixed(digits)}`;
const points = (fraction: number) => (100 * fraction).toFixed(2);

const PHRASES: Record<GapMetric, (gap: number) => string> = {
  accuracy: (gap) => `accuracy (${signed(100 * gap, 2)} points)`,
  nll: (gap) => `NLL (${signed(gap, 3)})`,
  ece: (gap) => `ECE (${signed(gap, 3)})`,
};

/** "a", "a and b", "a, b and c". */
function list(items: readonly string[]): string {
  return items.length < 2 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} and ${items.at(-1)}`;
}

function judge(gap: number, spread: number | null, direction: 'higher' | 'lower'): Omit<Judged, 'phrase'> {
  const { ahead, standing } = judgeGap(gap, spread, direction);
  const size = spread === null ? null : spread > 0 ? Math.abs(gap) / spread : Infinity;
  return { standing, favoursMixup: ahead === 'mixup', size: standing === 'clear' ? size : null };
}

function cleanSentence(judged: readonly Judged[], lookup: SpreadLookup): string {
  const phrases = list(judged.map((j) => j.phrase));
  if (lookup.kind === 'custom') {
    return `One seed cannot tell: mixup − baseline is ${phrases}; repeat over 3 seeds to see whether that exceeds the spread between seeds.`;
  }
  if (lookup.kind === 'unmeasured') {
    return `No measurement of ${lookup.preset} over several seeds exists yet, so one seed cannot tell: mixup − baseline is ${phrases}.`;
  }
  const { measuredOn } = lookup.spread;
  const clear = judged.filter((j) => j.standing === 'clear');
  const noise = judged.filter((j) => j.standing === 'noise').map((j) => j.phrase);
  const unmeasured = judged.filter((j) => j.standing === 'unknown').map((j) => j.phrase);
  const rest = [
    noise.length ? `${list(noise)} ${noise.length > 1 ? 'are' : 'is'} within that spread` : '',
    unmeasured.length ? `${list(unmeasured)} ${unmeasured.length > 1 ? 'have' : 'has'} no measured spread` : '',
  ].filter(Boolean);
  if (!clear.length)
    return `No clear difference: ${list(noise.concat(unmeasured))}, all within the spread between ${measuredOn}.`;
  const better = clear.filter((j) => j.favoursMixup).map((j) => j.phrase);
  const worse = clear.filter((j) => !j.favoursMixup).map((j) => j.phrase);
  const did = [better.length ? `better on ${list(better)}` : '', worse.length ? `worse on ${list(worse)}` : '']
    .filter(Boolean)
    .join(' and ');
  return `Mixup did ${did}, beyond the spread between ${measuredOn}${rest.length ? `; ${rest.join('; ')}` : ''}.`;
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
      ? `, beyond the spread of ${points(spread ?? 0)} points`
      : standing === 'noise'
        ? `, within the spread of ${points(spread ?? 0)} points`
        : '';
  const line = `Under the FGSM attack at ε = ${epsilon}, mixup keeps ${points(mixup)}% of the attacked digits against the baseline's ${points(baseline)}%: ${signed(100 * gap, 2)} points${judgement}.`;
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
    ? `▲ better marks a lead (mixup − baseline) larger than its sample standard deviation over ${lookup.spread.measuredOn}; a smaller one is within noise.`
    : 'With no spread between seeds measured for this setup, the arm ahead is marked "1 seed", never ▲ better: one run cannot tell a lead from chance.';
}
