/**
 * Saved runs and sweeps in the browser's IndexedDB, through idb. Each item is stored whole, and its
 * summary beside it in the same transaction, so the Runs list reads summaries only. Every failure
 * becomes a StorageProblem that says what happened and what to do: a full or unavailable storage is
 * reported, never dropped. Every record carries the version it was written under, and every record
 * read is checked (savedRecord.ts): one the page cannot use comes back as an UnreadableItem, never as
 * a half-valid item.
 */
import { openDB, type DBSchema, type IDBPDatabase } from 'idb';
import { t } from '../i18n/i18n';
import { readStoredItem, readStoredSummary, versioned, type ListedItem, type UnreadableItem } from './savedRecord';
import { summariseItem, type SavedItem } from './savedRun';

/** Written as Versioned<SavedItem> and Versioned<SavedSummary>; what is read back is unknown until checked. */
interface RunDb extends DBSchema {
  items: { key: string; value: unknown };
  summaries: { key: string; value: unknown; indexes: { updatedAt: number } };
}

export type StorageProblemKind = 'full' | 'unavailable' | 'failed';

export class StorageProblem extends Error {
  override name = 'StorageProblem';

  constructor(
    readonly kind: StorageProblemKind,
    message: string,
    readonly hint: string,
  ) {
    super(message);
  }
}

const DB_NAME = 'mixup-playground';
const DB_VERSION = 1;

function problemFrom(error: unknown, doing: string): StorageProblem {
  if (error instanceof StorageProblem) return error;
  const name = error instanceof DOMException || error instanceof Error ? error.name : '';
  const detail = error instanceof Error ? error.message : String(error);
  if (name === 'QuotaExceededError') {
    return new StorageProblem('full', t('runs:storage.full', { doing }), t('runs:storage.fullHint'));
  }
  return new StorageProblem(
    'failed',
    t('runs:storage.failed', { doing, detail: detail || name }),
    t('runs:storage.failedHint'),
  );
}

export interface RunStore {
  save(item: SavedItem): Promise<void>;
  /** The item, checked; undefined when none is stored under `id`. */
  load(id: string): Promise<SavedItem | UnreadableItem | undefined>;
  /** The item's records exactly as stored, unchecked: what the user can export of one the page cannot read. */
  loadRaw(id: string): Promise<{ item: unknown; summary: unknown }>;
  /** Newest first; items whose records cannot be read are listed as such, last when their date cannot be read. */
  list(): Promise<ListedItem[]>;
  rename(id: string, name: string): Promise<void>;
  remove(id: string): Promise<void>;
}

/** An item stored whole without the summary saved beside it. */
const summaryMissing = (id: string): UnreadableItem => ({
  kind: 'unreadable',
  id,
  problem: 'damaged',
  reason: 'its summary is missing',
  updatedAt: null,
});

const newestFirst = (a: ListedItem, b: ListedItem): number => (b.updatedAt ?? -Infinity) - (a.updatedAt ?? -Infinity);

class IdbRunStore implements RunStore {
  constructor(private readonly db: IDBPDatabase<RunDb>) {}

  async save(item: SavedItem): Promise<void> {
    try {
      const tx = this.db.transaction(['items', 'summaries'], 'readwrite');
      await Promise.all([
        tx.objectStore('items').put(versioned(item)),
        tx.objectStore('summaries').put(versioned(summariseItem(item))),
        tx.done,
      ]);
    } catch (error) {
      throw problemFrom(error, t('runs:storage.saving', { name: item.name }));
    }
  }

  async load(id: string): Promise<SavedItem | UnreadableItem | undefined> {
    let raw: unknown;
    try {
      raw = await this.db.get('items', id);
    } catch (error) {
      throw problemFrom(error, t('runs:storage.reading'));
    }
    return raw === undefined ? undefined : readStoredItem(raw, id);
  }

  async loadRaw(id: string): Promise<{ item: unknown; summary: unknown }> {
    try {
      const [item, summary] = await Promise.all([this.db.get('items', id), this.db.get('summaries', id)]);
      return { item, summary };
    } catch (error) {
      throw problemFrom(error, t('runs:storage.reading'));
    }
  }

  async list(): Promise<ListedItem[]> {
    let stored: { summaryIds: IDBValidKey[]; summaries: unknown[]; itemIds: IDBValidKey[] };
    try {
      // Read whole, not through the updatedAt index: a summary whose date is damaged is missing from the index.
      const tx = this.db.transaction(['items', 'summaries']);
      const [summaryIds, summaries, itemIds] = await Promise.all([
        tx.objectStore('summaries').getAllKeys(),
        tx.objectStore('summaries').getAll(),
        tx.objectStore('items').getAllKeys(),
        tx.done,
      ]);
      stored = { summaryIds, summaries, itemIds };
    } catch (error) {
      throw problemFrom(error, t('runs:storage.listing'));
    }
    const listed = stored.summaries.map((raw, i) => readStoredSummary(raw, String(stored.summaryIds[i])));
    const summarised = new Set(listed.map((item) => item.id));
    const orphans = stored.itemIds.map(String).filter((id) => !summarised.has(id));
    return [...listed, ...orphans.map(summaryMissing)].sort(newestFirst);
  }

  async rename(id: string, name: string): Promise<void> {
    const item = await this.load(id);
    if (!item) throw new StorageProblem('failed', t('runs:store.gone'), t('runs:store.goneHint'));
    if (item.kind === 'unreadable')
      throw new StorageProblem(
        'failed',
        t('runs:storage.cannotRead', { reason: item.reason }),
        t('runs:storage.cannotReadHint'),
      );
    await this.save({ ...item, name });
  }

  async remove(id: string): Promise<void> {
    try {
      const tx = this.db.transaction(['items', 'summaries'], 'readwrite');
      await Promise.all([tx.objectStore('items').delete(id), tx.objectStore('summaries').delete(id), tx.done]);
    } catch (error) {
      throw problemFrom(error, t('runs:storage.deleting'));
    }
  }
}

/** Opens (creating if needed) the database; throws a StorageProblem when the browser gives no IndexedDB. */
export async function openRunStore(name = DB_NAME): Promise<RunStore> {
  if (typeof indexedDB === 'undefined') {
    throw new StorageProblem('unavailable', t('runs:storage.unavailable'), t('runs:storage.unavailableHint'));
  }
  try {
    const db = await openDB<RunDb>(name, DB_VERSION, {
      upgrade(database) {
        database.createObjectStore('items', { keyPath: 'id' });
        database.createObjectStore('summaries', { keyPath: 'id' }).createIndex('updatedAt', 'updatedAt');
      },
    });
    return new IdbRunStore(db);
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    throw new StorageProblem('unavailable', t('runs:storage.refused', { detail }), t('runs:storage.refusedHint'));
  }
}
