import * as tf from '@tensorflow/tfjs';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { setLanguage } from '../i18n/i18n';
import { readMnist } from '../data/node/readMnist';
import { DEFAULT_CONFIG } from '../contract/config';
import type { BackendName, WorkerEvent } from '../contract/protocol';
import { setUpNodeWasmBackend } from './node/wasmBackend';
import { TrainingSession, type FusedEngine, type SessionDeps } from './session';
import type { PairedStepper } from './stepper';
import { createTfjsStepper } from './tfjsStepper';

/** A run of a few steps: 200 examples, batch 16, quick evaluations every 2 steps on 100 test images. */
const SHORT_RUN = {
  ...DEFAULT_CONFIG,
  trainSize: 200,
  batchSize: 16,
  epochs: 1,
  evalEvery: 2,
  quickEvalSize: 100,
  trainEvalSize: 100,
};

/** Any use of the fused engine on a backend other than webgpu is a failure. */
const NO_FUSED: FusedEngine = {
  create: () => {
    throw new Error('the fused engine was asked to train off webgpu');
  },
  support: () => {
    throw new Error('the fused engine was asked about settings off webgpu');
  },
};

/**
 * Stands in for the fused engine on a worker that calls its wasm backend webgpu, so the session's choice is testable in
 * Node: it trains with TF.js's kernels, counts what it created and the steps each took, and refuses batches that are
 * no multiple of 16. `firstStep` resolves when the first stepper it created takes its first step.
 */
function fakeFused(): FusedEngine & { created: number; steps: number[]; firstStep: Promise<void> } {
  let stepped: () => void = () => undefined;
  const fused = {
    created: 0,
    steps: [] as number[],
    firstStep: new Promise<void>((resolve) => (stepped = resolve)),
    create: (...args: Parameters<FusedEngine['create']>) => {
      const index = fused.created++;
      fused.steps.push(0);
      const stepper = createTfjsStepper(...args);
      const counted: PairedStepper = {
        engine: stepper.engine,
        step: (plan) => {
          stepper.step(plan);
          fused.steps[index]!++;
          if (index === 0) stepped();
        },
        lossAverages: () => stepper.lossAverages(),
        syncModels: () => stepper.syncModels(),
        dispose: () => stepper.dispose(),
      };
      return counted;
    },
    support: (config: { batchSize: number }) =>
      config.batchSize % 16 === 0 ? null : 'It trains batches of a multiple of 16 only.',
  };
  return fused;
}

/** Trains on TF.js's wasm backend with our kernels (what the page uses without a GPU), under any name. */
const backendCalled = (name: BackendName): SessionDeps['initBackend'] =>
  async function initBackend(choice) {
    await setUpNodeWasmBackend();
    return {
      name,
      requested: choice,
      reason: 'test',
      skipped: [],
      adapter: null,
      threads: null,
      crossOriginIsolated: false,
    };
  };

const deps: SessionDeps = {
  initBackend: backendCalled('wasm'),
  // A 500-image test split keeps the epoch-end evaluation and the closing attack quick.
  loadSplit: async (split, _url, onProgress) => {
    onProgress(1, 1);
    return split === 'train' ? readMnist('train', 5000) : readMnist('test', 500);
  },
  watchDeviceLoss: () => undefined,
  fused: NO_FUSED,
};

function createSession(sessionDeps: SessionDeps = deps) {
  const events: WorkerEvent[] = [];
  const waiting = new Set<(event: WorkerEvent) => void>();
  const session = new TrainingSession((event) => {
    events.push(event);
    for (const listener of waiting) listener(event);
  }, sessionDeps);
  /** The first event, posted already or to come, that `predicate` accepts; the test's timeout bounds the wait. */
  const waitFor = (predicate: (event: WorkerEvent) => boolean): Promise<WorkerEvent> =>
    new Promise((resolve) => {
      const found = events.find(predicate);
      if (found) return resolve(found);
      const listener = (event: WorkerEvent) => {
        if (!predicate(event)) return;
        waiting.delete(listener);
        resolve(event);
      };
      waiting.add(listener);
    });
  const errors = () => events.flatMap((event) => (event.type === 'error' ? [event.error] : []));
  return { session, events, waitFor, errors };
}

