/**
 * One paired run of the 2-D panel: a baseline and a mixup MLP from the same initial weights, on the same
 * batches, mixed as everywhere else in the app (λ ~ Beta(α, α) per batch, partners by permutation,
 * soft-target cross-entropy). Shared by the panel's worker and `npm run experiment:toy`. Pure.
 */
import { applyLabelNoise } from '../data/labelNoise';
import { oneHot } from '../mixup/labels';
import { mixBatch } from '../mixup/mix';
import { accuracy, expectedCalibrationError, meanNll } from '../mixup/metrics';
import { createRng, permutation, type Rng } from '../mixup/rng';
import { TOY_SPECS, sampleToyPoints, type Point, type ToyDataset, type ToyPoints } from './datasets';
import { adamStep, createAdam, initParams, lossAndGradient, predict, type Adam, type Params } from './mlp';
import { steepestSlope, uncertainWidth } from './slice';

export interface ToyConfig {
  dataset: ToyDataset;
  trainSize: number;
  /** The standard deviation of the Gaussian noise added to each coordinate. */
  noise: number;
  /** The fraction of training labels replaced by another class; test labels stay clean. */
  labelNoise: number;
  /** Beta(α, α); 0 trains the mixup arm exactly as the baseline. */
  alpha: number;
  steps: number;
  seed: number;
}

export const TOY_DEFAULTS: Readonly<ToyConfig> = {
  dataset: 'moons',
  trainSize: 20,
  noise: 0.1,
  labelNoise: 0,
  alpha: 1,
  steps: 2000,
  seed: 1,
};

/** Inclusive ranges of the numeric settings, checked by `validateToyConfig` and used by the panel's controls. */
export const TOY_LIMITS = {
  trainSize: { min: 4, max: 200 },
  noise: { min: 0, max: 0.5 },
  labelNoise: { min: 0, max: 0.4 },
  steps: { min: 100, max: 5000 },
  alpha: { min: 0, max: 100 },
  seed: { min: 0, max: 1_000_000 },
} as const;

/** @throws RangeError naming the first setting outside its range. */
export function validateToyConfig(config: ToyConfig): ToyConfig {
  if (!(config.dataset in TOY_SPECS))
    throw new RangeError(`dataset must be one of ${Object.keys(TOY_SPECS).join(', ')}`);
  for (const [field, { min, max }] of Object.entries(TOY_LIMITS)) {
    const value = config[field as keyof typeof TOY_LIMITS];
    if (!(value >= min && value <= max)) throw new RangeError(`${field} must be in [${min}, ${max}], got ${value}`);
  }
  for (const field of ['trainSize', 'steps', 'seed'] as const) {
    if (!Number.isInteger(config[field])) throw new RangeError(`${field} must be a whole number, got ${config[field]}`);
  }
  return config;
}

export const HIDDEN_LAYERS = [32, 32];
const BATCH_SIZE = 32;
const LEARNING_RATE = 0.01;
export const TEST_SIZE = 1000;
/** The pictures' cells per side. */
export const GRID_SIZE = 72;
/** The slice runs past both class points by half the distance between them. */
const SLICE_FROM = -0.5;
const SLICE_TO = 1.5;
const SLICE_SAMPLES = 201;
/** Mixed pairs of the latest batch shown in the mixed-pair view. */
const PAIRS_SHOWN = 6;

export const TOY_ARMS = ['baseline', 'mixup'] as const;
export type ToyArm = (typeof TOY_ARMS)[number];
export type PerArm<T> = Record<ToyArm, T>;

/** One seeded stream per purpose, as in the MNIST runs, so changing one setting never shifts another's draws. */
const STREAMS = ['train', 'labelNoise', 'test', 'init', 'order', 'mix'] as const;
const toyRng = (seed: number, stream: (typeof STREAMS)[number]): Rng =>
  createRng(seed * STREAMS.length + STREAMS.indexOf(stream));

export interface ToyData {
  train: ToyPoints;
  /** Training points whose label noise replaced. */
  flipped: Int32Array;
  test: ToyPoints;
}

