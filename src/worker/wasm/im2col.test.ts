import { describe, expect, it } from 'vitest';
import { columnShape, fillColumns, type ConvGeometry } from './im2col';

function geometry(
  partial: Partial<ConvGeometry> & Pick<ConvGeometry, 'inHeight' | 'inWidth' | 'filterHeight' | 'filterWidth'>,
): ConvGeometry {
  const g = {
    batch: 2,
    inChannels: 3,
    strideHeight: 1,
    strideWidth: 1,
    dilationHeight: 1,
    dilationWidth: 1,
    padTop: 0,
    padLeft: 0,
    outHeight: 0,
    outWidth: 0,
    ...partial,
  };
  return g;
}

/** The defining formula, one element at a time, from x in its usual NHWC layout. */
function referenceColumns(x: Float32Array, g: ConvGeometry): number[][] {
  const [rows, cols] = columnShape(g);
  const m: number[][] = Array.from({ length: rows }, () => new Array<number>(cols).fill(0));
  for (let r = 0; r < g.filterHeight; r++)
    for (let c = 0; c < g.filterWidth; c++)
      for (let ci = 0; ci < g.inChannels; ci++)
        for (let n = 0; n < g.batch; n++)
          for (let oy = 0; oy < g.outHeight; oy++)
            for (let ox = 0; ox < g.outWidth; ox++) {
              const iy = oy * g.strideHeight + r * g.dilationHeight - g.padTop;
              const ix = ox * g.strideWidth + c * g.dilationWidth - g.padLeft;
              const inside = iy >= 0 && iy < g.inHeight && ix >= 0 && ix < g.inWidth;
              const row = m[(r * g.filterWidth + c) * g.inChannels + ci] as number[];
              row[(n * g.outHeight + oy) * g.outWidth + ox] = inside
                ? (x[((n * g.inHeight + iy) * g.inWidth + ix) * g.inChannels + ci] as number)
                : 0;
            }
  return m;
}

function channelMajor(x: Float32Array, g: ConvGeometry): Float32Array {
  const out = new Float32Array(x.length);
  for (let n = 0; n < g.batch; n++)
    for (let y = 0; y < g.inHeight; y++)
      for (let xx = 0; xx < g.inWidth; xx++)
        for (let ci = 0; ci < g.inChannels; ci++)
          out[((ci * g.batch + n) * g.inHeight + y) * g.inWidth + xx] = x[
            ((n * g.inHeight + y) * g.inWidth + xx) * g.inChannels + ci
          ] as number;
  return out;
}

const cases: [string, ConvGeometry][] = [
  [
    'valid, stride 1',
    geometry({ inHeight: 6, inWidth: 7, filterHeight: 3, filterWidth: 3, outHeight: 4, outWidth: 5 }),
  ],
  [
    'same, stride 1 (pads 1 each side)',
    geometry({
      inHeight: 5,
      inWidth: 5,
      filterHeight: 3,
      filterWidth: 3,
      outHeight: 5,
      outWidth: 5,
      padTop: 1,
      padLeft: 1,
    }),
  ],
  [
    'same, stride 2, odd size',
    geometry({
      inHeight: 7,
      inWidth: 9,
      filterHeight: 3,
      filterWidth: 2,
      strideHeight: 2,
      strideWidth: 2,
      outHeight: 4,
      outWidth: 5,
      padTop: 1,
      padLeft: 0,
    }),
  ],
  [
    'dilation 2',
    geometry({
      inHeight: 8,
      inWidth: 8,
      filterHeight: 3,
      filterWidth: 3,
      dilationHeight: 2,
      dilationWidth: 2,
      outHeight: 4,
      outWidth: 4,
    }),
  ],
  [
    'padding wider than the filter reach',
    geometry({
      inHeight: 3,
      inWidth: 3,
      filterHeight: 2,
      filterWidth: 2,
      outHeight: 6,
      outWidth: 6,
      padTop: 2,
      padLeft: 2,
      batch: 1,
      inChannels: 1,
    }),
  ],
];

describe('fillColumns', () => {
  it.each(cases)('matches the defining formula: %s', (_name, g) => {
    const x = Float32Array.from(
      { length: g.batch * g.inHeight * g.inWidth * g.inChannels },
      (_, i) => 1 + ((i * 37) % 101),
    );
    const [rows, cols] = columnShape(g);
    const columns = new Float32Array(rows * cols).fill(Number.NaN);
    fillColumns(channelMajor(x, g), g, columns);
    const expected = referenceColumns(x, g);
    for (let row = 0; row < rows; row++)
      expect(Array.from(columns.subarray(row * cols, (row + 1) * cols))).toEqual(expected[row]);
  });

  it('refuses arrays whose sizes do not fit the geometry', () => {
    const g = cases[0]?.[1] as ConvGeometry;
    const [rows, cols] = columnShape(g);
    expect(() => fillColumns(new Float32Array(5), g, new Float32Array(rows * cols))).toThrow(/x has 5 values/);
    expect(() => fillColumns(new Float32Array(g.batch * 42 * 3), g, new Float32Array(3))).toThrow(
      /output has 3 values/,
    );
  });
});
