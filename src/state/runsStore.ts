/**
 * The Runs tab: the saved items' list, the two picked for comparison, and every storage failure,
 * reported with what to do. The one owner of the connection to storage.
 */
import { create } from 'zustand';
import { itemsFromJson } from '../export/json';
import { t } from '../i18n/i18n';
import { heldItemLocks } from '../storage/itemLocks';
import { openRunStore, StorageProblem, type RunStore } from '../storage/runStore';
import type { ListedItem, UnreadableItem } from '../storage/savedRecord';
import type { SavedItem, SavedRun } from '../storage/savedRun';
import { useSweepStore } from './sweepStore';
import { useTrainingStore } from './trainingStore';

interface RunsState {
  /**
   * The last storage failure (no storage at all, a full one, a failed write), with what to do; shown until dismissed.
   */
  problem: { message: string; hint: string } | null;
  /** Newest first: each item's summary, or why its records cannot be read. */
  listed: ListedItem[];
  /**
   * Ids of the items a page is still saving (its own, or another tab's), from the browser's lock list; null where it
   * has none.
   */
  liveIds: ReadonlySet<string> | null;
  /** When the list was read: the moment its statuses are judged at. */
  checkedAt: number;
  /** The ids of up to two runs picked for comparison, in the order picked; set at once, so a tick shows at once. */
  compareIds: string[];
  /** Those runs, loaded whole once storage has answered. */
  compared: SavedRun[];
  refresh: () => Promise<void>;
  /** The item whole; null when it is gone or cannot be read (the list then says why). */
  open: (id: string) => Promise<SavedItem | null>;
  /** The records of an item that cannot be read, exactly as stored; null if storage failed (the problem is shown). */
  loadRaw: (id: string) => Promise<{ item: unknown; summary: unknown } | null>;
  rename: (id: string, name: string) => Promise<void>;
  remove: (id: string) => Promise<void>;
  /** Writes items whole, then reads the list again. */
  save: (items: SavedItem[]) => Promise<void>;
  toggleCompare: (id: string) => Promise<void>;
  dismissProblem: () => void;
  /** Every item that reads, whole, for Export all, and how many could not be read; null if storage failed. */
  loadAll: () => Promise<{ items: SavedItem[]; unreadable: number } | null>;
  /**
   * Saves the items of an export file that are not kept already (by id); a file that does not read saves nothing and
   * says why in `imported`.
   */
  importJson: (text: string) => Promise<void>;
  /** What the last import did, or why it did nothing; shown until dismissed. */
  imported: { ok: boolean; message: string } | null;
  dismissImported: () => void;
}

let storePromise: Promise<RunStore> | null = null;

function report(error: unknown): void {
  const problem =
    error instanceof StorageProblem
      ? error
      : new StorageProblem(
          'failed',
          t('runs:store.savingFailed', { error: String(error) }),
          t('runs:store.savingFailedHint'),
        );
  useRunsStore.setState({ problem: { message: problem.message, hint: problem.hint } });
}

/** The store, opened once; null (and the problem reported) when the browser gives none. */
async function store(): Promise<RunStore | null> {
  storePromise ??= openRunStore();
  try {
    return await storePromise;
  } catch (error) {
    report(error);
    return null;
  }
}

/** An item whose summary read well but whose whole record does not: the list shows it as it is. */
function markUnreadable(item: UnreadableItem): void {
  useRunsStore.setState((state) => ({
    listed: state.listed.map((listed) => (listed.id === item.id ? { ...item, updatedAt: listed.updatedAt } : listed)),
    compareIds: state.compareIds.filter((picked) => picked !== item.id),
  }));
}

async function withStore(work: (runs: RunStore) => Promise<void>): Promise<void> {
  const runs = await store();
  if (!runs) return;
  try {
    await work(runs);
  } catch (error) {
    report(error);
  }
}

export const useRunsStore = create<RunsState>()((set, get) => ({
  problem: null,
  listed: [],
  liveIds: null,
  checkedAt: 0,
  compareIds: [],
  compared: [],
  refresh: () =>
    withStore(async (runs) => {
      const [listed, liveIds] = await Promise.all([runs.list(), heldItemLocks()]);
      set({ listed, liveIds, checkedAt: Date.now() });
    }),
  open: async (id) => {
    let item: SavedItem | null = null;
    await withStore(async (runs) => {
      const loaded = await runs.load(id);
      if (!loaded) throw new StorageProblem('failed', t('runs:store.gone'), t('runs:store.goneHint'));
      if (loaded.kind === 'unreadable') markUnreadable(loaded);
      else item = loaded;
    });
    return item;
  },
  loadRaw: async (id) => {
    let records: { item: unknown; summary: unknown } | null = null;
    await withStore(async (runs) => {
      records = await runs.loadRaw(id);
    });
    return records;
  },
  rename: (id, name) =>
    withStore(async (runs) => {
      await runs.rename(id, name);
      useTrainingStore.getState().renameSaved(id, name);
      useSweepStore.getState().renameSaved(id, name);
      await get().refresh();
    }),
  remove: (id) =>
    withStore(async (runs) => {
      await runs.remove(id);
      set((state) => ({
        compareIds: state.compareIds.filter((picked) => picked !== id),
        compared: state.compared.filter((run) => run.id !== id),
      }));
      await get().refresh();
    }),
  toggleCompare: async (id) => {
    const { compareIds } = get();
    // Picking a third replaces the older of the two.
    const ids = compareIds.includes(id) ? compareIds.filter((picked) => picked !== id) : [...compareIds, id].slice(-2);
    set({ compareIds: ids });
    await withStore(async (runs) => {
      const loaded = await Promise.all(
        ids.map((picked) => get().compared.find((run) => run.id === picked) ?? runs.load(picked)),
      );
      for (const item of loaded) if (item?.kind === 'unreadable') markUnreadable(item);
      // A later tick may have changed the pick while storage answered: only the latest pick is shown.
      if (get().compareIds !== ids) return;
      set({ compared: loaded.filter((item): item is SavedRun => item?.kind === 'run') });
    });
  },
  save: (items) =>
    withStore(async (runs) => {
      for (const item of items) await runs.save(item);
      await get().refresh();
    }),
  dismissProblem: () => set({ problem: null }),
  loadAll: async () => {
    let all: { items: SavedItem[]; unreadable: number } | null = null;
    await withStore(async (runs) => {
      const loaded = await Promise.all((await runs.list()).map((listed) => runs.load(listed.id)));
      const items = loaded.filter((item): item is SavedItem => item !== undefined && item.kind !== 'unreadable');
      all = { items, unreadable: loaded.length - items.length };
    });
    return all;
  },
  imported: null,
  importJson: async (text) => {
    let items: SavedItem[];
    try {
      items = itemsFromJson(text);
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error);
      set({ imported: { ok: false, message: t('runs:store.importFailed', { reason }) } });
      return;
    }
    await withStore(async (runs) => {
      const known = new Set((await runs.list()).map((listed) => listed.id));
      let added = 0;
      for (const item of items) {
        if (known.has(item.id)) continue;
        known.add(item.id);
        await runs.save(item);
        added++;
      }
      const skipped = items.length - added;
      set({
        imported: {
          ok: true,
          message: `${t('runs:store.imported', { count: added })}${skipped ? t('runs:store.skipped', { count: skipped }) : ''}${t('runs:store.end')}`,
        },
      });
      await get().refresh();
    });
  },
  dismissImported: () => set({ imported: null }),
}));
