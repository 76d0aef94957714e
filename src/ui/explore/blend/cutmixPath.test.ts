import { describe, expect, it } from 'vitest';
import { boxArea } from '../../../mixup/cutmix';
import { boxAround, boxCentre, boxForLambda } from './cutmixPath';

describe('boxCentre', () => {
  it('is the middle of the box, or of the image for an empty box', () => {
    expect(boxCentre({ x0: 2, y0: 3, x1: 8, y1: 11 }, 28, 28)).toEqual({ cx: 5, cy: 7 });
    expect(boxCentre({ x0: 0, y0: 0, x1: 0, y1: 0 }, 28, 28)).toEqual({ cx: 14, cy: 14 });
  });
});

describe('boxAround', () => {
  it('spans centre ± half, clipped to the image', () => {
    expect(boxAround({ cx: 2, cy: 20 }, 5, 28, 28)).toEqual({ x0: 0, y0: 15, x1: 7, y1: 25 });
  });
});

describe('boxForLambda', () => {
  const offCentre = { cx: 3, cy: 22 };

  it('covers the whole image at λ = 0 and nothing at λ = 1, even off the middle', () => {
    expect(boxForLambda(offCentre, 0, 28, 28)).toEqual({ x0: 0, y0: 0, x1: 28, y1: 28 });
    expect(boxArea(boxForLambda(offCentre, 1, 28, 28))).toBe(0);
  });

  it('picks the half side whose area share is nearest λ', () => {
    // Centred, λ = 0.5 wants 392 of 784 pixels: half 10 gives 20² = 400 (λ ≈ 0.490), half 9 gives 324 (λ ≈ 0.587).
    expect(boxForLambda({ cx: 14, cy: 14 }, 0.5, 28, 28)).toEqual({ x0: 4, y0: 4, x1: 24, y1: 24 });
  });

  it('keeps the centre fixed, so the boxes of a path are nested', () => {
    const small = boxForLambda(offCentre, 0.8, 28, 28);
    const large = boxForLambda(offCentre, 0.4, 28, 28);
    expect(large.x0 <= small.x0 && large.y0 <= small.y0 && large.x1 >= small.x1 && large.y1 >= small.y1).toBe(true);
    expect(boxArea(large)).toBeGreaterThan(boxArea(small));
  });
});
