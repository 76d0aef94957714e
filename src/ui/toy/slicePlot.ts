/** The slice plot's geometry: positions −0.5…1.5 across, p from 0 (bottom) to 1 (top), in SVG units. */
export const SLICE_PLOT = { width: 640, height: 220, left: 44, right: 14, top: 10, bottom: 40 } as const;

const FROM = -0.5;
const TO = 1.5;

export const sliceX = (t: number): number =>
  SLICE_PLOT.left + ((t - FROM) / (TO - FROM)) * (SLICE_PLOT.width - SLICE_PLOT.left - SLICE_PLOT.right);

export const sliceY = (p: number): number =>
  SLICE_PLOT.height - SLICE_PLOT.bottom - p * (SLICE_PLOT.height - SLICE_PLOT.top - SLICE_PLOT.bottom);

/** An SVG path through (t, p) point after point. */
export function linePath(positions: ArrayLike<number>, p: ArrayLike<number>): string {
  return Array.from(
    { length: positions.length },
    (_, i) => `${i === 0 ? 'M' : 'L'}${sliceX(positions[i] ?? 0).toFixed(1)} ${sliceY(p[i] ?? 0).toFixed(1)}`,
  ).join(' ');
}
