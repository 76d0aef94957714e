import { describe, expect, it } from 'vitest';
import type { SavedRun, SavedSweep } from '../storage/savedRun';
import { EXPORT_FORMAT, itemFromJson, itemsFromJson, itemsToJson, itemToJson } from './json';
import { savedRunFixture, savedSweepFixture } from './testing/fixtures';

const EXPORTED_AT = new Date(Date.UTC(2026, 10, 24, 4, 0, 0, 123));

/** An export document around `item`, written by hand so each test can break one thing. */
const documentOf = (item: unknown, envelope: Record<string, unknown> = {}): string =>
  JSON.stringify({ format: EXPORT_FORMAT, version: 1, exportedAt: EXPORTED_AT.toISOString(), item, ...envelope });

/** The fixture as JSON.parse reads an export: plain arrays, null for NaN. */
const plainRun = (): Record<string, unknown> =>
  (JSON.parse(itemToJson(savedRunFixture())) as { item: Record<string, unknown> }).item;

describe('itemToJson', () => {
  it('writes a pretty-printed, self-describing document', () => {
    const text = itemToJson(savedRunFixture(), EXPORTED_AT);
    const parsed = JSON.parse(text) as Record<string, unknown>;
    expect(parsed).toMatchObject({
      format: 'mixup-playground-export',
      version: 1,
      exportedAt: '2026-11-24T04:00:00.123Z',
    });
    expect(text).toContain('\n  "item": {\n');
  });

  it('writes typed arrays as plain number arrays and NaN as null', () => {
    const run = savedRunFixture();
    const { item } = JSON.parse(itemToJson(run)) as { item: SavedRun };
    const epoch = item.epochs[0];
    expect(epoch?.showcaseIndices).toEqual(Array.from(run.epochs[0]?.showcaseIndices ?? []));
    expect(epoch?.baseline.showcase.predicted).toEqual([7, 2, 1, 1]);
    expect(epoch?.baseline.showcase.confidence).toEqual(Array.from(run.epochs[0]?.baseline.showcase.confidence ?? []));
    expect(epoch?.baseline.perClassAccuracy[7]).toBeNull();
  });
});

