/**
 * Grey value → one RGBA pixel as a 32-bit word, in the platform's byte order: writing a digit is then one
 * store per pixel. This runs while the page opens, before the JIT has compiled it, where each operation
 * in the loop counts.
 */
const GREY = (() => {
  const words = new Uint32Array(256);
  const bytes = new Uint8Array(words.buffer);
  for (let value = 0; value < 256; value++) bytes.set([value, value, value, 255], 4 * value);
  return words;
})();

/**
 * Copies a `width`×`height` grey image (0 = black, 255 = white) into `target`'s pixels with its top-left
 * corner at (`left`, `top`).
 */
export function putGrey(target: ImageData, pixels: Uint8Array, width: number, height: number, left = 0, top = 0): void {
  const out = new Uint32Array(target.data.buffer, target.data.byteOffset, target.width * target.height);
  for (let row = 0; row < height; row++) {
    const from = row * width;
    const to = (top + row) * target.width + left;
    for (let column = 0; column < width; column++) out[to + column] = GREY[pixels[from + column] ?? 0] ?? 0;
  }
}
