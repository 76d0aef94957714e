import { describe, expect, it } from 'vitest';
import { SLICE_PLOT, linePath, sliceX, sliceY } from './slicePlot';

describe('the slice plot', () => {
  it('maps the ends of both axes to the plot area', () => {
    expect(sliceX(-0.5)).toBe(SLICE_PLOT.left);
    expect(sliceX(1.5)).toBe(SLICE_PLOT.width - SLICE_PLOT.right);
    expect(sliceY(0)).toBe(SLICE_PLOT.height - SLICE_PLOT.bottom);
    expect(sliceY(1)).toBe(SLICE_PLOT.top);
  });

  it('draws a path through every point', () => {
    // 582 units across 2 positions: t = 0.5 is 291 right of the left edge; p = 0.5 is 85 above the bottom.
    expect(linePath([-0.5, 0.5], [0, 0.5])).toBe('M44.0 180.0 L335.0 95.0');
  });
});
