/** Mean and sample standard deviation (n − 1), the spread we report over seeds. */
export function meanStd(values: readonly number[]): { mean: number; std: number } {
  if (values.length === 0) throw new Error('meanStd needs at least one value');
  const mean = values.reduce((sum, v) => sum + v, 0) / values.length;
  if (values.length === 1) return { mean, std: 0 };
  const variance = values.reduce((sum, v) => sum + (v - mean) ** 2, 0) / (values.length - 1);
  return { mean, std: Math.sqrt(variance) };
}

export function formatMeanStd(values: readonly number[], digits: number, scale = 1): string {
  const { mean, std } = meanStd(values.map((v) => v * scale));
  return values.length > 1 ? `${mean.toFixed(digits)} ± ${std.toFixed(digits)}` : mean.toFixed(digits);
}

/**
 * The project's one rule for "beyond noise": a gap between the arms stands out when it is further from 0 than the
 * sample standard deviation of that gap over seeds.
 */
export const beyondSpread = (gap: number, spread: number): boolean => Math.abs(gap) > spread;
