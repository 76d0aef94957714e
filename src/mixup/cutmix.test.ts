import { describe, expect, it } from 'vitest';
import type { Box } from './cutmix';
import { boxArea, cutmixBox, lambdaFromBox, pasteBoxes } from './cutmix';
import { createRng } from './rng';
import { scriptedRng } from './testing/scriptedRng';

describe('cutmixBox', () => {
  it('follows timm by hand: λ = 0.84 on 10 × 10, centre (5, 2) → 4 × 4 box', () => {
    // r = √0.16 = 0.4, cut = ⌊10·0.4⌋ = 4, half = 2; cy = ⌊0.55·10⌋ = 5, cx = ⌊0.25·10⌋ = 2.
    const box = cutmixBox(0.84, 10, 10, scriptedRng([0.55, 0.25]));
    expect(box).toEqual({ y0: 3, y1: 7, x0: 0, x1: 4 });
  });

  it('clips at the image border: λ = 0.75 on 10 × 10 centred at (0, 9)', () => {
    // r = 0.5, cut = 5, half = 2; rows [0 − 2, 0 + 2) → [0, 2), columns [7, 11) → [7, 10).
    const box = cutmixBox(0.75, 10, 10, scriptedRng([0, 0.95]));
    expect(box).toEqual({ y0: 0, y1: 2, x0: 7, x1: 10 });
  });

  it('gives an empty box for λ = 1', () => {
    const box = cutmixBox(1, 28, 28, createRng(1));
    expect(boxArea(box)).toBe(0);
    expect(lambdaFromBox(box, 28, 28)).toBe(1);
  });

  it('stays inside the image, and 1 − λ (corrected) is exactly the pasted share', () => {
    const rng = createRng(8);
    for (let trial = 0; trial < 2000; trial++) {
      const lam = rng();
      const box = cutmixBox(lam, 28, 20, rng);
      expect(0 <= box.x0 && box.x0 <= box.x1 && box.x1 <= 20).toBe(true);
      expect(0 <= box.y0 && box.y0 <= box.y1 && box.y1 <= 28).toBe(true);
      const area = (box.x1 - box.x0) * (box.y1 - box.y0);
      const corrected = lambdaFromBox(box, 28, 20);
      expect((1 - corrected) * 28 * 20).toBeCloseTo(area, 9);
      // The box never exceeds the requested (1 − λ) share: rounding and clipping only shrink it.
      expect(area).toBeLessThanOrEqual((1 - lam) * 28 * 20 + 1e-9);
    }
  });

  it.each([-0.1, 1.1, NaN])('rejects λ = %s', (lam) => {
    expect(() => cutmixBox(lam, 28, 28, createRng(1))).toThrow(`CutMix lambda must be in [0, 1], got ${lam}`);
  });

  it('rejects a bad height or width, naming it', () => {
    expect(() => cutmixBox(0.5, 0, 28, createRng(1))).toThrow('height must be a positive integer, got 0');
    expect(() => cutmixBox(0.5, 28, 2.5, createRng(1))).toThrow('width must be a positive integer, got 2.5');
  });
});

describe('boxArea and lambdaFromBox', () => {
  it('count pixels of the half-open box and the kept share', () => {
    const box: Box = { x0: 1, x1: 4, y0: 2, y1: 4 };
    expect(boxArea(box)).toBe(6);
    expect(lambdaFromBox(box, 4, 8)).toBe(1 - 6 / 32);
  });
});

describe('pasteBoxes', () => {
  // Two 3 × 3 images: image 0 holds 0 … 8, image 1 holds 10 … 18.
  const images = Float32Array.from([0, 1, 2, 3, 4, 5, 6, 7, 8, 10, 11, 12, 13, 14, 15, 16, 17, 18]);

  it('takes the partner inside the box and the original outside it', () => {
    const boxes: Box[] = [
      { x0: 1, x1: 3, y0: 0, y1: 2 },
      { x0: 0, x1: 1, y0: 2, y1: 3 },
    ];
    const mixed = pasteBoxes(images, 3, 3, Int32Array.from([1, 0]), boxes);
    expect(Array.from(mixed)).toEqual([0, 11, 12, 3, 14, 15, 6, 7, 8, 10, 11, 12, 13, 14, 15, 6, 17, 18]);
    expect(images[1]).toBe(1);
  });

  it('rejects mismatched shapes, bad partners and boxes outside the image', () => {
    const box: Box = { x0: 0, x1: 1, y0: 0, y1: 1 };
    expect(() => pasteBoxes(images, 3, 3, Int32Array.from([1]), [box])).toThrow('images.length 18');
    expect(() => pasteBoxes(images, 3, 3, Int32Array.from([1, 2]), [box, box])).toThrow(
      'partners[1] must be an integer in [0, 2), got 2',
    );
    expect(() => pasteBoxes(images, 3, 3, Int32Array.from([1, 0]), [box, { x0: 2, x1: 4, y0: 0, y1: 1 }])).toThrow(
      'boxes[1]',
    );
  });
});
