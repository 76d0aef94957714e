/** Which calibrations the training store asks the worker for: each model and batch size shown, once per worker. */
import { describe, expect, it, vi } from 'vitest';
import type { BackendInfo, WorkerCommand } from '../contract/protocol';
import { usePaceStore } from './paceStore';

vi.mock('../client/trainerClient', () => import('./testing/fakeEngine'));

const { worker } = await import('./testing/fakeEngine');
const { useTrainingStore, prepareEngine, startRun } = await import('./trainingStore');

const ON_WASM: BackendInfo = {
  name: 'wasm',
  requested: 'auto',
  reason: 'no hardware WebGPU adapter',
  skipped: [],
  adapter: null,
  threads: 2,
  crossOriginIsolated: true,
  engine: 'tfjs',
  engineReason: 'TF.js kernels',
};

const calibrations = () =>
  worker.sent.flatMap((command: WorkerCommand) => (command.type === 'calibrate' ? [command.shape] : []));

describe('calibrations', () => {
  it('times each model and batch size the page shows a length for, once, and again after a Start cut them short', () => {
    prepareEngine({ model: 'tiny', batchSize: 16 });
    // Nothing is asked before the worker is ready: it would not know its backend.
    expect(calibrations()).toEqual([]);
    worker.emit({ type: 'ready', backend: ON_WASM });
    worker.emit({ type: 'status', status: 'ready' });
    prepareEngine({ model: 'tiny', batchSize: 32 });
    prepareEngine({ model: 'tiny', batchSize: 32 });
    // A half-typed batch size is not a run to time.
    prepareEngine({ model: 'tiny', batchSize: 3 });
    expect(calibrations()).toEqual([
      { model: 'tiny', batchSize: 16 },
      { model: 'tiny', batchSize: 32 },
    ]);

    // Batch 16's pace comes in; a Start stops the batch-32 calibration, which is asked for again once ready.
    usePaceStore
      .getState()
      .record('wasm', 'tfjs', { model: 'tiny', batchSize: 16 }, { train: 1, evaluate: 1, attack: 1 });
    void startRun(useTrainingStore.getState().draft).catch(() => undefined);
    worker.emit({ type: 'status', status: 'training' });
    worker.emit({ type: 'status', status: 'ready' });
    expect(calibrations()).toEqual([
      { model: 'tiny', batchSize: 16 },
      { model: 'tiny', batchSize: 32 },
      { model: 'tiny', batchSize: 32 },
    ]);
  });
});
