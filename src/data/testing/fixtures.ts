/** Builders shared by the data tests: tiny IDX files and a seeded rng that does not depend on src/mixup. */

export function makeIdx(dims: readonly number[], values: ArrayLike<number>): Uint8Array<ArrayBuffer> {
  const header = 4 + 4 * dims.length;
  const bytes = new Uint8Array(header + values.length);
  const view = new DataView(bytes.buffer);
  view.setUint32(0, 0x00000800 | dims.length);
  dims.forEach((size, i) => view.setUint32(4 + 4 * i, size));
  bytes.set(Array.from(values), header);
  return bytes;
}

/** `count` images of random pixels: they barely compress, so their .gz arrives in many chunks like the real one. */
export function makeImages(count: number, height = 28, width = 28): Uint8Array<ArrayBuffer> {
  const rng = seededRng(count);
  return makeIdx(
    [count, height, width],
    Uint8Array.from({ length: count * height * width }, () => Math.floor(rng() * 256)),
  );
}

export function makeLabels(count: number, numClasses = 10): Uint8Array<ArrayBuffer> {
  return makeIdx(
    [count],
    Array.from({ length: count }, (_, i) => (i * 7 + 3) % numClasses),
  );
}

/** mulberry32: small, fast and good enough to make test draws repeatable. */
export function seededRng(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
