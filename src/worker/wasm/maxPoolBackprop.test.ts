import { describe, expect, it } from 'vitest';
import { maxPoolBackprop, type PoolGeometry } from './maxPoolBackprop';

/**
 * maxPoolBackprop against gradients worked out by hand. The 4×4 image used throughout, one
 * channel, flat indices in brackets:
 *
 *    1 [0]   2 [1]   5 [2]   0 [3]
 *    4 [4]   3 [5]   1 [6]   6 [7]
 *    0 [8]   9 [9]   2 [10]  2 [11]
 *    7 [12]  8 [13]  3 [14]  1 [15]
 */
const IMAGE = [1, 2, 5, 0, 4, 3, 1, 6, 0, 9, 2, 2, 7, 8, 3, 1];

function geometry(
  partial: Partial<PoolGeometry> & Pick<PoolGeometry, 'outHeight' | 'outWidth' | 'filterHeight' | 'filterWidth'>,
): PoolGeometry {
  return {
    batch: 1,
    inHeight: 4,
    inWidth: 4,
    inChannels: 1,
    strideHeight: 1,
    strideWidth: 1,
    padTop: 0,
    padLeft: 0,
    ...partial,
  };
}

/** dx for x and dy, starting from NaN so that every position must be written. */
function backprop(x: number[], dy: number[], g: PoolGeometry): number[] {
  const dx = new Float32Array(x.length).fill(Number.NaN);
  maxPoolBackprop(Float32Array.from(x), Float32Array.from(dy), g, dx);
  return Array.from(dx);
}

/** A zero array of `length` with `entries` ([index, value]) set. */
function sparse(length: number, entries: [number, number][]): number[] {
  const out = new Array<number>(length).fill(0);
  for (const [index, value] of entries) out[index] = value;
  return out;
}

