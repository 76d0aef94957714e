import { create } from 'zustand';
import { presetConfig, PRESETS } from '../engine/presets';
import { openRunStore, StorageProblem, type RunStore } from '../storage/runStore';
import { formatAlpha } from './alphaAxis';
import type { SavedItem, SavedRun, SavedSummary, SavedSweep } from '../storage/savedRun';
import { useSweepStore } from './sweepStore';
import { useTrainingStore } from './trainingStore';

interface RunsState {
  /** The last storage failure (no storage at all, a full one, a failed write), with what to do; shown until dismissed. */
  problem: { message: string; hint: string } | null;
  summaries: SavedSummary[];
  /** Ids of the items a page is still saving (its own, or another tab's), from the browser's lock list; null where it has none. */
  liveIds: ReadonlySet<string> | null;
  /** When the list was read: the moment its statuses are judged at. */
  checkedAt: number;
  /** The ids of up to two runs picked for comparison, in the order picked; set at once, so a tick shows at once. */
  compareIds: string[];
  /** Those runs, loaded whole once storage has answered. */
  compared: SavedRun[];
  refresh: () => Promise<void>;
  open: (id: string) => Promise<SavedItem | null>;
  rename: (id: string, name: string) => Promise<void>;
  remove: (id: string) => Promise<void>;
  toggleCompare: (id: string) => Promise<void>;
  dismissProblem: () => void;
}

/** At most this often a run in progress is written, so a reload or a crash loses at most its last seconds. */
export const SAVE_INTERVAL_MS = 2000;
const LOCK_PREFIX = 'mixup-playground-item-';

let storePromise: Promise<RunStore> | null = null;

