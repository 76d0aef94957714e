import type { Rng } from './rng';
import { randomInt } from './rng';
import { requireIndices, requirePositiveInteger } from './validation';

/** A half-open pixel box [x0, x1) × [y0, y1); it is empty when x0 = x1 or y0 = y1. */
export interface Box {
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}

function clamp(value: number, low: number, high: number): number {
  return Math.min(high, Math.max(low, value));
}

/**
 * The CutMix box for a mixing weight λ, as in timm's `rand_bbox` (Yun et al., 2019):
 * the cut has side ratio r = √(1 − λ), so its area is about (1 − λ)·H·W;
 * cut_h = ⌊H·r⌋, cut_w = ⌊W·r⌋; the centre (cy, cx) is uniform over all pixels (cy drawn first);
 * the box spans cy ± ⌊cut_h/2⌋ and cx ± ⌊cut_w/2⌋, clipped to the image.
 *
 * Rounding and clipping make the real area differ from (1 − λ)·H·W, so use `lambdaFromBox`
 * for the weight that matches the pixels. λ = 1 gives an empty box. Consumes two draws.
 *
 * @throws Error unless λ is in [0, 1] and height and width are positive integers.
 */
export function cutmixBox(lam: number, height: number, width: number, rng: Rng): Box {
  if (!(lam >= 0 && lam <= 1)) throw new Error(`CutMix lambda must be in [0, 1], got ${String(lam)}`);
  requirePositiveInteger('height', height);
  requirePositiveInteger('width', width);
  const ratio = Math.sqrt(1 - lam);
  const halfH = Math.floor(Math.floor(height * ratio) / 2);
  const halfW = Math.floor(Math.floor(width * ratio) / 2);
  const cy = randomInt(rng, height);
  const cx = randomInt(rng, width);
  return {
    x0: clamp(cx - halfW, 0, width),
    y0: clamp(cy - halfH, 0, height),
    x1: clamp(cx + halfW, 0, width),
    y1: clamp(cy + halfH, 0, height),
  };
}

/** The number of pixels in the box: (x1 − x0)·(y1 − y0). */
export function boxArea(box: Box): number {
  return (box.x1 - box.x0) * (box.y1 - box.y0);
}

/**
 * The share of the image that still comes from the original after pasting the box:
 * λ = 1 − area / (H·W). This is the weight CutMix gives the original label.
 */
export function lambdaFromBox(box: Box, height: number, width: number): number {
  return 1 - boxArea(box) / (height * width);
}

function requireBoxInside(box: Box, index: number, height: number, width: number): void {
  const integers = [box.x0, box.y0, box.x1, box.y1].every(Number.isInteger);
  const inside =
    box.x0 >= 0 && box.x0 <= box.x1 && box.x1 <= width && box.y0 >= 0 && box.y0 <= box.y1 && box.y1 <= height;
  if (!(integers && inside)) {
    throw new Error(`boxes[${index}] must be an integer box inside ${height} × ${width}, got ${JSON.stringify(box)}`);
  }
}

/**
 * CutMix pixels: image i keeps its own pixels outside boxes[i] and takes those of image
 * partners[i] inside it. Images are N × (H·W) row-major; returns a new array.
 *
 * @throws Error unless images.length = N·H·W with N = partners.length = boxes.length, every
 * partner is an index in [0, N), and every box lies inside the H × W image.
 */
export function pasteBoxes(
  images: Float32Array,
  height: number,
  width: number,
  partners: Int32Array,
  boxes: readonly Box[],
): Float32Array {
  const pixels = height * width;
  const n = partners.length;
  if (boxes.length !== n || images.length !== n * pixels) {
    throw new Error(
      'pasteBoxes needs images.length = N·H·W with N = partners.length = boxes.length, got ' +
        `images.length ${images.length}, H·W ${pixels}, ${n} partners, ${boxes.length} boxes`,
    );
  }
  requireIndices('partners', partners, n);
  boxes.forEach((box, i) => requireBoxInside(box, i, height, width));
  const mixed = images.slice();
  boxes.forEach((box, i) => {
    const partner = partners[i] ?? i;
    for (let y = box.y0; y < box.y1; y++) {
      for (let x = box.x0; x < box.x1; x++) {
        // Read from the untouched input: the partner may already have had its own box pasted.
        mixed[i * pixels + y * width + x] = images[partner * pixels + y * width + x] ?? 0;
      }
    }
  });
  return mixed;
}
