import type { Box } from '../../../mixup/cutmix';
import { pasteBoxes } from '../../../mixup/cutmix';
import { mixRows } from '../../../mixup/mixRows';

/** How one pair is mixed: λ, the weight of x_i, and for CutMix the box of x_j's pixels (null for mixup). */
export interface PairMix {
  lambda: number;
  box: Box | null;
}

/** A batch of two, x_i then x_j, each the other's partner: the library's batch functions then mix one pair. */
const EACH_OTHER = Int32Array.of(1, 0);

/**
 * x̃ for one pair, computed by the same functions that mix a training batch, so the picture is what
 * the network is given. Pixels stay on MNIST's 0…255 scale (mixing is linear, so the scale changes
 * nothing) and x̃ is rounded to whole grey levels for display only: a blend of two grey levels is
 * generally not one itself, and a canvas holds 8-bit values.
 */
export function blendPair(xi: Uint8Array, xj: Uint8Array, mix: PairMix, height: number, width: number): Uint8Array {
  const pixels = height * width;
  const batch = new Float32Array(2 * pixels);
  batch.set(xi);
  batch.set(xj, pixels);
  const mixed = mix.box
    ? pasteBoxes(batch, height, width, EACH_OTHER, [mix.box, mix.box])
    : mixRows(batch, pixels, EACH_OTHER, Float32Array.of(mix.lambda, mix.lambda));
  return Uint8Array.from(mixed.subarray(0, pixels), (value) => Math.round(value));
}
