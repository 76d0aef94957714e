import { beforeEach, describe, expect, it, vi } from 'vitest';
import { DEFAULT_CONFIG } from '../engine/config';
import type { WorkerCommand } from '../engine/protocol';
import type { RunResult } from '../engine/reports';
import { result } from './testing/runResult';

vi.mock('../engine/client', () => import('./testing/fakeEngine'));

const { worker } = await import('./testing/fakeEngine');

const { useSweepStore } = await import('./sweepStore');
const { useTrainingStore } = await import('./trainingStore');

const starts = () => worker.sent.filter((c): c is Extract<WorkerCommand, { type: 'start' }> => c.type === 'start');

/** Lets the sweep, which awaits each run's end, start the next. */
const settled = () => new Promise((resolve) => setTimeout(resolve, 0));

/** Plays one run in the worker: started, training, then its result, and lets the sweep react. */
async function playRun(outcome: RunResult): Promise<void> {
  const last = starts().at(-1);
  if (!last) throw new Error('no run was started');
  worker.emit({ type: 'started', config: last.config, trained: last.reuse ? ['mixup'] : ['baseline', 'mixup'] });
  worker.emit({ type: 'status', status: 'training' });
  worker.emit({ type: 'finished', result: outcome });
  worker.emit({ type: 'status', status: 'ready' });
  await settled();
}

beforeEach(() => {
  worker.sent.length = 0;
  useTrainingStore.setState({ status: 'ready', error: null, draft: { ...DEFAULT_CONFIG } });
  useSweepStore.setState(useSweepStore.getInitialState(), true);
});

describe('the α sweep', () => {
  it('runs the draft once per α and seed, each after the one before, and keeps every point', async () => {
    useTrainingStore.setState((s) => ({ draft: { ...s.draft, trainSize: 300, seed: 5 } }));
    useSweepStore.setState({ alphaText: '0.2, 1', seedCount: 2 });
    useSweepStore.getState().startSweep();
    expect(starts().map((c) => [c.config.alpha, c.config.seed, c.config.trainSize])).toEqual([[0.2, 5, 300]]);
    await playRun(result(0.91));
    await playRun(result(0.93));
    await playRun(result(0.8));
    expect(starts().map((c) => [c.config.alpha, c.config.seed])).toEqual([
      [0.2, 5],
      [0.2, 6],
      [1, 5],
      [1, 6],
    ]);
    expect(useSweepStore.getState().status).toBe('running');
    await playRun(result(0.82));
    const sweep = useSweepStore.getState();
    expect(sweep.status).toBe('finished');
    expect(sweep.records.map((r) => [r.alpha, r.seed, r.mixup.accuracy])).toEqual([
      [0.2, 5, 0.91],
      [0.2, 6, 0.93],
      [1, 5, 0.8],
      [1, 6, 0.82],
    ]);
    expect(starts()).toHaveLength(4);
  });

  it('keeps the finished points when cancelled, starts nothing more, and can carry on', async () => {
    useSweepStore.setState({ alphaText: '0, 1, 4' });
    useSweepStore.getState().startSweep();
    await playRun(result(0.9));
    useSweepStore.getState().cancelSweep();
    expect(worker.sent.at(-1)).toEqual({ type: 'stop' });
    await playRun(result(0.5, true));
    let sweep = useSweepStore.getState();
    expect(sweep.status).toBe('cancelled');
    expect(sweep.records.map((r) => r.alpha)).toEqual([0]);
    expect(starts()).toHaveLength(2);

    sweep.continueSweep();
    expect(starts().at(-1)?.config.alpha).toBe(1);
    await playRun(result(0.92));
    await playRun(result(0.7));
    sweep = useSweepStore.getState();
    expect(sweep.status).toBe('finished');
    expect(sweep.records.map((r) => r.alpha)).toEqual([0, 1, 4]);
  });

  it('stops as cancelled, points kept, when its run is stopped from the Train tab', async () => {
    useSweepStore.setState({ alphaText: '0, 1' });
    useSweepStore.getState().startSweep();
    await playRun(result(0.9));
    await playRun(result(0.4, true));
    const sweep = useSweepStore.getState();
    expect(sweep.status).toBe('cancelled');
    expect(sweep.stopReason).toMatch(/α = 1, seed 1 was stopped before it finished; the finished points are kept/);
    expect(sweep.records).toHaveLength(1);
  });

  it('stops on a failed run, saying which and why, and keeps the points', async () => {
    useSweepStore.setState({ alphaText: '0, 8' });
    useSweepStore.getState().startSweep();
    await playRun(result(0.9));
    worker.emit({
      type: 'error',
      error: { kind: 'diverged', message: 'The mixup arm diverged.', hint: 'Lower the learning rate.' },
    });
    await settled();
    const sweep = useSweepStore.getState();
    expect(sweep.status).toBe('failed');
    expect(sweep.stopReason).toBe(
      'The run with α = 8, seed 1 failed: The mixup arm diverged. Lower the learning rate. The finished points are kept.',
    );
    expect(sweep.records).toHaveLength(1);
  });

  it('names a bad α list or setting and starts nothing', async () => {
    useSweepStore.setState({ alphaText: '0.2, lots' });
    useSweepStore.getState().startSweep();
    expect(useSweepStore.getState().problem).toBe(
      "The α list needs numbers separated by commas, got 'lots' in '0.2, lots'.",
    );
    useSweepStore.setState({ alphaText: '1' });
    useTrainingStore.setState((s) => ({ draft: { ...s.draft, batchSize: 5000 } }));
    useSweepStore.getState().startSweep();
    expect(useSweepStore.getState().problem).toMatch(/^A setting on the Train tab is out of range: batchSize must be/);
    expect(starts()).toHaveLength(0);
    expect(useSweepStore.getState().status).toBe('idle');
  });

  it('does not start beside a run in progress', async () => {
    useTrainingStore.setState({ status: 'training' });
    useSweepStore.getState().startSweep();
    expect(useSweepStore.getState().problem).toMatch(/A run is in progress on the Train tab/);
    expect(starts()).toHaveLength(0);
  });
});
