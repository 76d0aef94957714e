import type { MnistSplit } from '../../../data/loadMnist';
import type { LambdaPer, MixMode } from '../../../mixup/mix';
import { drawMixPlan } from '../../../mixup/mix';
import type { Rng } from '../../../mixup/rng';
import { createRng, randomInt } from '../../../mixup/rng';
import type { PairMix } from './pairBlend';
import { blendPair } from './pairBlend';

/** Pairs in the gallery: enough to see λ vary, few enough to take in at a glance. */
export const GALLERY_SIZE = 8;

/** The mixing settings the gallery shows at work: the explored shapes, the training draft's mode. */
export interface MixSettings {
  alpha: number;
  /** null means β = α. */
  beta: number | null;
  mode: MixMode;
  lambdaPer: LambdaPer;
}

export interface GalleryPair {
  /** Test-set indices of x_i and x_j: equal when the permutation leaves the example in place. */
  indexI: number;
  indexJ: number;
  labelI: number;
  labelJ: number;
  xi: Uint8Array;
  xj: Uint8Array;
  mix: PairMix;
  /** x̃ in whole grey levels. */
  mixed: Uint8Array;
}

/**
 * n distinct test-set indices, uniformly at random: a batch has no repeats, so neither does the gallery.
 *
 * @throws Error if the split has fewer than n images.
 */
export function pickDigits(count: number, n: number, rng: Rng): number[] {
  if (n > count) throw new Error(`cannot pick ${n} distinct digits from ${count}`);
  const chosen = new Set<number>();
  while (chosen.size < n) chosen.add(randomInt(rng, count));
  return [...chosen];
}

/**
 * The gallery for a seed: a batch of random test digits, then `drawMixPlan` on the same stream, as a
 * training step draws its partners, λs and boxes. The digits are drawn first so that changing α, the
 * mode or λ's granularity re-mixes the same batch instead of showing new digits.
 *
 * @throws Error for settings that `drawMixPlan` refuses (e.g. α outside its range).
 */
export function drawGallery(split: MnistSplit, seed: number, settings: MixSettings): GalleryPair[] {
  const { height, width } = split;
  const pixels = height * width;
  const rng = createRng(seed);
  const indices = pickDigits(split.count, GALLERY_SIZE, rng);
  const { alpha, beta, mode, lambdaPer } = settings;
  const plan = drawMixPlan(indices.length, { alpha, beta: beta ?? alpha, mode, lambdaPer, height, width }, rng);
  const digit = (index: number) => split.images.subarray(index * pixels, (index + 1) * pixels);

  return indices.map((indexI, k) => {
    const indexJ = indices[plan.partners[k] ?? k] ?? indexI;
    const mix: PairMix = { lambda: plan.lambdas[k] ?? 1, box: plan.boxes?.[k] ?? null };
    const xi = digit(indexI);
    const xj = digit(indexJ);
    return {
      indexI,
      indexJ,
      labelI: split.labels[indexI] ?? 0,
      labelJ: split.labels[indexJ] ?? 0,
      xi,
      xj,
      mix,
      mixed: blendPair(xi, xj, mix, height, width),
    };
  });
}
