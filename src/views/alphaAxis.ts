/**
 * The α axis of the sweep charts: logarithmic, since α's effect spans decades (0.1 and 0.2 differ as
 * much as 4 and 8), with α = 0 (plain training), which a log axis cannot hold, set apart on its left.
 * Charts plot `position(α)` and label ticks with `label`. Pure, no React.
 */

export interface AlphaAxis {
  domain: [number, number];
  /** Tick positions: α = 0 if it was swept, then every power of ten in the domain. */
  ticks: number[];
  position(alpha: number): number;
  label(position: number): string;
}

/** How far left of the first decade α = 0 sits, in decades: apart, but not wasting width. */
const ZERO_GAP = 0.6;

export function alphaAxis(alphas: readonly number[]): AlphaAxis {
  const logs = alphas.filter((alpha) => alpha > 0).map(Math.log10);
  const first = logs.length ? Math.floor(Math.min(...logs) + 1e-9) : -1;
  const lastCeil = logs.length ? Math.ceil(Math.max(...logs) - 1e-9) : 1;
  const last = Math.max(lastCeil, first + 1);
  const zero = first - ZERO_GAP;
  const hasZero = alphas.includes(0);
  const decades = Array.from({ length: last - first + 1 }, (_, i) => first + i);
  return {
    domain: [hasZero ? zero - ZERO_GAP / 2 : first, last],
    ticks: hasZero ? [zero, ...decades] : decades,
    position: (alpha) => (alpha > 0 ? Math.log10(alpha) : zero),
    label: (position) => (position < first - 1e-9 ? '0' : formatAlpha(10 ** position)),
  };
}

/** α as people write it: 0.01, 0.4, 8, 100 (no float noise such as 0.30000000000000004). */
export function formatAlpha(alpha: number): string {
  return String(Number(alpha.toPrecision(6)));
}
