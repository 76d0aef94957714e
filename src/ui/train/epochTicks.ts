/** Tick spacings an epoch axis may use, finest first: quarters for very short runs, round numbers after. */
const STEPS = [0.25, 0.5, 1, 2, 5, 10, 20, 25] as const;
/** Enough for the longest run the schema allows (200 epochs). */
const COARSEST_STEP = 50;
const MAX_INTERVALS = 8;

/**
 * Ticks for an x axis fixed at [0, epochs]: the finest round spacing that needs at most eight intervals,
 * so a one-epoch run still shows where its quarters fall and a 200-epoch run stays legible.
 */
export function epochTicks(epochs: number): number[] {
  const step = STEPS.find((candidate) => epochs / candidate <= MAX_INTERVALS) ?? COARSEST_STEP;
  const ticks: number[] = [];
  for (let i = 0; i * step <= epochs; i++) ticks.push(i * step);
  return ticks;
}
