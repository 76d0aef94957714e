import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { DEFAULT_CONFIG } from '../contract/config';
import { ToyRun, TOY_DEFAULTS } from '../toy/run';

vi.mock('../client/toyClient', () => import('./testing/fakeToyEngine'));

const { toyWorker } = await import('./testing/fakeToyEngine');
const { RETRAIN_DELAY_MS, useToyStore } = await import('./toyStore');
const { useTrainingStore } = await import('./trainingStore');

/** A real result of a short run, as the worker would send it for the latest command. */
function finish(): void {
  const last = toyWorker.sent.at(-1);
  if (!last) throw new Error('nothing was trained');
  const run = new ToyRun({ ...last.config, steps: 100 });
  run.advance(100);
  toyWorker.emit({ type: 'done', id: last.id, result: run.result() });
}

beforeEach(() => {
  vi.useFakeTimers();
  toyWorker.sent.length = 0;
  useToyStore.getState().reset();
});
afterEach(() => vi.useRealTimers());

describe('the 2-D store', () => {
  it('trains nothing by itself before the first Train both', () => {
    useToyStore.getState().setConfig({ alpha: 2 });
    vi.advanceTimersByTime(2 * RETRAIN_DELAY_MS);
    expect(toyWorker.sent).toEqual([]);
  });

  it('once trained, retrains once when α stops moving, with the last α', () => {
    useToyStore.getState().train();
    finish();
    expect(useToyStore.getState().status).toBe('done');
    for (const alpha of [0.5, 0.8, 1.2]) {
      useToyStore.getState().setConfig({ alpha });
      vi.advanceTimersByTime(RETRAIN_DELAY_MS / 2);
    }
    expect(toyWorker.sent).toHaveLength(1);
    vi.advanceTimersByTime(RETRAIN_DELAY_MS);
    expect(toyWorker.sent.map(({ config }) => config.alpha)).toEqual([TOY_DEFAULTS.alpha, 1.2]);
    // α alone keeps the pictures on screen until the new run draws.
    expect(useToyStore.getState().pictures).not.toBeNull();
  });

  it('never touches the Train tab’s α', () => {
    useTrainingStore.setState({ draft: { ...DEFAULT_CONFIG, alpha: 0.2 } });
    useToyStore.getState().setConfig({ alpha: 5 });
    expect(useTrainingStore.getState().draft.alpha).toBe(0.2);
  });

  it('draws new points and drops the old pictures when the data change', () => {
    useToyStore.getState().train();
    finish();
    const before = useToyStore.getState().data;
    useToyStore.getState().setConfig({ dataset: 'circles' });
    const state = useToyStore.getState();
    expect(state.data).not.toBe(before);
    expect(state.pictures).toBeNull();
    expect(state.result).toBeNull();
  });

  it('Reset cancels the run in progress and its late events', () => {
    useToyStore.getState().train();
    useToyStore.getState().reset();
    finish();
    expect(useToyStore.getState().status).toBe('idle');
    expect(useToyStore.getState().result).toBeNull();
  });
});
