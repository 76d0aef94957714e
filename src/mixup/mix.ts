import { sampleBeta } from './beta';
import type { Box } from './cutmix';
import { cutmixBox, lambdaFromBox, pasteBoxes } from './cutmix';
import { oneHot, smoothLabels } from './labels';
import type { LambdaPer, MixOptions } from './mixOptions';
import { resolveMixOptions } from './mixOptions';
import { mixRows } from './mixRows';
import type { Rng } from './rng';
import { permutation } from './rng';

export type { LambdaPer, MixMode, MixOptions } from './mixOptions';

/**
 * The random choices of one mixing step, kept apart from the pixels so the same plan can be
 * applied here (`mixBatch`) or on a GPU.
 */
export interface MixPlan {
  /** Example i is mixed with example partners[i]. */
  partners: Int32Array;
  /** λ_i, the weight of example i's own image and label (after the CutMix area correction). */
  lambdas: Float32Array;
  /**
   * CutMix: the box of partner pixels pasted into each example (with lambdaPer 'batch', the same
   * box object for all). Null for mixup.
   */
  boxes: Box[] | null;
}

export interface MixResult extends MixPlan {
  /** N × (H·W) mixed images. */
  images: Float32Array;
  /** N × K soft targets; each row sums to 1. */
  targets: Float32Array;
}

const EMPTY_BOX: Readonly<Box> = { x0: 0, y0: 0, x1: 0, y1: 0 };

/**
 * Draws the partners, weights and (for CutMix) boxes for a batch of n examples.
 *
 * partners is a uniformly random permutation of 0 … n−1. Each λ ~ Beta(α, β), one draw shared
 * by the batch (lambdaPer 'batch', as in the paper) or one per example. For CutMix each λ sizes
 * a box (`cutmixBox`) and is then replaced by the share of pixels the box leaves to the
 * original, 1 − area/(H·W); with lambdaPer 'batch' one box serves the whole batch.
 *
 * λ is rounded to float32, so `lambdas` holds exactly the weights that get applied.
 * α = 0 switches mixing off: partners 0 … n−1, every λ = 1, empty CutMix boxes, and no draws.
 * Draw order, for reproducibility: the permutation, then for each λ its Beta draw followed (for
 * CutMix) by its box's centre.
 *
 * @throws Error for invalid options (see `resolveMixOptions`) or n not a non-negative integer.
 */
export function drawMixPlan(n: number, options: MixOptions, rng: Rng): MixPlan {
  const { alpha, beta, mode, lambdaPer, height, width } = resolveMixOptions(options);
  if (!(Number.isSafeInteger(n) && n >= 0)) {
    throw new Error(`batch size n must be a non-negative integer, got ${String(n)}`);
  }
  if (alpha === 0) {
    return {
      partners: Int32Array.from({ length: n }, (_, i) => i),
      lambdas: new Float32Array(n).fill(1),
      boxes: mode === 'cutmix' ? Array.from({ length: n }, () => ({ ...EMPTY_BOX })) : null,
    };
  }

  const partners = permutation(n, rng);
  const drawLambda = (): number => Math.fround(sampleBeta(alpha, beta, rng));
  if (mode === 'mixup') {
    return { partners, lambdas: Float32Array.from(drawPerExample(n, lambdaPer, drawLambda)), boxes: null };
  }
  const boxes = drawPerExample(n, lambdaPer, () => cutmixBox(drawLambda(), height, width, rng));
  const lambdas = Float32Array.from(boxes, (box) => lambdaFromBox(box, height, width));
  return { partners, lambdas, boxes };
}

/** n values: one draw shared by all ('batch') or n independent draws ('example'). */
function drawPerExample<T>(n: number, lambdaPer: LambdaPer, draw: () => T): T[] {
  if (lambdaPer === 'example') return Array.from({ length: n }, draw);
  const shared = draw();
  return Array.from({ length: n }, () => shared);
}

/**
 * One mixup or CutMix step on a batch (Zhang et al., 2018; Yun et al., 2019), with the random
 * choices of `drawMixPlan`. Targets y_i are one-hot rows, smoothed first when labelSmoothing > 0;
 * with j = partners[i]:
 * - mixup:  x̃_i = λ_i·x_i + (1 − λ_i)·x_j  and  ỹ_i = λ_i·y_i + (1 − λ_i)·y_j.
 * - CutMix: x̃_i is x_i with the pixels of boxes[i] taken from x_j, and ỹ_i as above with the
 *   area-corrected λ_i.
 * With α = 0 images and targets come back unmixed (copies). Inputs are never modified.
 *
 * @param images N × (H·W) pixel values in [0, 1], row-major; N is labels.length.
 * @throws Error for invalid options (see `resolveMixOptions`), labels outside [0, K), or
 *   images.length ≠ N·H·W.
 */
export function mixBatch(images: Float32Array, labels: ArrayLike<number>, options: MixOptions, rng: Rng): MixResult {
  const { labelSmoothing, numClasses, height, width } = resolveMixOptions(options);
  const n = labels.length;
  const pixels = height * width;
  if (images.length !== n * pixels) {
    throw new Error(`images.length must be N·H·W = ${n}·${height}·${width} = ${n * pixels}, got ${images.length}`);
  }
  const targets = smoothLabels(oneHot(labels, numClasses), numClasses, labelSmoothing);
  const plan = drawMixPlan(n, options, rng);
  const { partners, lambdas, boxes } = plan;
  return {
    ...plan,
    images: boxes ? pasteBoxes(images, height, width, partners, boxes) : mixRows(images, pixels, partners, lambdas),
    targets: mixRows(targets, numClasses, partners, lambdas),
  };
}
