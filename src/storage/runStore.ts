/**
 * Saved runs and sweeps in the browser's IndexedDB, through idb. Each item is stored whole, and its
 * summary beside it in the same transaction, so the Runs list reads summaries only. Every failure
 * becomes a StorageProblem that says what happened and what to do: a full or unavailable storage is
 * reported, never dropped.
 */
import { openDB, type DBSchema, type IDBPDatabase } from 'idb';
import { summariseItem, type SavedItem, type SavedSummary } from './savedRun';

interface RunDb extends DBSchema {
  items: { key: string; value: SavedItem };
  summaries: { key: string; value: SavedSummary; indexes: { updatedAt: number } };
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
    return new StorageProblem(
      'full',
      `The browser's storage is full, so ${doing} failed.`,
      'Delete old runs in the Runs tab, or export them first.',
    );
  }
  return new StorageProblem(
    'failed',
    `Could not ${doing}: ${detail || name}.`,
    'Try again; if it keeps failing, export your runs as JSON.',
  );
}

export interface RunStore {
  save(item: SavedItem): Promise<void>;
  load(id: string): Promise<SavedItem | undefined>;
  /** Newest first. */
  list(): Promise<SavedSummary[]>;
  rename(id: string, name: string): Promise<void>;
  remove(id: string): Promise<void>;
}

class IdbRunStore implements RunStore {
  constructor(private readonly db: IDBPDatabase<RunDb>) {}

  async save(item: SavedItem): Promise<void> {
    try {
      const tx = this.db.transaction(['items', 'summaries'], 'readwrite');
      await Promise.all([
        tx.objectStore('items').put(item),
        tx.objectStore('summaries').put(summariseItem(item)),
        tx.done,
      ]);
    } catch (error) {
      throw problemFrom(error, `saving “${item.name}”`);
    }
  }

  async load(id: string): Promise<SavedItem | undefined> {
    try {
      return await this.db.get('items', id);
    } catch (error) {
      throw problemFrom(error, 'reading a saved run');
    }
  }

  async list(): Promise<SavedSummary[]> {
    try {
      return (await this.db.getAllFromIndex('summaries', 'updatedAt')).reverse();
    } catch (error) {
      throw problemFrom(error, 'listing the saved runs');
    }
  }

  async rename(id: string, name: string): Promise<void> {
    const item = await this.load(id);
    if (!item)
      throw new StorageProblem('failed', 'That run is no longer saved.', 'It may have been deleted in another tab.');
    await this.save({ ...item, name });
  }

  async remove(id: string): Promise<void> {
    try {
      const tx = this.db.transaction(['items', 'summaries'], 'readwrite');
      await Promise.all([tx.objectStore('items').delete(id), tx.objectStore('summaries').delete(id), tx.done]);
    } catch (error) {
      throw problemFrom(error, 'deleting a saved run');
    }
  }
}

/** Opens (creating if needed) the database; throws a StorageProblem when the browser gives no IndexedDB. */
export async function openRunStore(name = DB_NAME): Promise<RunStore> {
  if (typeof indexedDB === 'undefined') {
    throw new StorageProblem(
      'unavailable',
      'This browser gives the page no storage (IndexedDB), so runs are not saved.',
      'Export the runs you want to keep as JSON or CSV.',
    );
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
    throw new StorageProblem(
      'unavailable',
      `The browser refused the page its storage (${detail}), so runs are not saved.`,
      'In a private window storage may be off; export the runs you want to keep.',
    );
  }
}
