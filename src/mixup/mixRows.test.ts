import { describe, expect, it } from 'vitest';
import { mixRows } from './mixRows';

describe('mixRows', () => {
  // Three 2 × 2 images, values chosen so every product is exact in float32.
  const images = Float32Array.from([0, 0.25, 0.5, 1, 1, 1, 0, 0, 0.5, 0.5, 0.5, 0.5]);
  const partners = Int32Array.from([2, 0, 1]);
  const lambdas = Float32Array.from([0.75, 0.5, 0.25]);

  it('computes λ_i·x_i + (1 − λ_i)·x_partner, checked by hand', () => {
    // Row 0: 0.75·[0, .25, .5, 1] + 0.25·[.5, .5, .5, .5]
    // Row 1: 0.5·[1, 1, 0, 0] + 0.5·[0, .25, .5, 1]
    // Row 2: 0.25·[.5, .5, .5, .5] + 0.75·[1, 1, 0, 0]
    expect(Array.from(mixRows(images, 4, partners, lambdas))).toEqual([
      0.125, 0.3125, 0.5, 0.875, 0.5, 0.625, 0.25, 0.5, 0.875, 0.875, 0.125, 0.125,
    ]);
  });

  it('leaves rows unchanged with λ = 1 and does not modify its input', () => {
    const copy = images.slice();
    expect(mixRows(images, 4, partners, Float32Array.from([1, 1, 1]))).toEqual(images);
    expect(images).toEqual(copy);
  });

  it('rejects mismatched lengths and partners outside the batch', () => {
    expect(() => mixRows(images, 5, partners, lambdas)).toThrow('rows.length 12, rowLength 5');
    expect(() => mixRows(images, 4, partners, Float32Array.from([1]))).toThrow('1 lambdas');
    expect(() => mixRows(images, 4, Int32Array.from([0, 3, 1]), lambdas)).toThrow(
      'partners[1] must be an integer in [0, 3), got 3',
    );
  });
});
