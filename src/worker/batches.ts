import * as tf from '@tensorflow/tfjs';
import type { Box } from '../mixup/cutmix';
import { drawMixPlan, type MixPlan } from '../mixup/mix';
import type { MixOptions } from '../mixup/mixOptions';
import { permutation, type Rng } from '../mixup/rng';
import { rngFor, type TrainConfig } from '../contract/config';

/** What JS decides for one step: which training examples, and how the mixup arm mixes them. */
export interface StepPlan {
  /** Positions in the training subset, batchSize of them. */
  indices: Int32Array;
  /** Null when α = 0: the mixup arm then trains on the baseline batch itself. */
  mix: MixPlan | null;
}

export interface DeviceBatch {
  /** [batchSize, 28, 28, 1] */
  images: tf.Tensor4D;
  /** [batchSize, 10], rows summing to 1. */
  targets: tf.Tensor2D;
}

export type BatchSettings = Pick<TrainConfig, 'seed' | 'batchSize' | 'alpha' | 'beta' | 'mixMode' | 'lambdaPer'>;

export function mixOptionsOf(settings: BatchSettings): MixOptions {
  return {
    alpha: settings.alpha,
    beta: settings.beta ?? settings.alpha,
    mode: settings.mixMode,
    lambdaPer: settings.lambdaPer,
  };
}

/**
 * The run's sequence of step plans. The example order and the mixing draws come from separate
 * streams of the seed, so the baseline sees the same batches whatever α is, and both arms of a
 * run see the same examples at every step. Each epoch is a fresh shuffle; the last partial batch
 * is dropped so every step has the same shapes (GPU kernels compile once).
 */
export class BatchPlanner {
  readonly stepsPerEpoch: number;
  private readonly orderRng: Rng;
  private readonly mixRng: Rng;
  private readonly mixOptions: MixOptions;
  private order: Int32Array = new Int32Array(0);
  private stepInEpoch = 0;

  constructor(
    private readonly trainCount: number,
    private readonly settings: BatchSettings,
  ) {
    this.stepsPerEpoch = Math.floor(trainCount / settings.batchSize);
    if (this.stepsPerEpoch === 0) {
      throw new Error(`batch size ${settings.batchSize} is larger than the ${trainCount} training examples`);
    }
    this.orderRng = rngFor(settings.seed, 'order');
    this.mixRng = rngFor(settings.seed, 'mix');
    this.mixOptions = mixOptionsOf(settings);
    this.stepInEpoch = this.stepsPerEpoch;
  }

  next(): StepPlan {
    if (this.stepInEpoch === this.stepsPerEpoch) {
      this.order = permutation(this.trainCount, this.orderRng);
      this.stepInEpoch = 0;
    }
    const start = this.stepInEpoch * this.settings.batchSize;
    this.stepInEpoch++;
    const indices = this.order.slice(start, start + this.settings.batchSize);
    const mix = this.settings.alpha === 0 ? null : drawMixPlan(indices.length, this.mixOptions, this.mixRng);
    return { indices, mix };
  }
}

/** The examples at `indices`, gathered on the device. Call inside tf.tidy. */
export function gatherBatch(images: tf.Tensor4D, targets: tf.Tensor2D, indices: Int32Array): DeviceBatch {
  const at = tf.tensor1d(indices, 'int32');
  return { images: tf.gather(images, at), targets: tf.gather(targets, at) };
}

/** ỹ_i = λ_i·y_i + (1 − λ_i)·y_partner(i), for images or targets alike (λ broadcast per row). */
function blend<T extends tf.Tensor>(own: T, partner: T, lambdas: tf.Tensor1D): T {
  const lam = lambdas.reshape([lambdas.shape[0], ...own.shape.slice(1).map(() => 1)]);
  return tf.add(tf.mul(lam, own), tf.mul(tf.sub(1, lam), partner));
}

/**
 * [n, H, W, 1] booleans, true inside box i for example i, from comparing row and column index
 * grids with the box bounds, so only 4n integers cross to the device.
 */
function boxMask(boxes: readonly Box[], height: number, width: number): tf.Tensor4D {
  const bounds = tf.tensor2d(
    Int32Array.from(boxes.flatMap((box) => [box.x0, box.y0, box.x1, box.y1])),
    [boxes.length, 4],
    'int32',
  );
  const [x0, y0, x1, y1] = tf.split(bounds.reshape([boxes.length, 4, 1, 1]), 4, 1) as [
    tf.Tensor,
    tf.Tensor,
    tf.Tensor,
    tf.Tensor,
  ];
  const rows = tf.range(0, height, 1, 'int32').reshape([1, 1, height, 1]);
  const cols = tf.range(0, width, 1, 'int32').reshape([1, 1, 1, width]);
  const inRows = tf.logicalAnd(tf.greaterEqual(rows, y0), tf.less(rows, y1));
  const inCols = tf.logicalAnd(tf.greaterEqual(cols, x0), tf.less(cols, x1));
  return tf.logicalAnd(inRows, inCols).reshape([boxes.length, height, width, 1]);
}

/**
 * The mixup arm's batch: the baseline batch mixed on the device as `plan` says, equal (to float32
 * rounding) to src/mixup's mixBatch on the same examples with the same draws. Call inside tf.tidy.
 */
export function mixOnDevice(batch: DeviceBatch, plan: MixPlan): DeviceBatch {
  const partners = tf.tensor1d(plan.partners, 'int32');
  const lambdas = tf.tensor1d(plan.lambdas, 'float32');
  const partnerImages = tf.gather(batch.images, partners);
  const partnerTargets = tf.gather(batch.targets, partners);
  const [, height = 0, width = 0] = batch.images.shape;
  const images = plan.boxes
    ? tf.where(boxMask(plan.boxes, height, width), partnerImages, batch.images)
    : blend(batch.images, partnerImages, lambdas);
  return { images, targets: blend(batch.targets, partnerTargets, lambdas) };
}
