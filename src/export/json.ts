/**
 * A saved run or sweep, or every one (Runs' Export all), as one self-describing JSON document, and
 * back. JSON has neither typed arrays nor NaN, so writing turns typed arrays into number arrays and
 * NaN into null, and reading restores both where the data model has them. Reading checks the
 * envelope, then each item with the same schema as a stored one (storage/savedRecord.ts), restoring
 * typed arrays and NaN as it goes. Pure: no DOM, no TF.js.
 */
import * as v from 'valibot';
import { isRecord, issueText, savedItemSchema, type ArraySchemas } from '../storage/savedRecord';
import type { SavedItem } from '../storage/savedRun';

export const EXPORT_FORMAT = 'mixup-playground-export';
export const EXPORT_VERSION = 1;

interface ExportEnvelope {
  format: typeof EXPORT_FORMAT;
  version: typeof EXPORT_VERSION;
  /** ISO 8601, UTC. */
  exportedAt: string;
}

/** One item's export. */
export interface ExportDocument extends ExportEnvelope {
  item: SavedItem;
}

/** Every item's export, in one file. */
export interface ExportAllDocument extends ExportEnvelope {
  items: SavedItem[];
}

/** JSON.stringify would write a typed array as an object keyed "0", "1", …; NaN it already writes as null. */
function plainArrays(_key: string, value: unknown): unknown {
  return value instanceof Int32Array || value instanceof Uint8Array || value instanceof Float32Array
    ? Array.from(value)
    : value;
}

const envelope = (exportedAt: Date): ExportEnvelope => ({
  format: EXPORT_FORMAT,
  version: EXPORT_VERSION,
  exportedAt: exportedAt.toISOString(),
});

/** The item as a pretty-printed export document. */
export function itemToJson(item: SavedItem, exportedAt: Date = new Date()): string {
  const document: ExportDocument = { ...envelope(exportedAt), item };
  return JSON.stringify(document, plainArrays, 2);
}

/** Every item as one export document, which itemsFromJson reads back. */
export function itemsToJson(items: readonly SavedItem[], exportedAt: Date = new Date()): string {
  const document: ExportAllDocument = { ...envelope(exportedAt), items: [...items] };
  return JSON.stringify(document, plainArrays, 2);
}

/**
 * The records of a stored item the page cannot read, exactly as stored (typed arrays as number arrays): for the user
 * to keep, mend or report.
 */
export function rawRecordsToJson(
  id: string,
  records: { item: unknown; summary: unknown },
  exportedAt = new Date(),
): string {
  return JSON.stringify(
    { format: `${EXPORT_FORMAT}-raw-records`, id, exportedAt: exportedAt.toISOString(), ...records },
    plainArrays,
    2,
  );
}

const integer = v.pipe(v.number(), v.integer('must be an integer'));

/** JSON holds typed arrays as number arrays and NaN as null: reading restores both. */
const JSON_ARRAYS: ArraySchemas = {
  int32: v.pipe(
    v.array(integer),
    v.transform((values) => Int32Array.from(values)),
  ),
  uint8: v.pipe(
    v.array(v.pipe(integer, v.minValue(0, 'must be from 0 to 255'), v.maxValue(255, 'must be from 0 to 255'))),
    v.transform((values) => Uint8Array.from(values)),
  ),
  float32: v.pipe(
    v.array(v.number()),
    v.transform((values) => Float32Array.from(values)),
  ),
  // Written as null by JSON.stringify: a class with no test digits.
  numberOrNaN: v.pipe(
    v.nullable(v.number()),
    v.transform((value) => value ?? NaN),
  ),
};

const savedItem = savedItemSchema(JSON_ARRAYS);

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new Error(`This file is not JSON (${reason}), so it is not a Mixup Playground export.`, { cause: error });
  }
}

/** The envelope of an export document, checked; its item or items are not yet. */
function readEnvelope(text: string): Record<string, unknown> {
  const document = parseJson(text);
  if (!isRecord(document) || document.format !== EXPORT_FORMAT) {
    throw new Error(`This JSON is not a Mixup Playground export: its "format" must be "${EXPORT_FORMAT}".`);
  }
  if (document.version !== EXPORT_VERSION) {
    throw new Error(
      `This export has version ${JSON.stringify(document.version)}; this page reads version ${EXPORT_VERSION} only.`,
    );
  }
  if (typeof document.exportedAt !== 'string') throw new Error('This export has no "exportedAt" date.');
  return document;
}

function readItem(raw: unknown, root: string): SavedItem {
  const parsed = v.safeParse(savedItem, raw);
  if (!parsed.success) throw new Error(`This export is damaged: ${issueText(parsed.issues[0], root)}.`);
  // The schema checks the structure and restores the typed arrays and NaN; the measured numbers
  // inside are as itemToJson wrote them, which the schema does not spell out field by field.
  return parsed.output as unknown as SavedItem;
}

/**
 * The item of an export document written by itemToJson, typed arrays and NaN restored.
 *
 * @throws Error naming what is wrong: not JSON, not this page's export, a version this page cannot
 *   read, or the first field of the item that is missing or of the wrong type.
 */
export function itemFromJson(text: string): SavedItem {
  return readItem(readEnvelope(text).item, 'item');
}

/**
 * The items of an export document, whether itemsToJson wrote every item or itemToJson one. All or nothing: the first
 * damaged item fails the whole file, so an import never keeps half of one.
 *
 * @throws Error as itemFromJson does, naming the item at fault by its place: items[3].records.
 */
export function itemsFromJson(text: string): SavedItem[] {
  const document = readEnvelope(text);
  if (!('items' in document)) return [readItem(document.item, 'item')];
  if (!Array.isArray(document.items)) {
    throw new Error(`This export is damaged: items must be a list of runs and sweeps, got ${typeof document.items}.`);
  }
  return document.items.map((item, i) => readItem(item, `items[${i}]`));
}
