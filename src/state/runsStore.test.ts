import 'fake-indexeddb/auto';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { armSummary } from '../storage/testing/armSummary';
import { DEFAULT_CONFIG } from '../contract/config';
import type { ArmEpochSummary, MetricsPoint, RunResult } from '../contract/reports';
import { itemsToJson } from '../export/json';
import { savedRunFixture, savedSweepFixture } from '../export/testing/fixtures';

vi.mock('../client/trainerClient', () => import('./testing/fakeEngine'));

const { worker } = await import('./testing/fakeEngine');

const { SAVE_INTERVAL_MS, saveRunsAsTheyGo } = await import('./autosave');
const { useRunsStore } = await import('./runsStore');
const { useTrainingStore } = await import('./trainingStore');
const { useSweepStore } = await import('./sweepStore');
saveRunsAsTheyGo();

const arm = (accuracy: number): ArmEpochSummary => armSummary(accuracy);
const point = (step: number): MetricsPoint => ({
  step,
  epoch: step / 10,
  examplesSeen: step * 32,
  baseline: { trainLoss: 1, testAccuracy: 0.5, testNll: 1, ece: 0.1 },
  mixup: { trainLoss: 1, testAccuracy: 0.5, testNll: 1, ece: 0.1 },
});
const result = (mixup: number, stopped = false): RunResult => ({
  stopped,
  steps: 10,
  epochsCompleted: 1,
  examplesPerSecond: 100,
  elapsedMs: 1000,
  robustness: null,
  final: { epoch: 1, step: 10, showcaseIndices: new Int32Array([3]), baseline: arm(0.9), mixup: arm(mixup) },
});

function startWorkerRun(): void {
  const start = worker.sent.filter((c) => c.type === 'start').at(-1);
  if (start?.type !== 'start') throw new Error('nothing was started');
  worker.emit({ type: 'status', status: 'training' });
  worker.emit({
    type: 'started',
    config: start.config,
    trained: ['baseline', 'mixup'],
    engine: 'tfjs',
    engineReason: 'test',
  });
}

const saved = async () => {
  await useRunsStore.getState().refresh();
  return useRunsStore.getState().listed.flatMap((item) => (item.kind === 'unreadable' ? [] : [item]));
};

beforeEach(() => {
  worker.sent.length = 0;
  useTrainingStore.setState({
    status: 'ready',
    draft: { ...DEFAULT_CONFIG, trainSize: 300 },
    preset: null,
    error: null,
  });
});

describe('saving runs as they go', () => {
  it('saves a run in progress within the save interval, then once more, finished, when it ends', async () => {
    const before = (await saved()).length;
    // The live feed's and the save's timers on a fake clock; IndexedDB (fake-indexeddb) keeps its real setImmediate.
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    try {
      useTrainingStore.getState().start();
      startWorkerRun();
      worker.emit({ type: 'metrics', point: point(2) });
      worker.emit({ type: 'metrics', point: point(4) });
      // The live feed hands the points to the store within a frame; the interval runs from there.
      await vi.advanceTimersByTimeAsync(SAVE_INTERVAL_MS + 500);
    } finally {
      vi.useRealTimers();
    }
    // The write the timer began lands on IndexedDB's own schedule.
    await vi.waitFor(async () => expect(await saved()).toHaveLength(before + 1));
    let list = await saved();
    expect(list[0]).toMatchObject({ kind: 'run', status: 'running', pointCount: 2, name: 'tiny, 300 examples, α 0.4' });

    worker.emit({ type: 'metrics', point: point(6) });
    worker.emit({ type: 'finished', result: result(0.93) });
    worker.emit({ type: 'status', status: 'ready' });
    await vi.waitFor(async () => expect((await saved())[0]?.status).toBe('finished'));
    list = await saved();
    expect(list).toHaveLength(before + 1);
    expect(list[0]).toMatchObject({ pointCount: 3, mixupAccuracy: 0.93 });
    const item = await useRunsStore.getState().open(list[0]?.id ?? '');
    expect(item?.kind === 'run' && item.result?.final?.showcaseIndices).toEqual(new Int32Array([3]));
  });

  it('saves a sweep as one item, not its runs one by one, and a cancelled sweep with its finished points', async () => {
    const before = (await saved()).length;
    useSweepStore.setState({ alphaText: '0, 1, 2', seedCount: 1 });
    useSweepStore.getState().startSweep();
    startWorkerRun();
    worker.emit({ type: 'finished', result: result(0.91) });
    worker.emit({ type: 'status', status: 'ready' });
    // The sweep starts its next run once it has heard this one's end.
    await vi.waitFor(() => expect(worker.sent.filter((c) => c.type === 'start')).toHaveLength(2));
    startWorkerRun();
    useSweepStore.getState().cancelSweep();
    worker.emit({ type: 'finished', result: result(0.5, true) });
    await vi.waitFor(async () => expect((await saved())[0]?.status).toBe('cancelled'));
    const list = await saved();
    expect(list).toHaveLength(before + 1);
    expect(list[0]).toMatchObject({ kind: 'sweep', name: 'α sweep: 0, 1, 2', pointCount: 1 });
  });
});

