import { describe, expect, it } from 'vitest';
import { SLICE_HEIGHT, slicePlot } from './slicePlot';

describe('the slice plot', () => {
  const plot = slicePlot(640);

  it('maps the ends of both axes to the plot area inside its margins', () => {
    expect(plot.x(-0.5)).toBe(44);
    expect(plot.x(1.5)).toBe(626);
    expect(plot.y(0)).toBe(SLICE_HEIGHT - 40);
    expect(plot.y(1)).toBe(10);
  });

  it('draws a path through every point', () => {
    // 582 units across 2 positions: t = 0.5 is 291 right of the left edge; p = 0.5 is 85 above the bottom.
    expect(plot.path([-0.5, 0.5], [0, 0.5])).toBe('M44.0 180.0 L335.0 95.0');
  });

  it('narrows the axis, not the text, on a narrow screen', () => {
    expect(slicePlot(358).x(1.5)).toBe(344);
  });
});