describe('maxPoolBackprop', () => {
  it('pool 2 stride 2: each window’s gradient goes to its maximum', () => {
    // Windows {1,2,4,3} → 4 [4]; {5,0,1,6} → 6 [7]; {0,9,7,8} → 9 [9]; {2,2,3,1} → 3 [14].
    const g = geometry({ outHeight: 2, outWidth: 2, filterHeight: 2, filterWidth: 2, strideHeight: 2, strideWidth: 2 });
    expect(backprop(IMAGE, [10, 20, 30, 40], g)).toEqual(
      sparse(16, [
        [4, 10],
        [7, 20],
        [9, 30],
        [14, 40],
      ]),
    );
  });

  it('a tie goes to the first position, scanning rows then columns', () => {
    // The bottom-right window becomes {2,2,2,1}: its first 2 is [10]. The top-left {5,5,5,5} (rows 0–1, columns 0–1)
    // picks [0].
    const x = [5, 5, 5, 0, 5, 5, 1, 6, 0, 9, 2, 2, 7, 8, 2, 1];
    const g = geometry({ outHeight: 2, outWidth: 2, filterHeight: 2, filterWidth: 2, strideHeight: 2, strideWidth: 2 });
    expect(backprop(x, [10, 20, 30, 40], g)).toEqual(
      sparse(16, [
        [0, 10],
        [7, 20],
        [9, 30],
        [10, 40],
      ]),
    );
  });

  it('overlapping windows (pool 2 stride 1) add up where they share a maximum', () => {
    // Windows in row-major order and their maxima:
    //   {1,2,4,3} 4 [4]   {2,5,3,1} 5 [2]   {5,0,1,6} 6 [7]
    //   {4,3,0,9} 9 [9]   {3,1,9,2} 9 [9]   {1,6,2,2} 6 [7]
    //   {0,9,7,8} 9 [9]   {9,2,8,3} 9 [9]   {2,2,3,1} 3 [14]
    const g = geometry({ outHeight: 3, outWidth: 3, filterHeight: 2, filterWidth: 2 });
    expect(backprop(IMAGE, [1, 2, 3, 4, 5, 6, 7, 8, 9], g)).toEqual(
      sparse(16, [
        [4, 1],
        [2, 2],
        [7, 3 + 6],
        [9, 4 + 5 + 7 + 8],
        [14, 9],
      ]),
    );
  });

  it('pool 3 stride 1: one maximum shared by all four windows gets the sum', () => {
    const g = geometry({ outHeight: 2, outWidth: 2, filterHeight: 3, filterWidth: 3 });
    expect(backprop(IMAGE, [1, 2, 3, 4], g)).toEqual(sparse(16, [[9, 10]]));
  });

  it("'same' padding shifts the windows up and left by the top and left padding", () => {
    // Pool 2 stride 2, padding 1 on top and left: window rows {0}, {1,2}, {3} and the same columns.
    //   {1} [0]          {2,5} 5 [2]          {0} [3]
    //   {4,0} 4 [4]      {3,1,9,2} 9 [9]      {6,2} 6 [7]
    //   {7} [12]         {8,3} 8 [13]         {1} [15]
    const g = geometry({
      outHeight: 3,
      outWidth: 3,
      filterHeight: 2,
      filterWidth: 2,
      strideHeight: 2,
      strideWidth: 2,
      padTop: 1,
      padLeft: 1,
    });
    expect(backprop(IMAGE, [1, 2, 3, 4, 5, 6, 7, 8, 9], g)).toEqual(
      sparse(16, [
        [0, 1],
        [2, 2],
        [3, 3],
        [4, 4],
        [9, 5],
        [7, 6],
        [12, 7],
        [13, 8],
        [15, 9],
      ]),
    );
  });

  it('padding is not a value: all-negative windows still pick a pixel of the image', () => {
    // x = −1 … −16: each window's maximum is its first pixel inside the image.
    const x = IMAGE.map((_, i) => -(i + 1));
    const g = geometry({
      outHeight: 3,
      outWidth: 3,
      filterHeight: 2,
      filterWidth: 2,
      strideHeight: 2,
      strideWidth: 2,
      padTop: 1,
      padLeft: 1,
    });
    expect(backprop(x, [1, 2, 3, 4, 5, 6, 7, 8, 9], g)).toEqual(
      sparse(16, [
        [0, 1],
        [1, 2],
        [3, 3],
        [4, 4],
        [5, 5],
        [7, 6],
        [12, 7],
        [13, 8],
        [15, 9],
      ]),
    );
  });

  it('a window that lies wholly in the padding passes no gradient', () => {
    // Padding 2 on top, pool 2 stride 1: the first output row's windows cover rows −2 and −1 only.
    // The second row's windows see image row 0 alone: {1,2} 2 [1], {2,5} 5 [2], {5,0} 5 [2].
    const g = geometry({ inHeight: 1, outHeight: 2, outWidth: 3, filterHeight: 2, filterWidth: 2, padTop: 2 });
    expect(backprop([1, 2, 5, 0], [100, 200, 300, 1, 2, 3], g)).toEqual([0, 1, 2 + 3, 0]);
  });

  it('keeps batch items and channels apart', () => {
    // Two 2×2 images with two channels, values per pixel [c0, c1]:
    //   image 0: [1,8] [3,2] / [2,5] [0,7] → c0 max 3 at [2], c1 max 8 at [1]
    //   image 1: [0,0] [−1,4] / [6,4] [6,1] → c0 max 6 first at [12], c1 max 4 first at [11]
    const x = [1, 8, 3, 2, 2, 5, 0, 7, 0, 0, -1, 4, 6, 4, 6, 1];
    const g = geometry({
      batch: 2,
      inHeight: 2,
      inWidth: 2,
      inChannels: 2,
      outHeight: 1,
      outWidth: 1,
      filterHeight: 2,
      filterWidth: 2,
      strideHeight: 2,
      strideWidth: 2,
    });
    expect(backprop(x, [10, 20, 30, 40], g)).toEqual(
      sparse(16, [
        [2, 10],
        [1, 20],
        [12, 30],
        [11, 40],
      ]),
    );
  });

  it('refuses arrays whose sizes do not fit the geometry', () => {
    const g = geometry({ outHeight: 2, outWidth: 2, filterHeight: 2, filterWidth: 2, strideHeight: 2, strideWidth: 2 });
    const ok = (n: number) => new Float32Array(n);
    expect(() => maxPoolBackprop(ok(15), ok(4), g, ok(15))).toThrow(
      'maxPoolBackprop: x and dx need 16 values, got 15 and 15',
    );
    expect(() => maxPoolBackprop(ok(16), ok(4), g, ok(17))).toThrow(
      'maxPoolBackprop: x and dx need 16 values, got 16 and 17',
    );
    expect(() => maxPoolBackprop(ok(16), ok(3), g, ok(16))).toThrow('maxPoolBackprop: dy needs 4 values, got 3');
    expect(() => maxPoolBackprop(ok(16), ok(5), g, ok(16))).toThrow('maxPoolBackprop: dy needs 4 values, got 5');
  });
});
