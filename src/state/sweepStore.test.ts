import { beforeEach, describe, expect, it, vi } from 'vitest';
import { DEFAULT_CONFIG } from '../contract/config';
import type { WorkerCommand } from '../contract/protocol';
import type { RunResult } from '../contract/reports';
import { result } from './testing/runResult';

vi.mock('../client/trainerClient', () => import('./testing/fakeEngine'));

const { worker } = await import('./testing/fakeEngine');

const { useSweepStore } = await import('./sweepStore');
const { useTrainingStore } = await import('./trainingStore');
const { sweepOnScreen } = await import('./onScreen');

const starts = () => worker.sent.filter((c): c is Extract<WorkerCommand, { type: 'start' }> => c.type === 'start');

/** Lets the sweep, which awaits each run's end, start the next. */
const settled = () => new Promise((resolve) => setTimeout(resolve, 0));

/** A finished run's result as the worker sends it, attacked, so its baseline can be reused. */
const finished = (mixupAccuracy: number): RunResult => ({
  ...result(mixupAccuracy),
  robustness: { size: 1, baseline: [], mixup: [] },
});

/** Plays one run in the worker: started, training, then its result, and lets the sweep react. */
async function playRun(outcome: RunResult): Promise<void> {
  const last = starts().at(-1);
  if (!last) throw new Error('no run was started');
  worker.emit({
    type: 'started',
    config: last.config,
    trained: last.reuse ? ['mixup'] : ['baseline', 'mixup'],
    engine: 'tfjs',
    engineReason: 'test',
  });
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
  it("runs the draft once per α and seed, each after the one before, training each seed's baseline once", async () => {
    useTrainingStore.setState((s) => ({ draft: { ...s.draft, trainSize: 300, seed: 5 } }));
    useSweepStore.setState({ alphaText: '0, 0.2, 1', seedCount: 2 });
    useSweepStore.getState().startSweep();
    expect(starts().map((c) => [c.config.alpha, c.config.seed, c.config.trainSize])).toEqual([[0.2, 5, 300]]);
    await playRun(finished(0.91));
    await playRun(finished(0.93));
    await playRun(finished(0.8));
    expect(starts().map((c) => [c.config.alpha, c.config.seed, c.reuse?.config.seed ?? null])).toEqual([
      [0.2, 5, null],
      [0.2, 6, null],
      [1, 5, 5],
      [1, 6, 6],
    ]);
    expect(starts()[2]?.reuse?.config.alpha).toBe(0.2);
    expect(useSweepStore.getState().status).toBe('running');
    await playRun(finished(0.82));
    const sweep = useSweepStore.getState();
    expect(sweep.status).toBe('finished');
    expect(sweep.alphas).toEqual([0, 0.2, 1]);
    expect(sweep.records.map((r) => [r.alpha, r.seed, r.mixup.accuracy, r.trainedBaseline])).toEqual([
      [0.2, 5, 0.91, true],
      [0.2, 6, 0.93, true],
      [1, 5, 0.8, false],
      [1, 6, 0.82, false],
    ]);
    expect(starts()).toHaveLength(4);
  });

  it('keeps the finished points when cancelled, starts nothing more, and can carry on', async () => {
    useSweepStore.setState({ alphaText: '0, 1, 4, 8' });
    useSweepStore.getState().startSweep();
    await playRun(finished(0.9));
    await playRun(finished(0.85));
    useSweepStore.getState().cancelSweep();
    expect(worker.sent.at(-1)).toEqual({ type: 'stop' });
    await playRun(result(0.5, true));
    let sweep = useSweepStore.getState();
    expect(sweep.status).toBe('cancelled');
    expect(sweep.records.map((r) => r.alpha)).toEqual([1, 4]);
    expect(starts()).toHaveLength(3);

    sweep.continueSweep();
    expect(starts().at(-1)?.config.alpha).toBe(8);
    expect(starts().at(-1)?.reuse?.config.alpha).toBe(1);
    await playRun(finished(0.7));
    sweep = useSweepStore.getState();
    expect(sweep.status).toBe('finished');
    expect(sweep.records.map((r) => r.alpha)).toEqual([1, 4, 8]);
  });

  it("trains a seed's baseline again, once, when a reopened sweep carries on without its curves", async () => {
    useSweepStore.setState({ alphaText: '1, 4, 8' });
    useSweepStore.getState().startSweep();
    await playRun(finished(0.9));
    useSweepStore.getState().cancelSweep();
    await playRun(result(0.5, true));
    const saved = sweepOnScreen();
    if (!saved) throw new Error('nothing to save');
    useSweepStore.getState().showSavedSweep(saved);
    useSweepStore.getState().continueSweep();
    expect(starts().at(-1)?.config.alpha).toBe(4);
    expect(starts().at(-1)?.reuse).toBeUndefined();
    await playRun(finished(0.8));
    expect(starts().at(-1)?.reuse?.config.alpha).toBe(4);
    await playRun(finished(0.7));
    expect(useSweepStore.getState().records.map((r) => [r.alpha, r.trainedBaseline])).toEqual([
      [1, true],
      [4, true],
      [8, false],
    ]);
  });

  it('carries on a sweep saved when α = 0 was still trained from its first run not done', () => {
    const base = { accuracy: 0.9, nll: 0.3, ece: 0.02 };
    const records = [0, 1].map((alpha) => ({
      alpha,
      seed: 1,
      baseline: base,
      mixup: base,
      elapsedMs: 1,
      trainedBaseline: true,
    }));
    useSweepStore.getState().showSavedSweep({
      kind: 'sweep',
      id: 'old',
      name: 'old',
      createdAt: 1,
      updatedAt: 2,
      backend: null,
      browser: 'test',
      status: 'cancelled',
      config: DEFAULT_CONFIG,
      alphas: [0, 1, 4],
      seedCount: 1,
      records,
    });
    const sweep = useSweepStore.getState();
    expect(sweep.plan.map((run) => run.alpha)).toEqual([1, 4]);
    expect(sweep.next).toBe(1);
    expect(sweep.stopReason).toBe('This sweep stopped after 1 of 2 runs; Continue trains the rest.');
    useSweepStore.getState().showSavedSweep({ ...useSweepStore.getState().reopened!, alphas: [0], records: [] });
    expect(useSweepStore.getState()).toMatchObject({ plan: [], status: 'finished', alphas: [0] });
  });

  it('stops as cancelled, points kept, when its run is stopped from the Train tab', async () => {
    useSweepStore.setState({ alphaText: '0, 1, 2' });
    useSweepStore.getState().startSweep();
    await playRun(finished(0.9));
    await playRun(result(0.4, true));
    const sweep = useSweepStore.getState();
    expect(sweep.status).toBe('cancelled');
    expect(sweep.stopReason).toMatch(/α = 2, seed 1 was stopped before it finished; the finished points are kept/);
    expect(sweep.records).toHaveLength(1);
  });

  it('stops on a failed run, saying which and why, and keeps the points', async () => {
    useSweepStore.setState({ alphaText: '1, 8' });
    useSweepStore.getState().startSweep();
    await playRun(finished(0.9));
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

  it("repeats the Train tab's setup over seeds as a sweep of its one α, and refuses α = 0, which has no mixup to repeat", async () => {
    useTrainingStore.setState((s) => ({ draft: { ...s.draft, alpha: 0.4, seed: 5 } }));
    useSweepStore.getState().repeatOverSeeds(3);
    for (const accuracy of [0.91, 0.92, 0.93]) await playRun(finished(accuracy));
    expect(starts().map((c) => [c.config.alpha, c.config.seed, c.reuse === undefined])).toEqual([
      [0.4, 5, true],
      [0.4, 6, true],
      [0.4, 7, true],
    ]);
    const sweep = useSweepStore.getState();
    expect(sweep.status).toBe('finished');
    expect(sweep.alphas).toEqual([0.4]);
    expect(sweepOnScreen()?.name).toMatch(/^Repeat over 3 seeds, tiny, /);

    useSweepStore.setState(useSweepStore.getInitialState(), true);
    useTrainingStore.setState((s) => ({ draft: { ...s.draft, alpha: 0 } }));
    useSweepStore.getState().repeatOverSeeds(3);
    expect(useSweepStore.getState().problem).toBe(
      'The α list holds only α = 0, the baseline, which every sweep trains; add an α above 0.',
    );
    expect(starts()).toHaveLength(3);
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