function report(error: unknown): void {
  const problem =
    error instanceof StorageProblem ? error : new StorageProblem('failed', `Saving failed: ${String(error)}.`, 'Export the runs you want to keep.');
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

async function withStore(work: (runs: RunStore) => Promise<void>): Promise<void> {
  const runs = await store();
  if (!runs) return;
  try {
    await work(runs);
  } catch (error) {
    report(error);
  }
}

/** Holds a lock named after the item until releaseLock, so every page (this one after a reload too) can tell it is still being saved. */
const lockReleases = new Map<string, () => void>();
function holdLock(id: string): void {
  if (typeof navigator === 'undefined' || !navigator.locks) return;
  void navigator.locks.request(LOCK_PREFIX + id, () => new Promise<void>((release) => lockReleases.set(id, release)));
}
function releaseLock(id: string): void {
  lockReleases.get(id)?.();
  lockReleases.delete(id);
}

async function heldLocks(): Promise<ReadonlySet<string> | null> {
  if (typeof navigator === 'undefined' || !navigator.locks) return null;
  const { held = [] } = await navigator.locks.query();
  return new Set(held.flatMap((lock) => (lock.name?.startsWith(LOCK_PREFIX) ? [lock.name.slice(LOCK_PREFIX.length)] : [])));
}

const browserName = (): string => (typeof navigator === 'undefined' ? 'unknown' : navigator.userAgent);

export const useRunsStore = create<RunsState>()((set, get) => ({
  problem: null,
  summaries: [],
  liveIds: null,
  checkedAt: 0,
  compareIds: [],
  compared: [],
  refresh: () =>
    withStore(async (runs) => {
      const [summaries, liveIds] = await Promise.all([runs.list(), heldLocks()]);
      set({ summaries, liveIds, checkedAt: Date.now() });
    }),
  open: async (id) => {
    let item: SavedItem | null = null;
    await withStore(async (runs) => {
      item = (await runs.load(id)) ?? null;
      if (!item) throw new StorageProblem('failed', 'That run is no longer saved.', 'It may have been deleted in another tab.');
      reopened.set(id, item);
      createdAt.set(id, item.createdAt);
    });
    return item;
  },
  rename: (id, name) =>
    withStore(async (runs) => {
      await runs.rename(id, name);
      const shown = reopened.get(id);
      if (shown) reopened.set(id, { ...shown, name });
      await get().refresh();
    }),
  remove: (id) =>
    withStore(async (runs) => {
      await runs.remove(id);
      set((state) => ({ compareIds: state.compareIds.filter((picked) => picked !== id), compared: state.compared.filter((run) => run.id !== id) }));
      await get().refresh();
    }),
  toggleCompare: async (id) => {
    const { compareIds } = get();
    // Picking a third replaces the older of the two.
    const ids = compareIds.includes(id) ? compareIds.filter((picked) => picked !== id) : [...compareIds, id].slice(-2);
    set({ compareIds: ids });
    await withStore(async (runs) => {
      const loaded = await Promise.all(ids.map((picked) => get().compared.find((run) => run.id === picked) ?? runs.load(picked)));
      // A later tick may have changed the pick while storage answered: only the latest pick is shown.
      if (get().compareIds !== ids) return;
      set({ compared: loaded.filter((item): item is SavedRun => item?.kind === 'run') });
    });
  },
  dismissProblem: () => set({ problem: null }),
}));

/** A run's default name: its preset, or its main settings. */
function runName(run: Pick<SavedRun, 'preset' | 'config'>): string {
  const { config } = run;
  const alpha = `α ${formatAlpha(config.alpha)}`;
  if (run.preset) return `${PRESETS[run.preset].title}, ${alpha}`;
  const noise = config.labelNoise > 0 ? `, ${Math.round(100 * config.labelNoise)}% noise` : '';
  return `${config.model}, ${config.trainSize.toLocaleString('en')} examples${noise}, ${alpha}`;
}

/** When each item this page saves began; kept so every write of an item carries the same date. */
const createdAt = new Map<string, number>();

/** Items reopened from storage, as they were saved: what they ran on is theirs, not this page's. */
const reopened = new Map<string, SavedItem>();

/** The run on screen as it would be saved (and exported) now; null when none is, or another has replaced it. */
export function runOnScreen(id = useTrainingStore.getState().savedId): SavedRun | null {
  const state = useTrainingStore.getState();
  if (!id || state.savedId !== id || !state.config) return null;
  const saved = reopened.get(id);
  if (saved?.kind === 'run') return saved;
  const { config } = state;
  const preset = state.preset && JSON.stringify(presetConfig(state.preset)) === JSON.stringify(config) ? state.preset : null;
  return {
    id,
    kind: 'run',
    name: runName({ preset, config }),
    createdAt: createdAt.get(id) ?? Date.now(),
    updatedAt: Date.now(),
    backend: state.backend,
    browser: browserName(),
    status: state.result ? (state.result.stopped ? 'stopped' : 'finished') : state.error ? 'failed' : 'running',
    config,
    preset,
    points: state.points,
    epochs: state.epochs,
    result: state.result,
    error: state.error ? `${state.error.message} ${state.error.hint}` : null,
  };
}

/** The sweep on screen as it would be saved (and exported) now; null before one has been planned. */
export function sweepOnScreen(): SavedSweep | null {
  const state = useSweepStore.getState();
  const first = state.plan[0];
  if (!state.savedId || !first) return null;
  const saved = reopened.get(state.savedId);
  if (saved?.kind === 'sweep' && state.status !== 'running' && saved.records.length === state.records.length) return saved;
  const alphas = [...new Set(state.plan.map((run) => run.alpha))];
  return {
    id: state.savedId,
    kind: 'sweep',
    name: `α sweep: ${alphas.map(formatAlpha).join(', ')}`,
    createdAt: createdAt.get(state.savedId) ?? Date.now(),
    updatedAt: Date.now(),
    backend: useTrainingStore.getState().backend,
    browser: browserName(),
    status: state.status === 'idle' ? 'running' : state.status,
    config: first.config,
    alphas,
    seedCount: new Set(state.plan.map((run) => run.seed)).size,
    records: state.records,
  };
}

/**
 * Saves what is on screen as it changes, at most every SAVE_INTERVAL_MS, and at once when a run or a
 * sweep ends. The runs of a sweep are saved as the sweep, not one by one.
 */
export function saveRunsAsTheyGo(): void {
  /** Builds each item to save when the write happens, so a write carries the latest points; null if it is gone. */
  const pending = new Map<string, () => SavedItem | null>();
  let timer: ReturnType<typeof setTimeout> | null = null;
  const flush = () => {
    timer = null;
    const items = [...pending.values()].flatMap((build) => build() ?? []);
    pending.clear();
    void withStore(async (runs) => {
      for (const item of items) await runs.save(item);
      for (const item of items) if (item.status !== 'running') releaseLock(item.id);
      await useRunsStore.getState().refresh();
    });
  };
  const schedule = (id: string, build: () => SavedItem | null, now: boolean) => {
    pending.set(id, build);
    if (!now) {
      timer ??= setTimeout(flush, SAVE_INTERVAL_MS);
      return;
    }
    if (timer !== null) clearTimeout(timer);
    flush();
  };
  const begin = (id: string) => {
    if (!createdAt.has(id)) createdAt.set(id, Date.now());
    holdLock(id);
  };

  let ownRun: string | null = null;
  useTrainingStore.subscribe((state, previous) => {
    if (state.savedId !== previous.savedId) {
      // A run the worker has just started, not a reopened one, nor one of a sweep (saved as the sweep).
      const started = state.status === 'training' || state.status === 'paused';
      ownRun = started && state.savedId && useSweepStore.getState().status !== 'running' ? state.savedId : null;
      if (ownRun) begin(ownRun);
    }
    if (!ownRun || state.savedId !== ownRun) return;
    const ended = (state.result !== null && previous.result === null) || (state.error !== null && previous.error === null);
    if (ended || state.points !== previous.points || state.epochs !== previous.epochs || state.progress !== previous.progress) {
      const id = ownRun;
      // An ended run is captured now: the next run may replace what is on screen before a later write.
      const final = ended ? runOnScreen(id) : null;
      schedule(id, () => final ?? runOnScreen(id), ended);
      if (ended) ownRun = null;
    }
  });

  useSweepStore.subscribe((state, previous) => {
    const sweepId = state.savedId;
    if (sweepId && state.status === 'running' && previous.status !== 'running') begin(sweepId);
    if (!sweepId || (state.records === previous.records && state.status === previous.status)) return;
    const sweep = sweepOnScreen();
    if (sweep) schedule(sweepId, () => ({ ...sweep, updatedAt: Date.now() }), state.status !== 'running');
  });
}
