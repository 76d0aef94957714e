/**
 * The checks a saved item passes before the page uses it, whether it comes from IndexedDB or from an
 * export file: one valibot schema of the item and of its summary. The two sources differ only in how
 * the measurements' arrays arrive (IndexedDB keeps typed arrays and NaN, JSON has neither), so the
 * schema takes those as a parameter. The structure, and the fields the page walks, are checked; the
 * numbers inside the measurements are taken as written. Pure: no DOM, no TF.js.
 */
import * as v from 'valibot';
import { validateConfig } from '../contract/config';
import { t } from '../i18n/i18n';
import { PRESET_IDS } from '../contract/presets';
import { ARMS, BACKEND_NAMES, ENGINE_NAMES, type ArmName } from '../contract/protocol';
import type { SavedItem, SavedSummary } from './savedRun';

/**
 * The version written on every stored record. A record without one was saved before versions were kept and reads
 * as version 1; a later version than this the page cannot promise to read.
 */
export const RECORD_VERSION = 1;

/** How a source holds the measurements' arrays and the NaN of a class with no test digits. */
export interface ArraySchemas {
  int32: v.GenericSchema<unknown, Int32Array>;
  uint8: v.GenericSchema<unknown, Uint8Array>;
  float32: v.GenericSchema<unknown, Float32Array>;
  numberOrNaN: v.GenericSchema<unknown, number>;
}

/** IndexedDB's structured clone keeps typed arrays and NaN as they are. */
export const STORED_ARRAYS: ArraySchemas = {
  int32: v.instance(Int32Array),
  uint8: v.instance(Uint8Array),
  float32: v.instance(Float32Array),
  // valibot's number() refuses NaN.
  numberOrNaN: v.custom<number>((value) => typeof value === 'number', 'must be a number'),
};

/** An object whose numbers are taken as written. */
const anObject = v.looseObject({});

/** One entry per arm, each checked by `schema`. */
function armEntries<S extends v.GenericSchema>(schema: S): Record<ArmName, S> {
  return Object.fromEntries(ARMS.map((arm) => [arm, schema])) as Record<ArmName, S>;
}

/** The config is checked by the same rules as any other, which give a field added since it was saved its default. */
const config = v.pipe(
  v.unknown(),
  v.rawTransform(({ dataset, addIssue, NEVER }) => {
    try {
      return validateConfig(dataset.value);
    } catch (error) {
      addIssue({ message: error instanceof Error ? error.message : String(error) });
      return NEVER;
    }
  }),
);

const common = {
  id: v.string(),
  name: v.string(),
  createdAt: v.number(),
  updatedAt: v.number(),
  config,
};

/** The schema of a saved run or sweep whose arrays arrive as `arrays` says. */
export function savedItemSchema(arrays: ArraySchemas) {
  const armEpochSummary = v.looseObject({
    perClassAccuracy: v.array(arrays.numberOrNaN),
    reliability: v.array(anObject),
    showcase: v.looseObject({ predicted: arrays.uint8, confidence: arrays.float32 }),
  });
  const epochSummary = v.looseObject({
    epoch: v.number(),
    step: v.number(),
    showcaseIndices: arrays.int32,
    ...armEntries(armEpochSummary),
  });
  const metricsPoint = v.looseObject({
    step: v.number(),
    epoch: v.number(),
    examplesSeen: v.number(),
    ...armEntries(anObject),
  });
  const savedBase = {
    ...common,
    backend: v.nullable(
      v.looseObject({
        name: v.picklist(BACKEND_NAMES),
        // Saved before there was a second engine, when TF.js's kernels trained every run.
        engine: v.optional(v.picklist(ENGINE_NAMES), 'tfjs'),
        engineReason: v.optional(v.string(), 'saved before the fused engine existed, so TF.js kernels trained it'),
      }),
    ),
    browser: v.string(),
  };
  const savedRun = v.looseObject({
    ...savedBase,
    kind: v.literal('run'),
    status: v.picklist(['running', 'finished', 'stopped', 'failed']),
    preset: v.nullable(v.picklist(PRESET_IDS)),
    points: v.array(metricsPoint),
    epochs: v.array(epochSummary),
    result: v.nullable(
      v.looseObject({
        final: v.nullable(epochSummary),
        robustness: v.nullable(v.looseObject(armEntries(v.array(anObject)))),
      }),
    ),
    error: v.nullable(v.string()),
  });
  const savedSweep = v.looseObject({
    ...savedBase,
    kind: v.literal('sweep'),
    status: v.picklist(['running', 'finished', 'cancelled', 'failed']),
    alphas: v.array(v.number()),
    seedCount: v.number(),
    // A record saved before baselines were reused trained its own.
    records: v.array(v.looseObject({ ...armEntries(anObject), trainedBaseline: v.optional(v.boolean(), true) })),
  });
  return v.variant('kind', [savedRun, savedSweep]);
}

