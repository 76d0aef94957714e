/**
 * The latest pace measured per backend, engine and model (engine/reports.ts's `WorkPace`), kept in localStorage, so a
 * run's expected time can be told before it starts, on the next visit too. The worker measures it in every run
 * that finishes, and in a short calibration when the page knows none for the draft's model on its backend.
 */
import * as v from 'valibot';
import { create } from 'zustand';
import type { ModelKind } from '../engine/config';
import type { BackendInfo, BackendName, EngineName } from '../engine/protocol';
import type { WorkPace } from '../engine/reports';

const STORAGE_KEY = 'mixup-playground:pace';

const perSecond = v.pipe(v.number(), v.finite(), v.gtValue(0));
const StoredPaces = v.record(v.string(), v.object({ train: perSecond, evaluate: perSecond, attack: perSecond }));

/**
 * The fused engine's paces are kept apart from TF.js's on the same backend. TF.js's keep the key they had before
 * there was a second engine, so paces stored then still serve.
 */
export const paceKey = (backend: BackendName, engine: EngineName, model: ModelKind): string =>
  engine === 'tfjs' ? `${backend}/${model}` : `${backend}+${engine}/${model}`;

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
  record: (backend: BackendName, engine: EngineName, model: ModelKind, pace: WorkPace) => void;
}

export const usePaceStore = create<PaceState>()((set, get) => ({
  paces: readStored(),
  record: (backend, engine, model, pace) => {
    const paces = { ...get().paces, [paceKey(backend, engine, model)]: pace };
    set({ paces });
    try {
      globalThis.localStorage?.setItem(STORAGE_KEY, JSON.stringify(paces));
    } catch {
      // Storage full or refused: the figure still serves this visit.
    }
  },
}));

/** The pace of `model` on `backend`'s engine, or null before the worker has chosen a backend or measured one. */
export function usePace(backend: BackendInfo | null, model: ModelKind): WorkPace | null {
  return usePaceStore((s) => (backend ? (s.paces[paceKey(backend.name, backend.engine, model)] ?? null) : null));
}