/** The run's training points (with label noise) and held-out test points; the page draws the same ones. */
export function toyData(config: ToyConfig): ToyData {
  const { numClasses } = TOY_SPECS[config.dataset];
  const clean = sampleToyPoints(config.dataset, config.trainSize, config.noise, toyRng(config.seed, 'train'));
  const noisy = applyLabelNoise(clean.labels, config.labelNoise, toyRng(config.seed, 'labelNoise'), numClasses);
  return {
    train: { x: clean.x, labels: noisy.labels },
    flipped: noisy.flipped,
    test: sampleToyPoints(config.dataset, TEST_SIZE, config.noise, toyRng(config.seed, 'test')),
  };
}

/** A pair the mixup arm trained on: the blend λ·from + (1 − λ)·to carries λ of from's label. */
export interface MixedPair {
  from: Point;
  to: Point;
  fromLabel: number;
  toLabel: number;
  lambda: number;
}

export interface ToyPictures {
  step: number;
  /** GRID_SIZE² cells × K probabilities, row by row from the top of the plane (y = extent). */
  grids: PerArm<Float32Array>;
  /** Each arm's predicted class for each training point. */
  trainPredicted: PerArm<Uint8Array>;
  pairs: MixedPair[];
}

export interface ArmSummary {
  trainAccuracy: number;
  testAccuracy: number;
  testNll: number;
  testEce: number;
  /** Along the slice: the width where 0.1 < p < 0.9, and the steepest slope. */
  uncertainWidth: number;
  steepestSlope: number;
}

export interface ToyResult extends ToyPictures {
  slice: { positions: Float32Array; p: PerArm<Float32Array> };
  summary: PerArm<ArmSummary>;
}

/** The centre of every grid cell, row by row from the top. */
export function gridPoints(extent: number): Float32Array {
  const points = new Float32Array(2 * GRID_SIZE * GRID_SIZE);
  const cell = (2 * extent) / GRID_SIZE;
  for (let row = 0; row < GRID_SIZE; row++) {
    for (let column = 0; column < GRID_SIZE; column++) {
      const at = 2 * (row * GRID_SIZE + column);
      points[at] = -extent + (column + 0.5) * cell;
      points[at + 1] = extent - (row + 0.5) * cell;
    }
  }
  return points;
}

function slicePositions(): Float32Array {
  return Float32Array.from(
    { length: SLICE_SAMPLES },
    (_, i) => SLICE_FROM + ((SLICE_TO - SLICE_FROM) * i) / (SLICE_SAMPLES - 1),
  );
}

function argmaxRows(probs: Float32Array, numClasses: number): Uint8Array {
  const predicted = new Uint8Array(probs.length / numClasses);
  for (let r = 0; r < predicted.length; r++) {
    for (let k = 1; k < numClasses; k++) {
      if ((probs[r * numClasses + k] ?? 0) > (probs[r * numClasses + (predicted[r] ?? 0)] ?? 0)) predicted[r] = k;
    }
  }
  return predicted;
}

export class ToyRun {
  readonly data: ToyData;
  readonly sizes: readonly number[];
  readonly params: PerArm<Params>;
  step = 0;
  private readonly config: ToyConfig;
  private readonly numClasses: number;
  private readonly adam: PerArm<Adam>;
  private readonly gradient: Float64Array;
  private readonly orderRng: Rng;
  private readonly mixRng: Rng;
  private order: Int32Array = new Int32Array(0);
  private nextInOrder = 0;
  private pairs: MixedPair[] = [];

  constructor(config: ToyConfig) {
    this.config = validateToyConfig(config);
    this.numClasses = TOY_SPECS[config.dataset].numClasses;
    this.data = toyData(config);
    this.sizes = [2, ...HIDDEN_LAYERS, this.numClasses];
    const initial = initParams(this.sizes, toyRng(config.seed, 'init'));
    this.params = { baseline: initial.slice(), mixup: initial.slice() };
    this.adam = { baseline: createAdam(initial.length), mixup: createAdam(initial.length) };
    this.gradient = new Float64Array(initial.length);
    this.orderRng = toyRng(config.seed, 'order');
    this.mixRng = toyRng(config.seed, 'mix');
  }

  get done(): boolean {
    return this.step >= this.config.steps;
  }

  /** The next batch's indices: consecutive slices of a fresh permutation per epoch, each batch full. */
  private nextBatch(): Int32Array {
    const size = Math.min(BATCH_SIZE, this.config.trainSize);
    if (this.nextInOrder + size > this.order.length) {
      this.order = permutation(this.config.trainSize, this.orderRng);
      this.nextInOrder = 0;
    }
    this.nextInOrder += size;
    return this.order.subarray(this.nextInOrder - size, this.nextInOrder);
  }