const storedItem = savedItemSchema(STORED_ARRAYS);

const accuracy = v.nullable(v.number());

const comparisonEntries = { mixup: anObject, baseline: anObject, gap: anObject };

const storedSummary = v.looseObject({
  ...common,
  kind: v.picklist(['run', 'sweep']),
  status: v.picklist(['running', 'finished', 'stopped', 'failed', 'cancelled']),
  baselineAccuracy: accuracy,
  mixupAccuracy: accuracy,
  // Not kept by summaries saved before it: the list then shows what they kept.
  best: v.optional(v.nullable(v.looseObject({ alpha: v.number(), ...comparisonEntries })), null),
  pointCount: v.number(),
  backendName: v.nullable(v.string()),
});

/** Where an issue is, as a reader of the record would write it: item.epochs[2].showcaseIndices. */
function issuePath(issue: v.BaseIssue<unknown>, root: string): string {
  return (issue.path ?? []).reduce(
    (path, { key }) => (typeof key === 'number' ? `${path}[${key}]` : `${path}.${String(key)}`),
    root,
  );
}

/** valibot writes a choice as ("run" | "sweep"). */
function expectedText(expected: string | null): string {
  return (expected ?? 'something else').replace(/^\((.*)\)$/, '$1').replaceAll(' | ', ' or ');
}

/** The first thing wrong with a record, in words: “item.records must be Array, got null”. */
export function issueText(issue: v.BaseIssue<unknown>, root: string): string {
  const path = issuePath(issue, root);
  // A missing field is received as undefined.
  if (issue.received === 'undefined') return `${path} is missing`;
  if (issue.kind === 'schema') return `${path} must be ${expectedText(issue.expected)}, got ${issue.received}`;
  // The config's own rules word their message whole; a number's rule says what it must be.
  return issue.kind === 'validation' ? `${path} ${issue.message}, got ${issue.received}` : `${path}: ${issue.message}`;
}

/** A stored record the page cannot use, listed so the user can export it raw or delete it. */
export interface UnreadableItem {
  kind: 'unreadable';
  id: string;
  /** damaged: a field missing or of the wrong type; newer: saved by a later version of the page. */
  problem: 'damaged' | 'newer';
  /** What is wrong, in words. */
  reason: string;
  /** When it was last saved, where that much can be read: it places the item in the list. */
  updatedAt: number | null;
}

/** What the Runs list holds: a summary to show, or an item it cannot read. */
export type ListedItem = SavedSummary | UnreadableItem;

export const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** A stored record with the version it was written under. */
export type Versioned<T> = T & { version: number };

export function versioned<T>(record: T): Versioned<T> {
  return { ...record, version: RECORD_VERSION };
}

function readRecord<T extends object>(schema: v.GenericSchema<unknown, T>, raw: unknown, id: string, root: string) {
  const fields = isRecord(raw) ? raw : {};
  const unreadable = (problem: UnreadableItem['problem'], reason: string): UnreadableItem => ({
    kind: 'unreadable',
    id,
    problem,
    reason,
    updatedAt: typeof fields.updatedAt === 'number' ? fields.updatedAt : null,
  });
  const { version = RECORD_VERSION } = fields;
  if (typeof version === 'number' && version > RECORD_VERSION) {
    return unreadable('newer', t('runs:storage.newer', { version, supported: RECORD_VERSION }));
  }
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) {
    return unreadable('damaged', `${root}.version must be a whole number from 1, got ${JSON.stringify(version)}`);
  }
  const parsed = v.safeParse(schema, raw);
  if (!parsed.success) return unreadable('damaged', issueText(parsed.issues[0], root));
  // The version is the record's, not the item's: it is written again on every save.
  const record = { ...parsed.output };
  Reflect.deleteProperty(record, 'version');
  return record;
}

/** A stored item, checked; `id` is the key it was stored under. */
export function readStoredItem(raw: unknown, id: string): SavedItem | UnreadableItem {
  // The schema checks the structure; the measured numbers inside are as the page wrote them.
  return readRecord(storedItem, raw, id, 'item') as SavedItem | UnreadableItem;
}

/** A stored summary, checked; `id` is the key it was stored under. */
export function readStoredSummary(raw: unknown, id: string): ListedItem {
  return readRecord(storedSummary, raw, id, 'summary') as ListedItem;
}