describe('picking runs to compare', () => {
  it('ticks at once, loads the runs, and a third pick replaces the older of two', async () => {
    useTrainingStore.getState().start();
    startWorkerRun();
    worker.emit({ type: 'finished', result: result(0.8) });
    worker.emit({ type: 'status', status: 'ready' });
    await vi.waitFor(async () =>
      expect((await saved()).filter((s) => s.kind === 'run' && s.status === 'finished').length).toBeGreaterThanOrEqual(
        2,
      ),
    );
    const [first, second] = (await saved()).filter((s) => s.kind === 'run');
    const [a, b] = [first?.id ?? '', second?.id ?? ''];
    const picking = useRunsStore.getState().toggleCompare(a);
    expect(useRunsStore.getState().compareIds).toEqual([a]);
    await picking;
    await useRunsStore.getState().toggleCompare(b);
    expect(useRunsStore.getState().compared.map((run) => run.id)).toEqual([a, b]);
    await useRunsStore.getState().toggleCompare(a);
    expect(useRunsStore.getState().compareIds).toEqual([b]);
    expect(useRunsStore.getState().compared.map((run) => run.id)).toEqual([b]);
  });
});

describe('exporting everything and importing it', () => {
  it('exports every item that reads, and imports what is new, skipping and counting those already kept', async () => {
    await useRunsStore.getState().save([savedRunFixture({ id: 'import-a' }), savedSweepFixture({ id: 'import-b' })]);
    const all = await useRunsStore.getState().loadAll();
    expect(all?.unreadable).toBe(0);
    const ids = all?.items.map((item) => item.id) ?? [];
    expect(ids).toEqual(expect.arrayContaining(['import-a', 'import-b']));

    const fresh = savedRunFixture({ id: 'import-c', name: 'From elsewhere' });
    await useRunsStore.getState().importJson(itemsToJson([...(all?.items ?? []), fresh, fresh]));
    expect(useRunsStore.getState().imported).toEqual({
      ok: true,
      message: `Imported 1 run or sweep; ${ids.length + 1} were already here and skipped.`,
    });
    const listed = await saved();
    expect(listed.filter((item) => item.id === 'import-c').map((item) => item.name)).toEqual(['From elsewhere']);
    expect(listed).toHaveLength(ids.length + 1);
    const opened = await useRunsStore.getState().open('import-c');
    expect(opened).toEqual(fresh);
  });

  it('saves nothing from a malformed file, and says what is wrong', async () => {
    const before = await saved();
    const good = JSON.parse(itemsToJson([savedRunFixture({ id: 'import-d' })])) as { items: object[] };
    const damaged = { ...good, items: [...good.items, { kind: 'sweep' }] };
    await useRunsStore.getState().importJson(JSON.stringify(damaged));
    expect(useRunsStore.getState().imported).toEqual({
      ok: false,
      message: 'This export is damaged: items[1].id is missing. Nothing was imported; the saved runs are as they were.',
    });
    expect(await saved()).toEqual(before);
    await useRunsStore.getState().importJson('not json');
    expect(useRunsStore.getState().imported?.message).toMatch(/^This file is not JSON .* Nothing was imported/);
  });
});
