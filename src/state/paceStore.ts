/**
 * The latest pace measured per backend, engine, model and batch size (contract/reports.ts's `WorkPace`), kept in
 * localStorage, so a run's expected time can be told before it starts, on the next visit too. The worker measures it
 * in every run that finishes, and in a short calibration of each model and batch size the page shows a length for.
 */
import * as v from 'valibot';
import { create } from 'zustand';
import type { BackendInfo, BackendName, EngineName } from '../contract/protocol';
import type { PaceShape, WorkPace } from '../contract/reports';

const STORAGE_KEY = 'mixup-playground:pace';

const perSecond = v.pipe(v.number(), v.finite(), v.gtValue(0));
const StoredPaces = v.record(v.string(), v.object({ train: perSecond, evaluate: perSecond, attack: perSecond }));

/** The fused engine's paces are kept apart from TF.js's on the same backend, and each batch size from the others. */
export const paceKey = (backend: BackendName, engine: EngineName, { model, batchSize }: PaceShape): string =>
  `${engine === 'tfjs' ? backend : `${backend}+${engine}`}/${model}/batch ${batchSize}`;

/** What an earlier visit stored; anything unreadable is forgotten, since the next run measures it again. */
function readStored(): Record<string, WorkPace> {
  try {
    const parsed = v.safeParse(StoredPaces, JSON.parse(globalThis.localStorage?.getItem(STORAGE_KEY) ?? '{}'));
    return parsed.success ? parsed.output : {};
  } catch {
    return {};
  }
}

interface PaceState {
  paces: Readonly<Record<string, WorkPace>>;
  record: (backend: BackendName, engine: EngineName, shape: PaceShape, pace: WorkPace) => void;
}

export const usePaceStore = create<PaceState>()((set, get) => ({
  paces: readStored(),
  record: (backend, engine, shape, pace) => {
    const paces = { ...get().paces, [paceKey(backend, engine, shape)]: pace };
    set({ paces });
    try {
      globalThis.localStorage?.setItem(STORAGE_KEY, JSON.stringify(paces));
    } catch {
      // Storage full or refused: the figure still serves this visit.
    }
  },
}));

/** The pace of a model and batch size on `backend`'s engine; null before the worker has a backend or a pace for it. */
export function usePace(backend: BackendInfo | null, shape: PaceShape): WorkPace | null {
  return usePaceStore((s) => (backend ? (s.paces[paceKey(backend.name, backend.engine, shape)] ?? null) : null));
}
