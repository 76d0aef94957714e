import { lambdaFromBox } from '../../../mixup/cutmix';
import { boxCentre, boxForLambda } from './cutmixPath';
import type { GalleryPair } from './galleryPairs';
import type { PairMix } from './pairBlend';
import { blendPair } from './pairBlend';

/** Frames of the film strip: λ = 0, 0.1, …, 1. */
export const FILM_FRAMES = 11;

export interface ScrubFrame {
  /** The weight actually applied: for CutMix, the area share of the box, not the λ asked for. */
  mix: PairMix;
  mixed: Uint8Array;
}

/**
 * The pair mixed at a chosen λ in the pair's own mode. λ is stored as float32 because that is the
 * weight the mixing functions apply, so the λ on screen is exactly the one behind the pixels.
 */
export function scrubFrame(pair: GalleryPair, lambda: number, height: number, width: number): ScrubFrame {
  const box = pair.mix.box && boxForLambda(boxCentre(pair.mix.box, height, width), lambda, height, width);
  const mix: PairMix = { lambda: Math.fround(box ? lambdaFromBox(box, height, width) : lambda), box };
  return { mix, mixed: blendPair(pair.xi, pair.xj, mix, height, width) };
}

/** The whole path from x_j (λ = 0) to x_i (λ = 1) in evenly spaced frames. */
export function filmStrip(pair: GalleryPair, height: number, width: number, frames = FILM_FRAMES): ScrubFrame[] {
  return Array.from({ length: frames }, (_, k) => scrubFrame(pair, k / (frames - 1), height, width));
}
