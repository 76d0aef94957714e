/**
 * A saved run or sweep as one self-describing JSON document, and back. JSON has neither typed arrays
 * nor NaN, so writing turns typed arrays into number arrays and NaN into null, and reading restores
 * both where the data model has them. Reading checks the document with valibot before anything uses
 * it: the envelope, the item's own fields and every array and object the page walks, and the fields
 * it restores; the numbers inside the measurements are taken as written. Pure: no DOM, no TF.js.
 */
import * as v from 'valibot';
import { validateConfig } from '../engine/config';
import { PRESET_IDS } from '../engine/presets';
import { ARMS, BACKEND_NAMES, type ArmName } from '../engine/protocol';
import type { SavedItem } from '../storage/savedRun';

export const EXPORT_FORMAT = 'mixup-playground-export';
export const EXPORT_VERSION = 1;

export interface ExportDocument {
  format: typeof EXPORT_FORMAT;
  version: typeof EXPORT_VERSION;
  /** ISO 8601, UTC. */
  exportedAt: string;
  item: SavedItem;
}

/** JSON.stringify would write a typed array as an object keyed "0", "1", …; NaN it already writes as null. */
function plainArrays(_key: string, value: unknown): unknown {
  return value instanceof Int32Array || value instanceof Uint8Array || value instanceof Float32Array
    ? Array.from(value)
    : value;
}

/** The item as a pretty-printed export document. */
export function itemToJson(item: SavedItem, exportedAt: Date = new Date()): string {
  const envelope: ExportDocument = {
    format: EXPORT_FORMAT,
    version: EXPORT_VERSION,
    exportedAt: exportedAt.toISOString(),
    item,
  };
  return JSON.stringify(envelope, plainArrays, 2);
}

const integer = v.pipe(v.number(), v.integer('must be an integer'));

const int32Array = v.pipe(
  v.array(integer),
  v.transform((values) => Int32Array.from(values)),
);
const uint8Array = v.pipe(
  v.array(v.pipe(integer, v.minValue(0, 'must be from 0 to 255'), v.maxValue(255, 'must be from 0 to 255'))),
  v.transform((values) => Uint8Array.from(values)),
);
const float32Array = v.pipe(
  v.array(v.number()),
  v.transform((values) => Float32Array.from(values)),
);
/** Written as null by JSON.stringify: a class with no test digits. */
const numberOrNaN = v.pipe(
  v.nullable(v.number()),
  v.transform((value) => value ?? NaN),
);

/** An object whose numbers are taken as written. */
const anObject = v.looseObject({});

/** One entry per arm, each checked by `schema`. */
function armEntries<S extends v.GenericSchema>(schema: S): Record<ArmName, S> {
  return Object.fromEntries(ARMS.map((arm) => [arm, schema])) as Record<ArmName, S>;
}

/** The config is checked by the same rules as any other, which also give a field added since the export its default. */
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

const armEpochSummary = v.looseObject({
  perClassAccuracy: v.array(numberOrNaN),
  reliability: v.array(anObject),
  showcase: v.looseObject({ predicted: uint8Array, confidence: float32Array }),
});

const epochSummary = v.looseObject({
  epoch: v.number(),
  step: v.number(),
  showcaseIndices: int32Array,
  ...armEntries(armEpochSummary),
});

const metricsPoint = v.looseObject({
  step: v.number(),
  epoch: v.number(),
  examplesSeen: v.number(),
  ...armEntries(anObject),
});

const savedBase = {
  id: v.string(),
  name: v.string(),
  createdAt: v.number(),
  updatedAt: v.number(),
  backend: v.nullable(v.looseObject({ name: v.picklist(BACKEND_NAMES) })),
  browser: v.string(),
  config,
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
  records: v.array(v.looseObject(armEntries(anObject))),
});

const savedItem = v.variant('kind', [savedRun, savedSweep]);

/** Where an issue is, as a reader of the file would write it: item.epochs[2].showcaseIndices. */
function issuePath(issue: v.BaseIssue<unknown>): string {
  return (issue.path ?? []).reduce(
    (path, { key }) => (typeof key === 'number' ? `${path}[${key}]` : `${path}.${String(key)}`),
    'item',
  );
}

/** valibot writes a choice as ("run" | "sweep"). */
function expectedText(expected: string | null): string {
  return (expected ?? 'something else').replace(/^\((.*)\)$/, '$1').replaceAll(' | ', ' or ');
}

function issueText(issue: v.BaseIssue<unknown>): string {
  const path = issuePath(issue);
  // A missing field is received as undefined.
  if (issue.received === 'undefined') return `${path} is missing`;
  if (issue.kind === 'schema') return `${path} must be ${expectedText(issue.expected)}, got ${issue.received}`;
  // The config's own rules word their message whole; a number's rule says what it must be.
  return issue.kind === 'validation' ? `${path} ${issue.message}, got ${issue.received}` : `${path}: ${issue.message}`;
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new Error(`This file is not JSON (${reason}), so it is not a Mixup Playground export.`, { cause: error });
  }
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * The item of an export document written by itemToJson, typed arrays and NaN restored.
 *
 * @throws Error naming what is wrong: not JSON, not this page's export, a version this page cannot
 *   read, or the first field of the item that is missing or of the wrong type.
 */
export function itemFromJson(text: string): SavedItem {
  const envelope = parseJson(text);
  if (!isRecord(envelope) || envelope.format !== EXPORT_FORMAT) {
    throw new Error(`This JSON is not a Mixup Playground export: its "format" must be "${EXPORT_FORMAT}".`);
  }
  if (envelope.version !== EXPORT_VERSION) {
    throw new Error(
      `This export has version ${JSON.stringify(envelope.version)}; this page reads version ${EXPORT_VERSION} only.`,
    );
  }
  if (typeof envelope.exportedAt !== 'string') throw new Error('This export has no "exportedAt" date.');
  const parsed = v.safeParse(savedItem, envelope.item);
  if (!parsed.success) throw new Error(`This export is damaged: ${issueText(parsed.issues[0])}.`);
  // The schema checks the structure and restores the typed arrays and NaN; the measured numbers
  // inside are as itemToJson wrote them, which the schema does not spell out field by field.
  return parsed.output as unknown as SavedItem;
}
