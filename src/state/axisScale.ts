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
