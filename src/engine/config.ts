/**
 * The settings of one paired run, described once in CONFIG_FIELDS: validation here, and the UI's
 * controls and URL parameters elsewhere, read the same schema. Pure (no TF.js) so the page can import it.
 */

import type { LambdaPer, MixMode } from '../mixup/mixOptions';
import { MAX_SHAPE, MIN_SHAPE } from '../mixup/mixOptions';
import { createRng, type Rng } from '../mixup/rng';

export type ModelKind = 'tiny' | 'seed-cnn';
export type OptimizerKind = 'adam' | 'sgd';

export interface TrainConfig {
  model: ModelKind;
  /** Size of the class-balanced training subset. */
  trainSize: number;
  /** Fraction of training labels replaced by a wrong class (test labels stay clean). */
  labelNoise: number;
  epochs: number;
  batchSize: number;
  learningRate: number;
  /** SGD runs with momentum 0.9. */
  optimizer: OptimizerKind;
  /** L2 penalty wd/2·‖W‖² on the kernels (not biases), identical for both arms. */
  weightDecay: number;
  /** Beta shape α; 0 turns mixing off, making the mixup arm a second baseline. */
  alpha: number;
  /** Beta shape β; null means β = α. */
  beta: number | null;
  mixMode: MixMode;
  lambdaPer: LambdaPer;
  seed: number;
  /** Steps between quick evaluations. */
  evalEvery: number;
  /** Size of the fixed test subset used by quick evaluations; always part of the epoch-end test subset. */
  quickEvalSize: number;
  /** Test examples of the epoch-end evaluation; 10,000 is the whole test set. */
  testSize: number;
  /** Size of the fixed clean training subset for train accuracy; never more than trainSize. */
  trainEvalSize: number;
}

interface FieldBase {
  label: string;
  help: string;
}
export interface ChoiceField<T extends string> extends FieldBase {
  kind: 'choice';
  options: readonly T[];
}
export interface IntegerField extends FieldBase {
  kind: 'integer';
  min: number;
  max: number;
}
export interface NumberField extends FieldBase {
  kind: 'number';
  min: number;
  max: number;
  /** Set when 0 is allowed outside [min, max]; says what it means. */
  zeroMeans?: string;
  /** Set when null is allowed; says what it means. */
  nullMeans?: string;
}
export type FieldSpec = ChoiceField<string> | IntegerField | NumberField;

/** Ties each field's spec to its value type, so a choice field's options are the union's members. */
type SpecFor<T> = [T] extends [string] ? ChoiceField<T> : IntegerField | NumberField;

export const CONFIG_FIELDS: { readonly [K in keyof TrainConfig]: SpecFor<TrainConfig[K]> } = {
  model: {
    kind: 'choice',
    options: ['tiny', 'seed-cnn'],
    label: 'Model',
    help: 'tiny: two small convolutions, fast; seed-cnn: two 3×3 convolutions and a 128-unit dense layer, 1.2M weights',
  },
  trainSize: {
    kind: 'integer',
    min: 100,
    max: 60000,
    label: 'Training examples',
    help: 'class-balanced subset of the 60,000',
  },
  labelNoise: {
    kind: 'number',
    min: 0,
    max: 0.8,
    label: 'Label noise',
    help: 'fraction of training labels made wrong',
  },
  epochs: { kind: 'integer', min: 1, max: 200, label: 'Epochs', help: 'passes over the training subset' },
  batchSize: {
    kind: 'integer',
    min: 8,
    max: 512,
    label: 'Batch size',
    help: 'at most the training size; the last partial batch is dropped',
  },
  learningRate: { kind: 'number', min: 1e-5, max: 1, label: 'Learning rate', help: 'step size of the optimizer' },
  optimizer: { kind: 'choice', options: ['adam', 'sgd'], label: 'Optimizer', help: 'Adam, or SGD with momentum 0.9' },
  weightDecay: { kind: 'number', min: 0, max: 0.1, label: 'Weight decay', help: 'L2 penalty wd/2·‖W‖² on the kernels' },
  alpha: {
    kind: 'number',
    min: MIN_SHAPE,
    max: MAX_SHAPE,
    zeroMeans: 'no mixing',
    label: 'α',
    help: 'λ ~ Beta(α, β); small α keeps λ near 0 or 1',
  },
  beta: {
    kind: 'number',
    min: MIN_SHAPE,
    max: MAX_SHAPE,
    nullMeans: 'same as alpha',
    label: 'β',
    help: 'second Beta shape; the paper uses β = α',
  },
  mixMode: {
    kind: 'choice',
    options: ['mixup', 'cutmix'],
    label: 'Mixing',
    help: 'blend whole images, or paste a box',
  },
  lambdaPer: {
    kind: 'choice',
    options: ['batch', 'example'],
    label: 'λ drawn per',
    help: 'one λ per batch (the paper) or per example',
  },
  seed: {
    kind: 'integer',
    min: 0,
    max: 2 ** 31 - 1,
    label: 'Seed',
    help: 'fixes the subset, noise, initial weights, order and mixing',
  },
  evalEvery: { kind: 'integer', min: 1, max: 10000, label: 'Evaluate every', help: 'steps between quick evaluations' },
  quickEvalSize: {
    kind: 'integer',
    min: 100,
    max: 10000,
    label: 'Quick-eval size',
    help: 'fixed test subset for the live curves',
  },
  testSize: {
    kind: 'integer',
    min: 100,
    max: 10000,
    label: 'Test examples',
    help: 'test digits of the epoch-end evaluation; 10,000 is the whole test set',
  },
  trainEvalSize: {
    kind: 'integer',
    min: 100,
    max: 10000,
    label: 'Train-eval size',
    help: 'fixed clean training subset for train accuracy, capped at the training size',
  },
};

