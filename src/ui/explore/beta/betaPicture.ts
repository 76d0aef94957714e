import { betaMean, betaPdf, betaVariance, createRng, densityHistogram, sampleBeta } from '../../../mixup';

/** Enough draws for bars within a few per cent of the curve, few enough to redraw on every slider step. */
export const DRAWS = 20_000;
/** 40 bins put 0.5 on an edge, so a symmetric density gives mirror-image bars. */
export const BINS = 40;
export const CURVE_POINTS = 200;
/** Head-room above the tallest bar or peak, so neither touches the chart's top edge. */
const HEADROOM = 1.1;

export interface DensityPoint {
  x: number;
  density: number;
}

export interface Moments {
  mean: number;
  sd: number;
}

/** Everything the Beta panel draws and reads out for one (α, β, seed). */
export interface BetaPicture {
  /** The histogram of the drawn λs, one point per bin centre, as a density. */
  bins: DensityPoint[];
  /** The exact density on a grid that avoids λ = 0 and 1, where it may be infinite. */
  curve: DensityPoint[];
  /** Top of the y axis: a round number above the tallest bar (and the curve, where it is bounded). */
  yMax: number;
  /** Round ticks from 0 to yMax. */
  yTicks: number[];
  /** The ends, 0 and/or 1, where the density is infinite because the shape there is below 1. */
  unboundedEnds: number[];
  /** Whether part of the curve lies above yMax. */
  clipped: boolean;
  exact: Moments;
  sampled: Moments & { shareAboveHalf: number };
}

/** The smallest of 1, 2, 2.5 or 5 times a power of ten that is at least x > 0. */
export function niceCeiling(x: number): number {
  const power = 10 ** Math.floor(Math.log10(x));
  for (const step of [1, 2, 2.5, 5]) {
    // toPrecision mends products such as 2.5 · 0.1 = 0.25000000000000006.
    const candidate = Number((step * power).toPrecision(12));
    if (candidate >= x) return candidate;
  }
  return Number((10 * power).toPrecision(12));
}

/** 4 or 5 equal steps from 0 to a niceCeiling value, each step itself round (2.5 → 0.5s, 1 → 0.25s). */
export function axisTicks(top: number): number[] {
  const leading = Number((top / 10 ** Math.floor(Math.log10(top))).toPrecision(12));
  const steps = leading === 2.5 || leading === 5 ? 5 : 4;
  return Array.from({ length: steps + 1 }, (_, i) => Number(((i * top) / steps).toPrecision(12)));
}

function sampleMoments(values: Float64Array): BetaPicture['sampled'] {
  let sum = 0;
  let sumSquares = 0;
  let aboveHalf = 0;
  // An indexed loop: a typed array's iterator is several times slower, and this runs on every slider step.
  for (let i = 0; i < values.length; i++) {
    const value = values[i] ?? 0;
    sum += value;
    sumSquares += value * value;
    if (value > 0.5) aboveHalf++;
  }
  const mean = sum / values.length;
  // max() absorbs rounding that could make a tiny variance negative.
  const variance = Math.max(0, sumSquares / values.length - mean * mean);
  return { mean, sd: Math.sqrt(variance), shareAboveHalf: aboveHalf / values.length };
}

/** Draws per step of `betaPictureSteps`: well under a millisecond of work, even before the JIT has warmed up. */
export const DRAWS_PER_STEP = 250;

/**
 * `betaPicture` in steps: each `next()` draws DRAWS_PER_STEP λs, and the last bins them and returns the
 * picture, the same as `betaPicture`'s. So the first picture, drawn while the page opens, can share the main thread.
 */
export function* betaPictureSteps(alpha: number, beta: number, seed: number): Generator<void, BetaPicture> {
  const rng = createRng(seed);
  const lambdas = new Float64Array(DRAWS);
  for (let start = 0; start < DRAWS; start += DRAWS_PER_STEP) {
    const end = Math.min(DRAWS, start + DRAWS_PER_STEP);
    for (let i = start; i < end; i++) lambdas[i] = sampleBeta(alpha, beta, rng);
    yield;
  }
  return pictureOf(alpha, beta, lambdas);
}

export function betaPicture(alpha: number, beta: number, seed: number): BetaPicture {
  const steps = betaPictureSteps(alpha, beta, seed);
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}

function pictureOf(alpha: number, beta: number, lambdas: Float64Array): BetaPicture {
  const histogram = densityHistogram(lambdas, BINS);
  const bins = histogram.centres.map((x, i) => ({ x, density: histogram.densities[i] ?? 0 }));
  const curve = Array.from({ length: CURVE_POINTS }, (_, i) => {
    const x = (i + 0.5) / CURVE_POINTS;
    return { x, density: betaPdf(x, alpha, beta) };
  });

  const unboundedEnds = [alpha < 1 ? 0 : null, beta < 1 ? 1 : null].filter((end) => end !== null);
  const tallestBar = Math.max(...histogram.densities);
  const curvePeak = Math.max(...curve.map((point) => point.density));
  // An unbounded curve would squash the bars flat, so only a bounded one may raise the axis.
  const top = unboundedEnds.length > 0 ? tallestBar : Math.max(tallestBar, curvePeak);
  const yMax = niceCeiling(HEADROOM * top);

  return {
    bins,
    curve,
    yMax,
    yTicks: axisTicks(yMax),
    unboundedEnds,
    clipped: curvePeak > yMax,
    exact: { mean: betaMean(alpha, beta), sd: Math.sqrt(betaVariance(alpha, beta)) },
    sampled: sampleMoments(lambdas),
  };
}
