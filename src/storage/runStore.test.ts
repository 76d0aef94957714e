import 'fake-indexeddb/auto';
import { openDB } from 'idb';
import { describe, expect, it, vi } from 'vitest';
import { DEFAULT_CONFIG } from '../contract/config';
import type { ArmEpochSummary } from '../contract/reports';
import type { SavedRun, SavedSweep } from './savedRun';
import { openRunStore, StorageProblem } from './runStore';
import { RECORD_VERSION } from './savedRecord';

const arm = (accuracy: number): ArmEpochSummary => ({
  accuracy,
  nll: 0.3,
  ece: 0.02,
  trainAccuracy: 0.99,
  perClassAccuracy: [0.9, NaN],
  reliability: [{ lower: 0.9, upper: 1, count: 3, accuracy: 1, meanConfidence: 0.95 }],
  showcase: { predicted: new Uint8Array([7, 2]), confidence: new Float32Array([0.5, 0.25]) },
});

function run(id: string, updatedAt: number): SavedRun {
  return {
    id,
    kind: 'run',
    name: `Run ${id}`,
    createdAt: updatedAt - 1000,
    updatedAt,
    backend: null,
    browser: 'test',
    status: 'finished',
    config: DEFAULT_CONFIG,
    preset: null,
    points: [
      {
        step: 10,
        epoch: 0.5,
        examplesSeen: 320,
        baseline: { trainLoss: 1, testAccuracy: 0.5, testNll: 1.2, ece: 0.1 },
        mixup: { trainLoss: 1.1, testAccuracy: 0.45, testNll: 1.3, ece: 0.05 },
      },
    ],
    epochs: [{ epoch: 1, step: 20, showcaseIndices: new Int32Array([4, 9]), baseline: arm(0.9), mixup: arm(0.92) }],
    result: null,
    error: null,
  };
}

const sweep: SavedSweep = {
  id: 's',
  kind: 'sweep',
  name: 'Sweep',
  createdAt: 1,
  updatedAt: 5000,
  backend: null,
  browser: 'test',
  status: 'cancelled',
  config: DEFAULT_CONFIG,
  alphas: [0, 1],
  seedCount: 1,
  records: [
    {
      alpha: 1,
      seed: 1,
      baseline: { accuracy: 0.9, nll: 0.3, ece: 0.02 },
      mixup: { accuracy: 0.91, nll: 0.3, ece: 0.02 },
      elapsedMs: 10,
      trainedBaseline: true,
    },
  ],
};

let dbCount = 0;
const freshStore = () => openRunStore(`test-${++dbCount}`);

/** Writes a record as it is, past the store's own save: what a bug, an older or newer page or a hand might leave. */
async function putRaw(storeName: 'items' | 'summaries', record: unknown): Promise<void> {
  const db = await openDB(`test-${dbCount}`);
  await db.put(storeName, record);
  db.close();
}