export const DEFAULT_CONFIG: Readonly<TrainConfig> = {
  model: 'tiny',
  trainSize: 1000,
  labelNoise: 0,
  epochs: 5,
  batchSize: 32,
  learningRate: 1e-3,
  optimizer: 'adam',
  weightDecay: 0,
  alpha: 0.4,
  beta: null,
  mixMode: 'mixup',
  lambdaPer: 'batch',
  seed: 1,
  evalEvery: 10,
  quickEvalSize: 1000,
  testSize: 10000,
  trainEvalSize: 1000,
};

export class ConfigError extends Error {
  override name = 'ConfigError';

  constructor(
    readonly field: string,
    message: string,
  ) {
    super(message);
  }
}

const FIELD_NAMES = Object.keys(CONFIG_FIELDS) as (keyof TrainConfig)[];

function describeValue(value: unknown): string {
  return typeof value === 'number' ? String(value) : (JSON.stringify(value) ?? String(value));
}

/** The allowed values in words, e.g. "an integer from 8 to 512". */
export function describeRange(spec: FieldSpec): string {
  if (spec.kind === 'choice') return `one of ${spec.options.map((option) => `'${option}'`).join(', ')}`;
  const range = `${spec.kind === 'integer' ? 'an integer' : 'a number'} from ${spec.min} to ${spec.max}`;
  if (spec.kind === 'number' && spec.zeroMeans) return `0 (${spec.zeroMeans}) or ${range}`;
  if (spec.kind === 'number' && spec.nullMeans) return `null (${spec.nullMeans}) or ${range}`;
  return range;
}

/** Whether `value` is one the field accepts: its range, or a special value (0 or null) it gives a meaning. */
export function isAllowed(spec: FieldSpec, value: unknown): boolean {
  if (spec.kind === 'choice') return typeof value === 'string' && spec.options.includes(value);
  if (spec.kind === 'number' && spec.nullMeans && value === null) return true;
  if (typeof value !== 'number' || !Number.isFinite(value)) return false;
  if (spec.kind === 'integer' && !Number.isInteger(value)) return false;
  if (spec.kind === 'number' && spec.zeroMeans && value === 0) return true;
  return value >= spec.min && value <= spec.max;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * Checks a config from anywhere (UI, URL, JSON, a script), filling missing or undefined fields
 * from DEFAULT_CONFIG. trainEvalSize is capped at trainSize and quickEvalSize at testSize, so the
 * result is what actually runs.
 *
 * @throws ConfigError naming the field, the bad value and the allowed range; unknown fields are
 *   errors too, since they are usually misspellings.
 */
export function validateConfig(input: unknown): TrainConfig {
  if (!isRecord(input)) throw new ConfigError('', `a training config must be an object, got ${describeValue(input)}`);
  for (const key of Object.keys(input)) {
    if (!(key in CONFIG_FIELDS)) {
      throw new ConfigError(key, `unknown config field '${key}'; the fields are ${FIELD_NAMES.join(', ')}`);
    }
  }
  const config: Record<string, unknown> = { ...DEFAULT_CONFIG };
  for (const field of FIELD_NAMES) {
    const value = input[field];
    if (value === undefined) continue;
    const spec: FieldSpec = CONFIG_FIELDS[field];
    if (!isAllowed(spec, value)) {
      throw new ConfigError(field, `${field} must be ${describeRange(spec)}, got ${describeValue(value)}`);
    }
    config[field] = value;
  }
  const valid = config as unknown as TrainConfig;
  if (valid.batchSize > valid.trainSize) {
    throw new ConfigError(
      'batchSize',
      `batchSize must be at most trainSize (${valid.trainSize}) so that an epoch has a full batch, got ${valid.batchSize}`,
    );
  }
  return {
    ...valid,
    trainEvalSize: Math.min(valid.trainEvalSize, valid.trainSize),
    quickEvalSize: Math.min(valid.quickEvalSize, valid.testSize),
  };
}

/** The independent random streams of a run, one per purpose, so changing one choice never shifts another. */
const STREAMS = ['subset', 'labelNoise', 'trainEval', 'quickEval', 'init', 'order', 'mix'] as const;
export type RandomStream = (typeof STREAMS)[number];

/**
 * The rng for one purpose of the run with this seed. Distinct (seed, stream) pairs give distinct
 * generator seeds; createRng spreads nearby seeds apart.
 */
export function rngFor(seed: number, stream: RandomStream): Rng {
  return createRng(seed * STREAMS.length + STREAMS.indexOf(stream));
}

/** The settings only the mixup arm reads: the baseline never mixes. */
const MIXING_FIELDS: readonly (keyof TrainConfig)[] = ['alpha', 'beta', 'mixMode', 'lambdaPer'];

/**
 * Whether two configs train the same baseline, step for step: they agree on every setting the baseline reads (the
 * seed fixes its initial weights and its batches), whatever their mixing.
 */
export function sameBaseline(a: TrainConfig, b: TrainConfig): boolean {
  return (Object.keys(CONFIG_FIELDS) as (keyof TrainConfig)[]).every(
    (field) => MIXING_FIELDS.includes(field) || a[field] === b[field],
  );
}
