import type { Box } from '../../../mixup/cutmix';
import { lambdaFromBox } from '../../../mixup/cutmix';

export interface BoxCentre {
  cx: number;
  cy: number;
}

/** Where a pair's box sits: its middle, or the image's middle when the box is empty (α = 0). */
export function boxCentre(box: Box, height: number, width: number): BoxCentre {
  if (box.x0 === box.x1 || box.y0 === box.y1) return { cx: Math.floor(width / 2), cy: Math.floor(height / 2) };
  return { cx: Math.round((box.x0 + box.x1) / 2), cy: Math.round((box.y0 + box.y1) / 2) };
}

/** The box cx ± half by cy ± half, clipped to the image, as `cutmixBox` lays out its boxes. */
export function boxAround({ cx, cy }: BoxCentre, half: number, height: number, width: number): Box {
  return {
    x0: Math.max(0, cx - half),
    y0: Math.max(0, cy - half),
    x1: Math.min(width, cx + half),
    y1: Math.min(height, cy + half),
  };
}

/**
 * The CutMix box around a fixed centre whose area share leaves x_i the weight closest to λ. The
 * candidates grow from empty (λ = 1, all x_i) until they cover the whole image (λ = 0, all x_j), so
 * the ends of the path are exactly x_i and x_j even for a centre off the middle, which `cutmixBox`'s
 * own sizing (side √(1 − λ) of the image) would leave partly uncovered.
 */
export function boxForLambda(centre: BoxCentre, lambda: number, height: number, width: number): Box {
  const largest = Math.max(centre.cx, width - centre.cx, centre.cy, height - centre.cy);
  let best = boxAround(centre, 0, height, width);
  let bestGap = Math.abs(1 - lambda);
  for (let half = 1; half <= largest; half++) {
    const box = boxAround(centre, half, height, width);
    const gap = Math.abs(lambdaFromBox(box, height, width) - lambda);
    if (gap < bestGap) {
      best = box;
      bestGap = gap;
    }
  }
  return best;
}