/** Lets the event loop go round `n` times (timers, like the training loop's own yields). */
async function eventLoopTurns(n: number): Promise<void> {
  for (let i = 0; i < n; i++) await new Promise((resolve) => setTimeout(resolve, 0));
}

// Nothing here is timed: the limit only has to outlast a two-core machine busy with other work.
describe('TrainingSession', { timeout: 120_000 }, () => {
  beforeAll(async () => {
    await setUpNodeWasmBackend();
  });

  it('runs a short paired run to the end, from a Start sent before loading finished', async () => {
    const { session, events, errors } = createSession();
    void session.handle({ type: 'init', backend: 'auto', engine: 'fused', dataUrl: '/data/' });
    await session.handle({ type: 'start', config: SHORT_RUN });
    const types = events.map((event) => event.type);
    expect(types).toContain('ready');
    expect(types.indexOf('started')).toBeGreaterThan(types.indexOf('ready'));
    expect(types).toContain('metrics');
    expect(types).toContain('epoch-end');
    const finished = events.find((event) => event.type === 'finished');
    expect(finished?.type === 'finished' && finished.result.stopped).toBe(false);
    expect(events.at(-1)).toEqual({ type: 'status', status: 'ready' });
    expect(errors()).toEqual([]);
  });

  it('refuses a second Start while a run is active, and stops cleanly mid-run with nothing leaked', async () => {
    const { session, events, waitFor, errors } = createSession();
    await session.handle({ type: 'init', backend: 'wasm', engine: 'fused', dataUrl: '/data/' });
    const tensorsBefore = tf.memory().numTensors;
    const run = session.handle({ type: 'start', config: { ...SHORT_RUN, epochs: 50 } });
    await waitFor((event) => event.type === 'metrics');

    await session.handle({ type: 'start', config: SHORT_RUN });
    expect(errors()).toEqual([expect.objectContaining({ kind: 'refused', message: 'A run is already in progress.' })]);

    await session.handle({ type: 'stop' });
    await run;
    const finished = events.find((event) => event.type === 'finished');
    expect(finished?.type === 'finished' && finished.result.stopped).toBe(true);
    expect(events.at(-1)).toEqual({ type: 'status', status: 'ready' });
    expect(tf.memory().numTensors).toBe(tensorsBefore);
  });

  it('pauses between steps and resumes; Reset while paused ends the run', async () => {
    const { session, events, waitFor } = createSession();
    await session.handle({ type: 'init', backend: 'wasm', engine: 'fused', dataUrl: '/data/' });
    // Metrics after every step, so their count is the steps taken.
    const run = session.handle({ type: 'start', config: { ...SHORT_RUN, epochs: 50, evalEvery: 1 } });
    await waitFor((event) => event.type === 'metrics');
    await session.handle({ type: 'pause' });
    expect(events.at(-1)).toEqual({ type: 'status', status: 'paused' });
    const countWhilePaused = events.filter((event) => event.type === 'metrics').length;
    // A running loop yields to the event loop (setTimeout 0) at least every 20 ms of steps: in 10 turns of
    // ours it would take 10 steps or more.
    await eventLoopTurns(10);
    // At most the step already under way may still report.
    expect(events.filter((event) => event.type === 'metrics').length).toBeLessThanOrEqual(countWhilePaused + 1);

    await session.handle({ type: 'resume' });
    await waitFor((event) => event.type === 'metrics' && event.point.step > 4);
    await session.handle({ type: 'pause' });
    await session.handle({ type: 'reset' });
    await run;
    expect(events.at(-1)).toEqual({ type: 'status', status: 'ready' });
  });

  it('tells the pace of a calibration and of a finished run', async () => {
    const { session, events, errors } = createSession();
    await session.handle({ type: 'init', backend: 'wasm', engine: 'fused', dataUrl: '/data/' });
    await session.handle({ type: 'calibrate', shape: { model: 'tiny', batchSize: 32 } });
    await session.handle({ type: 'start', config: SHORT_RUN });
    const paces = events.flatMap((event, i) => (event.type === 'pace' ? [{ ...event, i }] : []));
    const started = events.findIndex((event) => event.type === 'started');
    // The calibration's pace, before the run began; then the run's own, after it finished.
    expect(paces.map(({ i }) => i < started)).toEqual([true, false]);
    // Calibrated at another batch size than the run's: each pace is told with the batch size it was measured at.
    expect(paces.map(({ backend, shape }) => ({ backend, shape }))).toEqual([
      { backend: 'wasm', shape: { model: 'tiny', batchSize: 32 } },
      { backend: 'wasm', shape: { model: SHORT_RUN.model, batchSize: SHORT_RUN.batchSize } },
    ]);
    for (const { pace } of paces) {
      for (const perSecond of Object.values(pace)) expect(perSecond).toBeGreaterThan(0);
    }
    // A calibration is not a run: it posts no run events of its own.
    expect(events.filter((event) => event.type === 'started' || event.type === 'finished')).toHaveLength(2);
    expect(errors()).toEqual([]);
  }, 180_000);

  it('a Start stops a calibration under way, which then tells no pace, and skips one asked for while it waits', async () => {
    // The stand-in fused engine tells when the calibration, the first thing it trains, takes its first step.
    const fused = fakeFused();
    const { session, events, errors } = createSession({ ...deps, initBackend: backendCalled('webgpu'), fused });
    await session.handle({ type: 'init', backend: 'webgpu', engine: 'fused', dataUrl: '/data/' });
    const calibration = session.handle({ type: 'calibrate', shape: { model: 'tiny', batchSize: 32 } });
    await fused.firstStep;
    const run = session.handle({ type: 'start', config: SHORT_RUN });
    const skipped = session.handle({ type: 'calibrate', shape: { model: 'seed-cnn', batchSize: 32 } });
    await Promise.all([calibration, run, skipped]);
    // The calibration stopped short of its four steps; the skipped one built no stepper.
    expect(fused.steps).toHaveLength(2);
    expect(fused.steps[0]).toBeLessThan(4);
    const paces = events.flatMap((event, i) => (event.type === 'pace' ? [{ ...event, i }] : []));
    const started = events.findIndex((event) => event.type === 'started');
    expect(paces.map(({ i, shape }) => ({ afterStart: i > started, shape }))).toEqual([
      { afterStart: true, shape: { model: SHORT_RUN.model, batchSize: SHORT_RUN.batchSize } },
    ]);
    expect(errors()).toEqual([]);
  }, 180_000);

  it('trains with TF.js kernels off webgpu whatever engine was chosen, and says why', async () => {
    const { session, events, errors } = createSession();
    await session.handle({ type: 'init', backend: 'wasm', engine: 'fused', dataUrl: '/data/' });
    await session.handle({ type: 'calibrate', shape: { model: 'tiny', batchSize: 32 } });
    await session.handle({ type: 'start', config: SHORT_RUN });
    const ready = events.find((event) => event.type === 'ready');
    expect(ready?.type === 'ready' && ready.backend).toMatchObject({
      name: 'wasm',
      engine: 'tfjs',
      engineReason: expect.stringContaining('webgpu only'),
    });
    expect(events.find((event) => event.type === 'started')).toMatchObject({ engine: 'tfjs' });
    const paces = events.filter((event) => event.type === 'pace');
    expect(paces.map((event) => event.type === 'pace' && event.engine)).toEqual(['tfjs', 'tfjs']);
    expect(errors()).toEqual([]);
  }, 180_000);

  it('on webgpu trains runs and calibrations with the fused engine, and tags their paces with it', async () => {
    const fused = fakeFused();
    const { session, events, errors } = createSession({ ...deps, initBackend: backendCalled('webgpu'), fused });
    await session.handle({ type: 'init', backend: 'webgpu', engine: 'fused', dataUrl: '/data/' });
    const ready = events.find((event) => event.type === 'ready');
    expect(ready?.type === 'ready' && ready.backend.engine).toBe('fused');
    await session.handle({ type: 'calibrate', shape: { model: 'tiny', batchSize: 32 } });
    await session.handle({ type: 'start', config: SHORT_RUN });
    expect(fused.created).toBe(2);
    expect(events.find((event) => event.type === 'started')).toMatchObject({ engine: 'fused' });
    const paces = events.flatMap((event) => (event.type === 'pace' ? [event.engine] : []));
    expect(paces).toEqual(['fused', 'fused']);
    expect(errors()).toEqual([]);
  }, 180_000);

  it('on webgpu trains with TF.js kernels, saying why, when the fused engine refuses the settings or they are chosen', async () => {
    const fused = fakeFused();
    const onWebgpu = { ...deps, initBackend: backendCalled('webgpu'), fused };
    const startedOn = async (engine: 'fused' | 'tfjs', batchSize: number) => {
      const { session, waitFor, errors } = createSession(onWebgpu);
      await session.handle({ type: 'init', backend: 'webgpu', engine, dataUrl: '/data/' });
      const run = session.handle({ type: 'start', config: { ...SHORT_RUN, batchSize, epochs: 50 } });
      const started = await waitFor((event) => event.type === 'started');
      await session.handle({ type: 'stop' });
      await run;
      expect(errors()).toEqual([]);
      return started;
    };
    // The fake refuses batches of 20.
    expect(await startedOn('fused', 20)).toMatchObject({
      engine: 'tfjs',
      engineReason: expect.stringContaining('(It trains batches of a multiple of 16 only), so TF.js kernels'),
    });
    expect(await startedOn('tfjs', 16)).toMatchObject({
      engine: 'tfjs',
      engineReason: expect.stringContaining('you chose TF.js kernels'),
    });
    expect(fused.created).toBe(0);
  }, 180_000);

  it('refuses an out-of-range setting by name and stays ready', async () => {
    const { session, events, errors } = createSession();
    await session.handle({ type: 'init', backend: 'wasm', engine: 'fused', dataUrl: '/data/' });
    await session.handle({ type: 'start', config: { ...SHORT_RUN, learningRate: 5 } });
    expect(errors()).toEqual([expect.objectContaining({ kind: 'config', field: 'learningRate' })]);
    expect(events.some((event) => event.type === 'started')).toBe(false);
  });

  it('refuses to reuse a baseline trained with other settings, and trains nothing', async () => {
    const { session, events, errors } = createSession();
    await session.handle({ type: 'init', backend: 'wasm', engine: 'fused', dataUrl: '/data/' });
    const robustness = { size: 0, baseline: [], mixup: [] };
    const reuse = { config: { ...SHORT_RUN, seed: SHORT_RUN.seed + 1 }, points: [], epochs: [], robustness };
    await session.handle({ type: 'start', config: SHORT_RUN, reuse });
    expect(errors()).toEqual([
      expect.objectContaining({ kind: 'refused', message: expect.stringContaining('trained with other settings') }),
    ]);
    expect(events.some((event) => event.type === 'started')).toBe(false);
  });

  it('reports a diverging run with its cause and is ready for the next one', async () => {
    const { session, events, errors } = createSession();
    await session.handle({ type: 'init', backend: 'wasm', engine: 'fused', dataUrl: '/data/' });
    await session.handle({ type: 'start', config: { ...SHORT_RUN, learningRate: 1, epochs: 3 } });
    const [error] = errors();
    expect(error?.kind).toBe('diverged');
    expect(error?.message).toMatch(/learning rate/i);
    expect(events.at(-1)).toEqual({ type: 'status', status: 'ready' });
  }, 60_000);

  it('turns a data failure into an error event and leaves the session able to retry', async () => {
    const events: WorkerEvent[] = [];
    const failing = new TrainingSession((event) => events.push(event), {
      ...deps,
      loadSplit: () => Promise.reject(new Error('disk on fire')),
    });
    await failing.handle({ type: 'init', backend: 'wasm', engine: 'fused', dataUrl: '/data/' });
    expect(events).toContainEqual({ type: 'status', status: 'idle' });
    expect(events.at(-1)).toMatchObject({
      type: 'error',
      error: { kind: 'internal', message: 'Training failed: disk on fire' },
    });
  });

  describe('in the language the page told it', () => {
    afterEach(() => setLanguage('en'));

    it('refuses a Start before the data is loaded in Chinese, and in English again once told', async () => {
      const { session, errors } = createSession();
      await session.handle({ type: 'language', language: 'zh' });
      await session.handle({ type: 'start', config: SHORT_RUN });
      expect(errors()).toEqual([
        expect.objectContaining({ kind: 'refused', message: '训练数据尚未加载。', hint: '请按“重置”重新加载。' }),
      ]);
      await session.handle({ type: 'language', language: 'en' });
      await session.handle({ type: 'start', config: SHORT_RUN });
      expect(errors().at(-1)).toMatchObject({ message: 'The training data is not loaded.' });
    });
  });
});
