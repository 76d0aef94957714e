/**
 * The settings of one paired run: their table, and the type, defaults, words, checks and text reading derived from
 * it. Pure (no TF.js, no DOM) so the page, the worker and the Node scripts share it.
 */

import * as v from 'valibot';
import { LAMBDA_PERS, MAX_SHAPE, MIN_SHAPE, MIX_MODES } from '../mixup/mixOptions';
import { createRng, type Rng } from '../mixup/rng';
import { t } from '../i18n/i18n';

interface ChoiceRow {
  readonly kind: 'choice';
  readonly options: readonly string[];
  readonly default: string;
  /** Its options are words the page translates (config:options.<key>.<option>), not names such as tiny or adam. */
  readonly wordOptions?: true;
}
interface RangeRow {
  readonly kind: 'integer' | 'number';
  readonly min: number;
  readonly max: number;
  readonly default: number | null;
  /** A value allowed outside [min, max]; the catalogue words its meaning (config:fields.<key>.zeroMeans, nullMeans). */
  readonly special?: 0 | null;
}
/** What a row of SETTINGS may say. */
export type SettingRow = (ChoiceRow | RangeRow) & {
  /** Folded under Advanced in the Train tab, and left out of a classroom link's form. */
  readonly advanced?: true;
  /** Only the mixup arm reads it: the baseline never mixes. */
  readonly mixing?: true;
};

/**
 * Every training setting, one row each, and the only place the settings are listed: the TrainConfig type, the
 * defaults, the one validator (so the form, links, imported files, the worker and the runner check with the same
 * rules and words), the Train tab's controls, a link's parameters and the experiment runner's flags are all read from
 * it, and each setting's label, help and special value's meaning are found in the catalogue by its key. So a new
 * setting is a row here and its words in the catalogue, and no other list can miss it. The order is the order of
 * the form, of links, of the runner's --help and of the field lists in messages.
 *
 * No row says which engines train it: the fused WebGPU engine refuses a run by the memory its model and batch size
 * need together (fusedSupport), not by any one setting.
 */
export const SETTINGS = {
  model: { kind: 'choice', options: ['tiny', 'seed-cnn'], default: 'tiny' },
  /** Size of the class-balanced training subset. */
  trainSize: { kind: 'integer', min: 100, max: 60000, default: 1000 },
  /** Fraction of training labels replaced by a wrong class (test labels stay clean). */
  labelNoise: { kind: 'number', min: 0, max: 0.8, default: 0 },
  epochs: { kind: 'integer', min: 1, max: 200, default: 5 },
  batchSize: { kind: 'integer', min: 8, max: 512, default: 32 },
  learningRate: { kind: 'number', min: 1e-5, max: 1, default: 1e-3 },
  /** SGD runs with momentum 0.9. */
  optimizer: { kind: 'choice', options: ['adam', 'sgd'], default: 'adam', advanced: true },
  /** L2 penalty wd/2·‖W‖² on the kernels (not biases), identical for both arms. */
  weightDecay: { kind: 'number', min: 0, max: 0.1, default: 0, advanced: true },
  /** Beta shape α; 0 turns mixing off, making the mixup arm a second baseline. */
  alpha: { kind: 'number', min: MIN_SHAPE, max: MAX_SHAPE, special: 0, default: 0.4, mixing: true },
  /** Beta shape β; null means β = α. */
  beta: { kind: 'number', min: MIN_SHAPE, max: MAX_SHAPE, special: null, default: null, mixing: true, advanced: true },
  mixMode: { kind: 'choice', options: MIX_MODES, default: 'mixup', mixing: true },
  lambdaPer: {
    kind: 'choice',
    options: LAMBDA_PERS,
    wordOptions: true,
    default: 'batch',
    mixing: true,
    advanced: true,
  },
  seed: { kind: 'integer', min: 0, max: 2 ** 31 - 1, default: 1 },
  /** Steps between quick evaluations. */
  evalEvery: { kind: 'integer', min: 1, max: 10000, default: 10, advanced: true },
  /** Size of the fixed test subset used by quick evaluations; always part of the epoch-end test subset. */
  quickEvalSize: { kind: 'integer', min: 100, max: 10000, default: 1000, advanced: true },
  /** Test examples of the epoch-end evaluation; 10,000 is the whole test set. */
  testSize: { kind: 'integer', min: 100, max: 10000, default: 10000, advanced: true },
  /** Size of the fixed clean training subset for train accuracy; never more than trainSize. */
  trainEvalSize: { kind: 'integer', min: 100, max: 10000, default: 1000, advanced: true },
} as const satisfies Record<string, SettingRow>;

