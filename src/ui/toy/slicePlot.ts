/**
 * The slice plot's geometry in SVG units equal to CSS pixels, so its text keeps its size at any width:
 * positions −0.5…1.5 across, p from 0 (bottom) to 1 (top).
 */
export const SLICE_HEIGHT = 220;
const MARGIN = { left: 44, right: 14, top: 10, bottom: 40 } as const;

const FROM = -0.5;
const TO = 1.5;

export interface SlicePlot {
  width: number;
  left: number;
  right: number;
  top: number;
  bottom: number;
  x: (t: number) => number;
  y: (p: number) => number;
  /** An SVG path through (t, p) point after point. */
  path: (positions: ArrayLike<number>, p: ArrayLike<number>) => string;
}

export function slicePlot(width: number): SlicePlot {
  const right = width - MARGIN.right;
  const bottom = SLICE_HEIGHT - MARGIN.bottom;
  const x = (t: number): number => MARGIN.left + ((t - FROM) / (TO - FROM)) * (right - MARGIN.left);
  const y = (p: number): number => bottom - p * (bottom - MARGIN.top);
  const path = (positions: ArrayLike<number>, p: ArrayLike<number>): string =>
    Array.from(
      { length: positions.length },
      (_, i) => `${i === 0 ? 'M' : 'L'}${x(positions[i] ?? 0).toFixed(1)} ${y(p[i] ?? 0).toFixed(1)}`,
    ).join(' ');
  return { width, left: MARGIN.left, right, top: MARGIN.top, bottom, x, y, path };
}