describe('itemFromJson', () => {
  it('reads a run back exactly: typed arrays of the same types, NaN where it was', () => {
    const run = savedRunFixture();
    const back = itemFromJson(itemToJson(run));
    expect(back).toEqual(run);
    const epoch = (back as SavedRun).epochs[1];
    expect(epoch?.showcaseIndices).toBeInstanceOf(Int32Array);
    expect(epoch?.mixup.showcase.predicted).toBeInstanceOf(Uint8Array);
    expect(epoch?.mixup.showcase.confidence).toBeInstanceOf(Float32Array);
    expect(epoch?.mixup.perClassAccuracy[7]).toBeNaN();
    expect((back as SavedRun).result?.final?.baseline.showcase.confidence).toBeInstanceOf(Float32Array);
  });

  it('reads back a run that is still running, with no result and no robustness', () => {
    const run = savedRunFixture({ status: 'running', result: null, epochs: [], preset: null });
    expect(itemFromJson(itemToJson(run))).toEqual(run);
  });

  it('reads a sweep back exactly', () => {
    const sweep: SavedSweep = savedSweepFixture();
    expect(itemFromJson(itemToJson(sweep))).toEqual(sweep);
  });

  it.each([
    [
      'text that is not JSON',
      '{"format": ',
      /^This file is not JSON \(.+\), so it is not a Mixup Playground export\.$/,
    ],
    [
      'JSON that is not an object',
      '[1, 2]',
      'This JSON is not a Mixup Playground export: its "format" must be "mixup-playground-export".',
    ],
    [
      'another format marker',
      documentOf({}, { format: 'something-else' }),
      'its "format" must be "mixup-playground-export"',
    ],
    ['a newer version', documentOf({}, { version: 2 }), 'This export has version 2; this page reads version 1 only.'],
    [
      'no version',
      documentOf({}, { version: undefined }),
      'This export has version undefined; this page reads version 1 only.',
    ],
    ['no exportedAt', documentOf({}, { exportedAt: 5 }), 'This export has no "exportedAt" date.'],
    ['no item', documentOf(undefined), 'This export is damaged: item is missing.'],
    ['an item that is not an object', documentOf('run'), 'This export is damaged: item must be Object, got "run".'],
  ])('names the problem with %s', (_, text, message) => {
    expect(() => itemFromJson(text)).toThrow(message);
  });

  it.each<[string, (item: Record<string, unknown>) => unknown, string]>([
    ['a missing kind', ({ kind: _, ...item }) => item, 'item.kind is missing'],
    ['an unknown kind', (item) => ({ ...item, kind: 'model' }), 'item.kind must be "run" or "sweep", got "model"'],
    ['a missing config', ({ config: _, ...item }) => item, 'item.config is missing'],
    [
      'a config out of range',
      (item) => ({ ...item, config: { ...(item.config as object), alpha: -1 } }),
      'item.config: alpha must be',
    ],
    ['points that are not an array', (item) => ({ ...item, points: {} }), 'item.points must be Array, got Object'],
    ['missing epochs', ({ epochs: _, ...item }) => item, 'item.epochs is missing'],
    [
      'a point without an arm',
      (item) => ({ ...item, points: [{ step: 1, epoch: 1, examplesSeen: 1, baseline: {} }] }),
      'item.points[0].mixup is missing',
    ],
    ['a name that is not a string', (item) => ({ ...item, name: 7 }), 'item.name must be string, got 7'],
    [
      'a fractional showcase index',
      (item) => ({
        ...item,
        epochs: (item.epochs as Record<string, unknown>[]).map((e) => ({ ...e, showcaseIndices: [1, 2.5] })),
      }),
      'item.epochs[0].showcaseIndices[1] must be an integer, got 2.5',
    ],
    [
      'a predicted class out of a byte',
      (item) => ({
        ...item,
        result: {
          ...(item.result as object),
          final: {
            ...(item.result as { final: object }).final,
            baseline: { perClassAccuracy: [], reliability: [], showcase: { predicted: [300], confidence: [] } },
          },
        },
      }),
      'item.result.final.baseline.showcase.predicted[0] must be from 0 to 255, got 300',
    ],
  ])('names the field at fault for %s', (_, breakItem, message) => {
    expect(() => itemFromJson(documentOf(breakItem(plainRun())))).toThrow(`This export is damaged: ${message}`);
  });

  it('names the field at fault in a sweep', () => {
    const item = { ...(JSON.parse(itemToJson(savedSweepFixture())) as { item: object }).item, records: null };
    expect(() => itemFromJson(documentOf(item))).toThrow(
      'This export is damaged: item.records must be Array, got null.',
    );
  });
});

describe('itemsToJson and itemsFromJson', () => {
  it('write every item in one document and read them all back exactly', () => {
    const items = [savedRunFixture(), savedSweepFixture()];
    const text = itemsToJson(items, EXPORTED_AT);
    expect(JSON.parse(text)).toMatchObject({
      format: EXPORT_FORMAT,
      version: 1,
      exportedAt: EXPORTED_AT.toISOString(),
    });
    expect(itemsFromJson(text)).toEqual(items);
    expect(itemsFromJson(itemsToJson([]))).toEqual([]);
  });

  it("read one item's export as a list of one", () => {
    expect(itemsFromJson(itemToJson(savedSweepFixture()))).toEqual([savedSweepFixture()]);
  });

  it('name the item at fault by its place, and the envelope as itemFromJson does', () => {
    const good = JSON.parse(itemToJson(savedSweepFixture())) as { item: object };
    const items = [good.item, { ...good.item, records: null }];
    expect(() => itemsFromJson(JSON.stringify({ ...good, item: undefined, items }))).toThrow(
      'This export is damaged: items[1].records must be Array, got null.',
    );
    expect(() => itemsFromJson(JSON.stringify({ ...good, items: 'all' }))).toThrow(
      'This export is damaged: items must be a list of runs and sweeps, got string.',
    );
    expect(() => itemsFromJson('{"format": ')).toThrow(/^This file is not JSON/);
  });
});