export type SettingKey = keyof typeof SETTINGS;
type Row<K extends SettingKey> = (typeof SETTINGS)[K];
/** The values a row allows: one of its options; or a number, and null where null has a meaning. */
type ValueOf<R> = R extends { readonly options: readonly (infer O)[] }
  ? O
  : R extends { readonly special: null }
    ? number | null
    : number;

export type TrainConfig = { -readonly [K in keyof typeof SETTINGS]: ValueOf<(typeof SETTINGS)[K]> };
export type ModelKind = TrainConfig['model'];
export type OptimizerKind = TrainConfig['optimizer'];

/** The settings in the table's order. */
export const SETTING_KEYS = Object.keys(SETTINGS) as SettingKey[];

/** The row of `key`, as a SettingRow whose kind narrows it. */
export const settingRow = (key: SettingKey): SettingRow => SETTINGS[key];

export const DEFAULT_CONFIG: Readonly<TrainConfig> = Object.fromEntries(
  SETTING_KEYS.map((key) => [key, SETTINGS[key].default]),
) as TrainConfig;

/** The settings whose row has `Shape`, e.g. a special value of null. */
type KeysWhere<Shape> = { [K in SettingKey]: Row<K> extends Shape ? K : never }[SettingKey];

/** A setting's name in the page's language. */
export const settingLabel = (key: SettingKey): string => t(`config:fields.${key}.label`);

/** A setting's one-line help in the page's language. */
export const settingHelp = (key: SettingKey): string => t(`config:fields.${key}.help`);

function specialText(key: SettingKey, special: 0 | null): string {
  return special === null
    ? t(`config:fields.${key as KeysWhere<{ special: null }>}.nullMeans`)
    : t(`config:fields.${key as KeysWhere<{ special: 0 }>}.zeroMeans`);
}

/** What a setting's special value (0 or null) means, in the page's language; undefined for a setting without one. */
export function specialMeaning(key: SettingKey): string | undefined {
  const row = settingRow(key);
  return row.kind === 'choice' || row.special === undefined ? undefined : specialText(key, row.special);
}

type WordOptionKey = {
  [K in KeysWhere<{ wordOptions: true }>]: `config:options.${K}.${TrainConfig[K]}`;
}[KeysWhere<{ wordOptions: true }>];

/** A choice's option as the page shows it: most are names (tiny, adam), λ's "batch" and "example" are words. */
export function optionLabel(key: SettingKey, option: string): string {
  const row = settingRow(key);
  return row.kind === 'choice' && row.wordOptions ? t(`config:options.${key}.${option}` as WordOptionKey) : option;
}

/** The allowed values in words, e.g. "an integer from 8 to 512", in the page's language. */
export function describeRange(key: SettingKey): string {
  const row = settingRow(key);
  if (row.kind === 'choice') {
    return t('config:range.oneOf', { options: row.options.map((option) => `'${option}'`).join(', ') });
  }
  const bounds = { min: String(row.min), max: String(row.max) };
  const range = row.kind === 'integer' ? t('config:range.integer', bounds) : t('config:range.number', bounds);
  if (row.special === undefined) return range;
  const meaning = specialText(key, row.special);
  return row.special === 0
    ? t('config:range.orZero', { meaning, range })
    : t('config:range.orNull', { meaning, range });
}

/** The values a row allows, as a schema without words: each place that checks a setting words the failure its way. */
function valueSchema(row: SettingRow): v.GenericSchema {
  if (row.kind === 'choice') return v.picklist(row.options);
  const range =
    row.kind === 'integer'
      ? v.pipe(v.number(), v.integer(), v.minValue(row.min), v.maxValue(row.max))
      : v.pipe(v.number(), v.minValue(row.min), v.maxValue(row.max));
  if (row.special === 0) return v.union([v.literal(0), range]);
  if (row.special === null) return v.nullable(range);
  return range;
}