  /** Trains both arms for up to `count` more steps, stopping at the configured total. */
  advance(count: number): void {
    const { train } = this.data;
    for (let s = 0; s < count && !this.done; s++, this.step++) {
      const batch = this.nextBatch();
      const x = new Float32Array(2 * batch.length);
      const labels = new Uint8Array(batch.length);
      batch.forEach((index, i) => {
        x[2 * i] = train.x[2 * index] ?? 0;
        x[2 * i + 1] = train.x[2 * index + 1] ?? 0;
        labels[i] = train.labels[index] ?? 0;
      });
      lossAndGradient(this.params.baseline, this.sizes, x, oneHot(labels, this.numClasses), this.gradient);
      adamStep(this.adam.baseline, this.params.baseline, this.gradient, LEARNING_RATE);
      const mixed = mixBatch(
        x,
        labels,
        {
          alpha: this.config.alpha,
          mode: 'mixup',
          lambdaPer: 'batch',
          numClasses: this.numClasses,
          height: 1,
          width: 2,
        },
        this.mixRng,
      );
      lossAndGradient(this.params.mixup, this.sizes, mixed.images, mixed.targets, this.gradient);
      adamStep(this.adam.mixup, this.params.mixup, this.gradient, LEARNING_RATE);
      this.pairs = this.pairsOf(x, labels, mixed.partners, mixed.lambdas);
    }
  }

  private pairsOf(x: Float32Array, labels: Uint8Array, partners: Int32Array, lambdas: Float32Array): MixedPair[] {
    const pairs: MixedPair[] = [];
    for (let i = 0; i < partners.length && pairs.length < PAIRS_SHOWN; i++) {
      const j = partners[i] ?? i;
      if (j === i) continue;
      pairs.push({
        from: [x[2 * i] ?? 0, x[2 * i + 1] ?? 0],
        to: [x[2 * j] ?? 0, x[2 * j + 1] ?? 0],
        fromLabel: labels[i] ?? 0,
        toLabel: labels[j] ?? 0,
        lambda: lambdas[i] ?? 1,
      });
    }
    return pairs;
  }

  private perArm<T>(compute: (params: Params, arm: ToyArm) => T): PerArm<T> {
    return { baseline: compute(this.params.baseline, 'baseline'), mixup: compute(this.params.mixup, 'mixup') };
  }

  pictures(): ToyPictures {
    const grid = gridPoints(TOY_SPECS[this.config.dataset].extent);
    return {
      step: this.step,
      grids: this.perArm((params) => predict(params, this.sizes, grid)),
      trainPredicted: this.perArm((params) =>
        argmaxRows(predict(params, this.sizes, this.data.train.x), this.numClasses),
      ),
      pairs: this.pairs,
    };
  }

  /** The pictures, the slice and each arm's figures. */
  result(): ToyResult {
    const { slice } = TOY_SPECS[this.config.dataset];
    const positions = slicePositions();
    const line = new Float32Array(2 * positions.length);
    positions.forEach((t, i) => {
      line[2 * i] = slice.from[0] + t * (slice.to[0] - slice.from[0]);
      line[2 * i + 1] = slice.from[1] + t * (slice.to[1] - slice.from[1]);
    });
    const k = this.numClasses;
    const p = this.perArm((params) => {
      const probs = predict(params, this.sizes, line);
      return Float32Array.from(positions, (_, i) => probs[i * k + slice.toClass] ?? 0);
    });
    const { train, test } = this.data;
    const summary = this.perArm((params, arm): ArmSummary => {
      const testProbs = predict(params, this.sizes, test.x);
      return {
        trainAccuracy: accuracy(predict(params, this.sizes, train.x), train.labels, k),
        testAccuracy: accuracy(testProbs, test.labels, k),
        testNll: meanNll(testProbs, test.labels, k),
        testEce: expectedCalibrationError(testProbs, test.labels, k),
        uncertainWidth: uncertainWidth(positions, p[arm]),
        steepestSlope: steepestSlope(positions, p[arm]),
      };
    });
    return { ...this.pictures(), slice: { positions, p }, summary };
  }
}
