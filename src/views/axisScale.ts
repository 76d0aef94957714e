/** Multipliers of a power of ten whose quarters are round numbers (1.2 → 0.3, 2.4 → 0.6, 3.2 → 0.8). */
const NICE_MULTIPLIERS = [1, 1.2, 1.6, 2, 2.4, 3.2, 4, 6, 8, 10] as const;

/** The smallest round top of an axis at or above `value`, so that quarterTicks gives round ticks. */
export function niceCeiling(value: number): number {
  if (!(value > 0) || !Number.isFinite(value)) return 1;
  const power = 10 ** Math.floor(Math.log10(value));
  // The tolerance keeps a value that is already round, e.g. 0.6 stored as 0.6000000000000001, as it is.
  const multiplier = NICE_MULTIPLIERS.find((m) => m * power >= value * (1 - 1e-9)) ?? 10;
  return Number((multiplier * power).toPrecision(12));
}

/** Five ticks from 0 to `max`. */
export function quarterTicks(max: number): number[] {
  return [0, 1, 2, 3, 4].map((i) => Number(((i * max) / 4).toPrecision(12)));
}

/** Steps whose multiples read well: 1, 2, 2.5 and 5 times a power of ten. */
const NICE_STEPS = [1, 2, 2.5, 5, 10] as const;

/**
 * An axis fitted to the values rather than starting at 0, for metrics that differ in their last
 * digits (a sweep's accuracies between 93% and 95%): round ends a round step apart, about `count`
 * steps, never outside [floor, ceiling].
 */
export function fittedAxis(
  values: readonly number[],
  { count = 4, floor = -Infinity, ceiling = Infinity } = {},
): { domain: [number, number]; ticks: number[] } {
  const finite = values.filter(Number.isFinite);
  let low = finite.length ? Math.min(...finite) : 0;
  let high = finite.length ? Math.max(...finite) : 1;
  if (high - low < 1e-12) {
    const pad = Math.abs(high) * 0.05 || 0.01;
    low -= pad;
    high += pad;
  }
  const rough = (high - low) / count;
  const power = 10 ** Math.floor(Math.log10(rough));
  const step = (NICE_STEPS.find((m) => m * power >= rough * (1 - 1e-9)) ?? 10) * power;
  const round = (x: number) => Number(x.toPrecision(12));
  const start = round(Math.max(floor, Math.floor(low / step + 1e-9) * step));
  const end = round(Math.min(ceiling, Math.ceil(high / step - 1e-9) * step));
  const ticks: number[] = [];
  for (let i = 0; start + i * step <= end + step * 1e-9; i++) ticks.push(round(start + i * step));
  return { domain: [start, end], ticks };
}
