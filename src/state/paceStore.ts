/**
 * The latest pace measured per backend and model (engine/reports.ts's `WorkPace`), kept in localStorage, so a
 * run's expected time can be told before it starts, on the next visit too. The worker measures it in every run
 * that finishes, and in a short calibration when the page knows none for the draft's model on its backend.
 */
import * as v from 'valibot';
import { create } from 'zustand';
import type { ModelKind } from '../engine/config';
import type { BackendName } from '../engine/protocol';
import type { WorkPace } from '../engine/reports';

const STORAGE_KEY = 'mixup-playground:pace';

const perSecond = v.pipe(v.number(), v.finite(), v.gtValue(0));
const StoredPaces = v.record(v.string(), v.object({ train: perSecond, evaluate: perSecond, attack: perSecond }));

export const paceKey = (backend: BackendName, model: ModelKind): string => `${backend}/${model}`;

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
  record: (backend: BackendName, model: ModelKind, pace: WorkPace) => void;
}

export const usePaceStore = create<PaceState>()((set, get) => ({
  paces: readStored(),
  record: (backend, model, pace) => {
    const paces = { ...get().paces, [paceKey(backend, model)]: pace };
    set({ paces });
    try {
      globalThis.localStorage?.setItem(STORAGE_KEY, JSON.stringify(paces));
    } catch {
      // Storage full or refused: the figure still serves this visit.
    }
  },
}));

/** The pace of `model` on `backend`, or null before the worker has chosen a backend or measured one. */
export function usePace(backend: BackendName | undefined, model: ModelKind): WorkPace | null {
  return usePaceStore((s) => (backend ? (s.paces[paceKey(backend, model)] ?? null) : null));
}
