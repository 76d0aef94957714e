/**
 * The one-sample Kolmogorov–Smirnov statistic D = sup_x |F_n(x) − F(x)|, where F_n is the
 * empirical CDF of the samples. For a continuous F the supremum is attained at a sample, just
 * before or just after its step: D = maxᵢ max(i/n − F(x₍ᵢ₎), F(x₍ᵢ₎) − (i − 1)/n).
 */
export function ksStatistic(samples: ArrayLike<number>, cdf: (x: number) => number): number {
  const sorted = Float64Array.from(samples).sort();
  const n = sorted.length;
  let d = 0;
  sorted.forEach((x, index) => {
    const f = cdf(x);
    d = Math.max(d, (index + 1) / n - f, f - index / n);
  });
  return d;
}

/**
 * Asymptotic critical values c(level) of √n·D (Kolmogorov distribution): reject at `level` when
 * D > c / √n. Accurate for n in the thousands.
 */
const KS_COEFFICIENTS = { 0.05: 1.358, 0.01: 1.628, 0.001: 1.949 } as const;

export function ksCriticalValue(n: number, level: keyof typeof KS_COEFFICIENTS): number {
  return KS_COEFFICIENTS[level] / Math.sqrt(n);
}
