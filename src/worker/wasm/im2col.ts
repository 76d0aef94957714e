/**
 * The column matrix behind a convolution's filter gradient, as pure array code (no TF.js), so its
 * indexing is tested on its own. With it, dW = columns · dy is one matrix product:
 * dW[r, c, ci, co] = Σ_{n, oy, ox} x[n, oy·sh + r·dh − top, ox·sw + c·dw − left, ci] · dy[n, oy, ox, co].
 */
export interface ConvGeometry {
  batch: number;
  inHeight: number;
  inWidth: number;
  inChannels: number;
  outHeight: number;
  outWidth: number;
  filterHeight: number;
  filterWidth: number;
  strideHeight: number;
  strideWidth: number;
  dilationHeight: number;
  dilationWidth: number;
  padTop: number;
  padLeft: number;
}

/** Rows × columns of the matrix `fillColumns` writes: one row per filter weight, one column per output pixel. */
export function columnShape(g: ConvGeometry): [number, number] {
  return [g.filterHeight * g.filterWidth * g.inChannels, g.batch * g.outHeight * g.outWidth];
}

/**
 * Writes columns[(r·fw + c)·cin + ci][(n·oh + oy)·ow + ox] = x[n, iy, ix, ci] (zero outside the
 * image), reading x channel-major — `channelMajorX` is x transposed to [cin, n, h, w] — so that
 * every inner loop reads and writes memory in order.
 */
export function fillColumns(channelMajorX: Float32Array, g: ConvGeometry, columns: Float32Array): void {
  const [rows, cols] = columnShape(g);
  if (channelMajorX.length !== g.inChannels * g.batch * g.inHeight * g.inWidth) {
    throw new Error(
      `fillColumns: x has ${channelMajorX.length} values, the geometry needs ${g.inChannels * g.batch * g.inHeight * g.inWidth}`,
    );
  }
  if (columns.length !== rows * cols)
    throw new Error(`fillColumns: the output has ${columns.length} values, not ${rows * cols}`);
  const { inHeight, inWidth, outHeight, outWidth, strideHeight, strideWidth } = g;
  let out = 0;
  for (let r = 0; r < g.filterHeight; r++) {
    const rowOffset = r * g.dilationHeight - g.padTop;
    for (let c = 0; c < g.filterWidth; c++) {
      const colOffset = c * g.dilationWidth - g.padLeft;
      // The output columns whose input column lies inside the image: [oxFirst, oxEnd).
      const oxFirst = Math.min(outWidth, Math.max(0, Math.ceil(-colOffset / strideWidth)));
      const oxEnd = Math.max(oxFirst, Math.min(outWidth, Math.ceil((inWidth - colOffset) / strideWidth)));
      for (let ci = 0; ci < g.inChannels; ci++) {
        for (let n = 0; n < g.batch; n++) {
          const plane = (ci * g.batch + n) * inHeight;
          for (let oy = 0; oy < outHeight; oy++) {
            const iy = oy * strideHeight + rowOffset;
            if (iy < 0 || iy >= inHeight) {
              columns.fill(0, out, out + outWidth);
              out += outWidth;
              continue;
            }
            const line = (plane + iy) * inWidth + colOffset;
            if (oxFirst > 0) columns.fill(0, out, out + oxFirst);
            for (let ox = oxFirst; ox < oxEnd; ox++)
              columns[out + ox] = channelMajorX[line + ox * strideWidth] as number;
            if (oxEnd < outWidth) columns.fill(0, out + oxEnd, out + outWidth);
            out += outWidth;
          }
        }
      }
    }
  }
}
