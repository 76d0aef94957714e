/**
 * The settings of one paired run, described once in CONFIG_FIELDS: validation here, and the UI's
 * controls and URL parameters elsewhere, read the same schema. Pure (no TF.js) so the page can import it.
 */

import type { LambdaPer, MixMode } from '../mixup/mixOptions';
import { MAX_SHAPE, MIN_SHAPE } from '../mixup/mixOptions';
import { createRng, type Rng } from '../mixup/rng';
import { t } from '../i18n/i18n';

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
    get label() {
      return t('config:fields.model.label');
    },
    get help() {
      return t('config:fields.model.help');
    },
  },
  trainSize: {
    kind: 'integer',
    min: 100,
    max: 60000,
    get label() {
      return t('config:fields.trainSize.label');
    },
    get help() {
      return t('config:fields.trainSize.help');
    },
  },
  labelNoise: {
    kind: 'number',
    min: 0,
    max: 0.8,
    get label() {
      return t('config:fields.labelNoise.label');
    },
    get help() {
      return t('config:fields.labelNoise.help');
    },
  },
  epochs: {
    kind: 'integer',
    min: 1,
    max: 200,
    get label() {
      return t('config:fields.epochs.label');
    },
    get help() {
      return t('config:fields.epochs.help');
    },
  },
  batchSize: {
    kind: 'integer',
    min: 8,
    max: 512,
    get label() {
      return t('config:fields.batchSize.label');
    },
    get help() {
      return t('config:fields.batchSize.help');
    },
  },
  learningRate: {
    kind: 'number',
    min: 1e-5,
    max: 1,
    get label() {
      return t('config:fields.learningRate.label');
    },
    get help() {
      return t('config:fields.learningRate.help');
    },
  },
  optimizer: {
    kind: 'choice',
    options: ['adam', 'sgd'],
    get label() {
      return t('config:fields.optimizer.label');
    },
    get help() {
      return t('config:fields.optimizer.help');
    },
  },
  weightDecay: {
    kind: 'number',
    min: 0,
    max: 0.1,
    get label() {
      return t('config:fields.weightDecay.label');
    },
    get help() {
      return t('config:fields.weightDecay.help');
    },
  },
  alpha: {
    kind: 'number',
    min: MIN_SHAPE,
    max: MAX_SHAPE,
    get zeroMeans() {
      return t('config:fields.alpha.zeroMeans');
    },
    get label() {
      return t('config:fields.alpha.label');
    },
    get help() {
      return t('config:fields.alpha.help');
    },
  },
  beta: {
    kind: 'number',
    min: MIN_SHAPE,
    max: MAX_SHAPE,
    get nullMeans() {
      return t('config:fields.beta.nullMeans');
    },
    get label() {
      return t('config:fields.beta.label');
    },
    get help() {
      return t('config:fields.beta.help');
    },
  },
  mixMode: {
    kind: 'choice',
    options: ['mixup', 'cutmix'],
    get label() {
      return t('config:fields.mixMode.label');
    },
    get help() {
      return t('config:fields.mixMode.help');
    },
  },
  lambdaPer: {
    kind: 'choice',
    options: ['batch', 'example'],
    get label() {
      return t('config:fields.lambdaPer.label');
    },
    get help() {
      return t('config:fields.lambdaPer.help');
    },
  },
  seed: {
    kind: 'integer',
    min: 0,
    max: 2 ** 31 - 1,
    get label() {
      return t('config:fields.seed.label');
    },
    get help() {
      return t('config:fields.seed.help');
    },
  },
  evalEvery: {
    kind: 'integer',
    min: 1,
    max: 10000,
    get label() {
      return t('config:fields.evalEvery.label');
    },
    get help() {
      return t('config:fields.evalEvery.help');
    },
  },
  quickEvalSize: {
    kind: 'integer',
    min: 100,
    max: 10000,
    get label() {
      return t('config:fields.quickEvalSize.label');
    },
    get help() {
      return t('config:fields.quickEvalSize.help');
    },
  },
  testSize: {
    kind: 'integer',
    min: 100,
    max: 10000,
    get label() {
      return t('config:fields.testSize.label');
    },
    get help() {
      return t('config:fields.testSize.help');
    },
  },
  trainEvalSize: {
    kind: 'integer',
    min: 100,
    max: 10000,
    get label() {
      return t('config:fields.trainEvalSize.label');
    },
    get help() {
      return t('config:fields.trainEvalSize.help');
    },
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

/** The allowed values in words, e.g. "an integer from 8 to 512", in the page's language. */
export function describeRange(spec: FieldSpec): string {
  if (spec.kind === 'choice') {
    return t('config:range.oneOf', { options: spec.options.map((option) => `'${option}'`).join(', ') });
  }
  const bounds = { min: String(spec.min), max: String(spec.max) };
  const range = spec.kind === 'integer' ? t('config:range.integer', bounds) : t('config:range.number', bounds);
  if (spec.kind === 'number' && spec.zeroMeans) return t('config:range.orZero', { meaning: spec.zeroMeans, range });
  if (spec.kind === 'number' && spec.nullMeans) return t('config:range.orNull', { meaning: spec.nullMeans, range });
  return range;
}

/** A choice's option as the page shows it: most are names (tiny, Adam), λ's "batch" and "example" are words. */
export function optionLabel(field: keyof TrainConfig, option: string): string {
  if (field === 'lambdaPer' && (option === 'batch' || option === 'example')) {
    return t(`config:options.lambdaPer.${option}`);
  }
  return option;
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
  if (!isRecord(input)) throw new ConfigError('', t('config:errors.notObject', { value: describeValue(input) }));
  for (const key of Object.keys(input)) {
    if (!(key in CONFIG_FIELDS)) {
      throw new ConfigError(key, t('config:errors.unknownField', { key, fields: FIELD_NAMES.join(', ') }));
    }
  }
  const config: Record<string, unknown> = { ...DEFAULT_CONFIG };
  for (const field of FIELD_NAMES) {
    const value = input[field];
    if (value === undefined) continue;
    const spec: FieldSpec = CONFIG_FIELDS[field];
    if (!isAllowed(spec, value)) {
      throw new ConfigError(
        field,
        t('config:errors.outOfRange', { field, range: describeRange(spec), value: describeValue(value) }),
      );
    }
    config[field] = value;
  }
  const valid = config as unknown as TrainConfig;
  if (valid.batchSize > valid.trainSize) {
    throw new ConfigError(
      'batchSize',
      t('config:errors.batchOverTrainSize', { trainSize: valid.trainSize, batchSize: valid.batchSize }),
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