const VALUE_SCHEMAS = Object.fromEntries(SETTING_KEYS.map((key) => [key, valueSchema(settingRow(key))])) as {
  [K in SettingKey]: v.GenericSchema<unknown, TrainConfig[K]>;
};

/** The schema of one setting's value, from its row; a link words its failure as the link's own sentence. */
export const settingSchema = (key: SettingKey): v.GenericSchema => VALUE_SCHEMAS[key];

/** Whether `value` is one the setting accepts: its range, or a special value (0 or null) it gives a meaning. */
export const isAllowed = (key: SettingKey, value: unknown): boolean => v.is(VALUE_SCHEMAS[key], value);

/** A decimal number as people type it: 12, 0.4, .5, 1e-3. */
const NUMBER_TEXT = /^[+-]?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?$/i;

/**
 * A setting written as text (a link's parameter, a runner's flag) as the value it stands for; NaN for text that is no
 * number, which no range allows. Empty or "null" is null where null has a meaning.
 */
export function settingFromText(key: SettingKey, text: string): unknown {
  const row = settingRow(key);
  if (row.kind === 'choice') return text;
  if (row.special === null && (text === 'null' || text === '')) return null;
  return NUMBER_TEXT.test(text) ? Number(text) : NaN;
}

export class ConfigError extends Error {
  override name = 'ConfigError';

  constructor(
    readonly field: string,
    message: string,
  ) {
    super(message);
  }
}

function describeValue(value: unknown): string {
  return typeof value === 'number' ? String(value) : (JSON.stringify(value) ?? String(value));
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** A setting in a whole config: its row's values, or its default when left out. */
function configEntry<K extends SettingKey>(field: K) {
  const outOfRange = (issue: v.BaseIssue<unknown>) =>
    t('config:errors.outOfRange', { field, range: describeRange(field), value: describeValue(issue.input) });
  return v.optional(v.config(VALUE_SCHEMAS[field], { message: outOfRange }), SETTINGS[field].default as TrainConfig[K]);
}

/**
 * The one check of a whole config, from the table: each setting its row's values (missing or undefined ones take
 * the default), no unknown field, a batch no larger than the training set; then trainEvalSize is capped at
 * trainSize and quickEvalSize at testSize, so the output is what actually runs. Its words are made when it runs, in
 * the page's language then.
 */
const CONFIG_SCHEMA = v.pipe(
  v.custom<Record<string, unknown>>(isRecord, (issue) =>
    t('config:errors.notObject', { value: describeValue(issue.input) }),
  ),
  v.strictObject(
    Object.fromEntries(SETTING_KEYS.map((key) => [key, configEntry(key)])) as {
      [K in SettingKey]: ReturnType<typeof configEntry<K>>;
    },
    // An unknown field is usually a misspelling: the message lists the real ones.
    (issue) => t('config:errors.unknownField', { key: String(issue.input), fields: SETTING_KEYS.join(', ') }),
  ),
  v.forward(
    v.check(
      (config) => config.batchSize <= config.trainSize,
      ({ input: { trainSize, batchSize } }) => t('config:errors.batchOverTrainSize', { trainSize, batchSize }),
    ),
    ['batchSize'],
  ),
  v.transform((config): TrainConfig => ({
    ...config,
    trainEvalSize: Math.min(config.trainEvalSize, config.trainSize),
    quickEvalSize: Math.min(config.quickEvalSize, config.testSize),
  })),
);

/**
 * Checks a config from anywhere (the form, a link, a saved or imported file, the worker's command, a script) and
 * fills what it leaves out from DEFAULT_CONFIG; see CONFIG_SCHEMA.
 *
 * @throws ConfigError naming the field, the bad value and the allowed range.
 */
export function validateConfig(input: unknown): TrainConfig {
  const result = v.safeParse(CONFIG_SCHEMA, input, { abortEarly: true });
  if (result.success) return result.output;
  const [issue] = result.issues;
  throw new ConfigError(String(issue.path?.[0]?.key ?? ''), issue.message);
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

/**
 * Whether two configs train the same baseline, step for step: they agree on every setting the baseline reads (the
 * seed fixes its initial weights and its batches), whatever their mixing.
 */
export function sameBaseline(a: TrainConfig, b: TrainConfig): boolean {
  return SETTING_KEYS.every((key) => settingRow(key).mixing || a[key] === b[key]);
}
