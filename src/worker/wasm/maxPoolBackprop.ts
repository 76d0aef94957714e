import type { ConvGeometry } from './im2col';

/**
 * Max pooling's gradient as pure array code (no TF.js): each output cell's gradient goes to the
 * first position holding its window's maximum, scanning rows then columns — the position
 * TF.js's CPU backend picks — and adds up where windows overlap.
 */
/** A pooling window has no dilation; the rest is a convolution's geometry. */
export type PoolGeometry = Omit<ConvGeometry, 'dilationHeight' | 'dilationWidth'>;

/** dx (NHWC, zero-filled here) from x and dy, both NHWC. */
export function maxPoolBackprop(x: Float32Array, dy: Float32Array, g: PoolGeometry, dx: Float32Array): void {
  const { inHeight, inWidth, inChannels: depth } = g;
  if (x.length !== g.batch * inHeight * inWidth * depth || dx.length !== x.length) {
    throw new Error(
      `maxPoolBackprop: x and dx need ${g.batch * inHeight * inWidth * depth} values, got ${x.length} and ${dx.length}`,
    );
  }
  if (dy.length !== g.batch * g.outHeight * g.outWidth * depth) {
    throw new Error(`maxPoolBackprop: dy needs ${g.batch * g.outHeight * g.outWidth * depth} values, got ${dy.length}`);
  }
  dx.fill(0);
  for (let n = 0; n < g.batch; n++) {
    for (let oy = 0; oy < g.outHeight; oy++) {
      const yStart = oy * g.strideHeight - g.padTop;
      const yFrom = Math.max(0, yStart);
      const yTo = Math.min(inHeight, yStart + g.filterHeight);
      for (let ox = 0; ox < g.outWidth; ox++) {
        const xStart = ox * g.strideWidth - g.padLeft;
        const xFrom = Math.max(0, xStart);
        const xTo = Math.min(inWidth, xStart + g.filterWidth);
        const dyBase = ((n * g.outHeight + oy) * g.outWidth + ox) * depth;
        for (let c = 0; c < depth; c++) {
          let best = -Infinity;
          let at = -1;
          for (let y = yFrom; y < yTo; y++) {
            for (let xx = xFrom; xx < xTo; xx++) {
              const index = ((n * inHeight + y) * inWidth + xx) * depth + c;
              const value = x[index] as number;
              if (value > best) {
                best = value;
                at = index;
              }
            }
          }
          if (at >= 0) dx[at] = (dx[at] as number) + (dy[dyBase + c] as number);
        }
      }
    }
  }
}
