/**
 * Saves what is on screen as it changes, at most every SAVE_INTERVAL_MS, and at once when a run or a
 * sweep ends. The runs of a sweep are saved as the sweep, not one by one. Each item is locked while
 * it is being saved (storage/itemLocks.ts), so the Runs list can tell a live item from one cut off.
 */
import { ItemLocks } from '../storage/itemLocks';
import type { SavedItem } from '../storage/savedRun';
import { runOnScreen, sweepOnScreen } from './onScreen';
import { useRunsStore } from './runsStore';
import { useSweepStore } from './sweepStore';
import { useTrainingStore } from './trainingStore';

/** At most this often a run in progress is written, so a reload or a crash loses at most its last seconds. */
export const SAVE_INTERVAL_MS = 2000;

export function saveRunsAsTheyGo(): void {
  const locks = new ItemLocks();
  /** Builds each item to save when the write happens, so a write carries the latest points; null if it is gone. */
  const pending = new Map<string, () => SavedItem | null>();
  let timer: ReturnType<typeof setTimeout> | null = null;
  const flush = () => {
    timer = null;
    const items = [...pending.values()].flatMap((build) => build() ?? []);
    pending.clear();
    void useRunsStore
      .getState()
      .save(items)
      .then(() => items.forEach((item) => item.status !== 'running' && locks.release(item.id)));
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

  let ownRun: string | null = null;
  useTrainingStore.subscribe(({ run, status, error }, previous) => {
    if (run.savedId !== previous.run.savedId) {
      // A run the worker has just started, not a reopened one, nor one of a sweep (saved as the sweep).
      const started = status === 'training' || status === 'paused';
      ownRun = started && run.savedId && useSweepStore.getState().status !== 'running' ? run.savedId : null;
      if (ownRun) locks.hold(ownRun);
    }
    if (!ownRun || run.savedId !== ownRun) return;
    const ended = (run.result !== null && previous.run.result === null) || (error !== null && previous.error === null);
    if (
      ended ||
      run.points !== previous.run.points ||
      run.epochs !== previous.run.epochs ||
      run.progress !== previous.run.progress
    ) {
      const id = ownRun;
      // An ended run is captured now: the next run may replace what is on screen before a later write.
      const final = ended ? runOnScreen(id) : null;
      schedule(id, () => final ?? runOnScreen(id), ended);
      if (ended) ownRun = null;
    }
  });

  useSweepStore.subscribe((state, previous) => {
    const sweepId = state.savedId;
    if (sweepId && state.status === 'running' && previous.status !== 'running') locks.hold(sweepId);
    if (!sweepId || (state.records === previous.records && state.status === previous.status)) return;
    const sweep = sweepOnScreen();
    if (sweep) schedule(sweepId, () => ({ ...sweep, updatedAt: Date.now() }), state.status !== 'running');
  });
}
