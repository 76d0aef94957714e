/**
 * A saved run or sweep as one self-describing JSON document, and back. JSON has neither typed arrays
 * nor NaN, so writing turns typed arrays into number arrays and NaN into null, and reading restores
 * both where the data model has them. Reading checks the envelope, then the item with the same schema
 * as a stored one (storage/savedRecord.ts), restoring typed arrays and NaN as it goes. Pure: no DOM, no TF.js.
 */
import * as v from 'valibot';
import { isRecord, issueText, savedItemSchema, type ArraySchemas } from '../storage/savedRecord';
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
  if (!parsed.success) throw new Error(`This export is damaged: ${issueText(parsed.issues[0], 'item')}.`);
  // The schema checks the structure and restores the typed arrays and NaN; the measured numbers
  // inside are as itemToJson wrote them, which the schema does not spell out field by field.
  return parsed.output as unknown as SavedItem;
}
