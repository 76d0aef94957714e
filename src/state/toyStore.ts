import { create } from 'zustand';
import { ToyClient } from '../client/toyClient';
import type { ToyEvent } from '../toy/protocol';
import { TOY_DEFAULTS, toyData, type ToyConfig, type ToyData, type ToyPictures, type ToyResult } from '../toy/run';

export type ToyStatus = 'idle' | 'training' | 'done' | 'error';

/**
 * The 2-D panel: its own settings, α included. It never reads or writes the training draft, so moving
 * α here leaves the Train tab's α alone.
 */
interface ToyState {
  config: ToyConfig;
  /** The points on screen, drawn from the settings at once, before any training. */
  data: ToyData;
  status: ToyStatus;
  /** The settings of the run in progress or on screen. */
  trained: ToyConfig | null;
  /** Steps trained in the run on screen, of config.steps. */
  step: number;
  /** The latest pictures, live while training; null until the current data has been trained on. */
  pictures: ToyPictures | null;
  /** The last finished run on the current data: its slice and figures. */
  result: ToyResult | null;
  error: string | null;
  /** Changes settings; once anything has been trained, retrains when the changes pause. */
  setConfig: (changes: Partial<ToyConfig>) => void;
  train: () => void;
  reset: () => void;
}

/** A slider fires on every step of a drag; training waits until it has been still this long. */
export const RETRAIN_DELAY_MS = 350;

const DATA_FIELDS = ['dataset', 'trainSize', 'noise', 'labelNoise', 'seed'] as const;

let retrainTimer: ReturnType<typeof setTimeout> | undefined;
const cancelRetrain = (): void => clearTimeout(retrainTimer);

const client = new ToyClient((event: ToyEvent) => {
  switch (event.type) {
    case 'progress':
      useToyStore.setState({ pictures: event.pictures, step: event.pictures.step });
      return;
    case 'done':
      useToyStore.setState({ status: 'done', pictures: event.result, result: event.result, step: event.result.step });
      return;
    case 'error':
      useToyStore.setState({ status: 'error', error: event.message });
  }
});

const initialState = {
  config: { ...TOY_DEFAULTS },
  data: toyData(TOY_DEFAULTS),
  status: 'idle' as ToyStatus,
  trained: null,
  step: 0,
  pictures: null,
  result: null,
  error: null,
};

export const useToyStore = create<ToyState>()((set, get) => ({
  ...initialState,
  setConfig: (changes) => {
    const { config, status } = get();
    const next = { ...config, ...changes };
    const newData = DATA_FIELDS.some((field) => next[field] !== config[field]);
    // The old pictures belong to other points; α alone keeps them on screen until the new run's first frame.
    set(newData ? { config: next, data: toyData(next), pictures: null, result: null } : { config: next });
    if (status === 'idle') return;
    cancelRetrain();
    retrainTimer = setTimeout(() => get().train(), RETRAIN_DELAY_MS);
  },
  train: () => {
    cancelRetrain();
    const { config } = get();
    set({ status: 'training', trained: config, step: 0, error: null });
    client.train(config);
  },
  reset: () => {
    cancelRetrain();
    client.cancel();
    set(initialState);
  },
}));
