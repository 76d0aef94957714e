import { describe, expect, it } from 'vitest';
import { blendPair } from './pairBlend';

// Two 2 × 2 images, row-major.
const xi = Uint8Array.of(0, 100, 200, 255);
const xj = Uint8Array.of(255, 50, 0, 255);

describe('blendPair', () => {
  it('mixup: each pixel is round(λ·a + (1 − λ)·b)', () => {
    // λ = 0.25: 0.75·255 = 191.25 → 191; 25 + 37.5 = 62.5 → 63; 0.25·200 = 50; 255.
    expect(Array.from(blendPair(xi, xj, { lambda: 0.25, box: null }, 2, 2))).toEqual([191, 63, 50, 255]);
  });

  it('mixup: λ = 1 gives x_i and λ = 0 gives x_j exactly', () => {
    expect(blendPair(xi, xj, { lambda: 1, box: null }, 2, 2)).toEqual(xi);
    expect(blendPair(xi, xj, { lambda: 0, box: null }, 2, 2)).toEqual(xj);
  });

  it('CutMix: x_j inside the box, x_i outside', () => {
    // The box is the right-hand column.
    const box = { x0: 1, y0: 0, x1: 2, y1: 2 };
    expect(Array.from(blendPair(xi, xj, { lambda: 0.5, box }, 2, 2))).toEqual([0, 50, 200, 255]);
  });

  it('leaves its inputs untouched', () => {
    blendPair(xi, xj, { lambda: 0.5, box: null }, 2, 2);
    expect(Array.from(xi)).toEqual([0, 100, 200, 255]);
    expect(Array.from(xj)).toEqual([255, 50, 0, 255]);
  });
});