describe('the run store', () => {
  it('keeps a run whole, typed arrays and NaN included, and lists summaries newest first', async () => {
    const store = await freshStore();
    await store.save(run('a', 1000));
    await store.save(run('b', 3000));
    await store.save(sweep);
    expect(await store.load('a')).toEqual(run('a', 1000));
    const loaded = (await store.load('a')) as SavedRun;
    expect(loaded.epochs[0]?.showcaseIndices).toBeInstanceOf(Int32Array);
    expect(loaded.epochs[0]?.baseline.perClassAccuracy[1]).toBeNaN();
    const list = await store.list();
    expect(list.map((s) => s.id)).toEqual(['s', 'b', 'a']);
    expect(list[1]).toMatchObject({
      kind: 'run',
      name: 'Run b',
      baselineAccuracy: 0.9,
      mixupAccuracy: 0.92,
      pointCount: 1,
    });
    expect(list[0]).toMatchObject({
      kind: 'sweep',
      status: 'cancelled',
      baselineAccuracy: 0.9,
      mixupAccuracy: 0.91,
      pointCount: 1,
    });
  });

  it('saves over an item with the same id, so a run in progress is one record however often it is saved', async () => {
    const store = await freshStore();
    await store.save(run('a', 1000));
    await store.save({ ...run('a', 2000), points: [] });
    expect(await store.list()).toHaveLength(1);
    expect(((await store.load('a')) as SavedRun).points).toEqual([]);
  });

  it('renames and deletes, item and summary together', async () => {
    const store = await freshStore();
    await store.save(run('a', 1000));
    await store.rename('a', 'Noisy labels, α = 1');
    expect(((await store.load('a')) as SavedRun).name).toBe('Noisy labels, α = 1');
    expect((await store.list())[0]).toMatchObject({ name: 'Noisy labels, α = 1' });
    await store.remove('a');
    expect(await store.load('a')).toBeUndefined();
    expect(await store.list()).toEqual([]);
    await expect(store.rename('a', 'x')).rejects.toThrow('That run is no longer saved.');
  });

  it('writes the record version on item and summary, and opens a record saved before versions were kept', async () => {
    const store = await freshStore();
    await store.save(run('a', 1000));
    const db = await openDB(`test-${dbCount}`);
    expect(await db.get('items', 'a')).toMatchObject({ version: RECORD_VERSION });
    expect(await db.get('summaries', 'a')).toMatchObject({ version: RECORD_VERSION });
    db.close();
    await putRaw('items', run('old', 500));
    await putRaw('summaries', { ...(await store.list())[0], id: 'old', updatedAt: 500, version: undefined });
    expect(await store.load('old')).toEqual(run('old', 500));
    expect((await store.list()).map((item) => [item.id, item.kind])).toEqual([
      ['a', 'run'],
      ['old', 'run'],
    ]);
  });

  it('lists a damaged record as such, with the reason, beside every good one; it can be read raw and deleted', async () => {
    const store = await freshStore();
    await store.save(run('good', 1000));
    await store.save(run('bad', 2000));
    await putRaw('summaries', { ...(await store.list())[0], id: 'bad', updatedAt: 'yesterday' });
    await putRaw('items', { ...run('bad', 2000), epochs: 'none' });
    expect(await store.list()).toEqual([
      expect.objectContaining({ id: 'good', kind: 'run' }),
      {
        kind: 'unreadable',
        id: 'bad',
        problem: 'damaged',
        reason: 'summary.updatedAt must be number, got "yesterday"',
        updatedAt: null,
      },
    ]);
    expect(await store.load('bad')).toMatchObject({
      kind: 'unreadable',
      reason: 'item.epochs must be Array, got "none"',
    });
    await expect(store.rename('bad', 'x')).rejects.toThrow('That run cannot be read: item.epochs must be Array');
    expect((await store.loadRaw('bad')).item).toMatchObject({ epochs: 'none' });
    await store.remove('bad');
    expect((await store.list()).map((item) => item.id)).toEqual(['good']);
  });

  it('lists an item stored without its summary as damaged', async () => {
    const store = await freshStore();
    await putRaw('items', run('lonely', 1000));
    expect(await store.list()).toMatchObject([{ id: 'lonely', problem: 'damaged', reason: 'its summary is missing' }]);
  });

  it('says a record from a newer version of the page is that, not damaged', async () => {
    const store = await freshStore();
    await store.save(run('a', 1000));
    const newer = RECORD_VERSION + 1;
    await putRaw('items', { ...run('a', 1000), version: newer, epochs: { redesigned: true } });
    expect(await store.load('a')).toMatchObject({
      kind: 'unreadable',
      problem: 'newer',
      reason: expect.stringContaining(`record version ${newer}`),
    });
  });

  it('reports a full storage as such, with what to do', async () => {
    const store = await freshStore();
    const put = vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementation(() => {
      throw new DOMException('quota', 'QuotaExceededError');
    });
    try {
      const saving = store.save(run('a', 1000));
      await expect(saving).rejects.toBeInstanceOf(StorageProblem);
      await expect(store.save(run('a', 1000))).rejects.toMatchObject({
        kind: 'full',
        message: "The browser's storage is full, so saving “Run a” failed.",
        hint: 'Delete old runs in the Runs tab, or export them first.',
      });
    } finally {
      put.mockRestore();
    }
  });

  it('says so when the browser gives no IndexedDB', async () => {
    const saved = globalThis.indexedDB;
    vi.stubGlobal('indexedDB', undefined);
    try {
      await expect(openRunStore('none')).rejects.toMatchObject({ kind: 'unavailable' });
    } finally {
      vi.stubGlobal('indexedDB', saved);
    }
  });
});
