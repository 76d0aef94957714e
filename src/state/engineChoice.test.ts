/** The engine choice through the training store: the link's choice reaches the worker, and the badge follows runs. */
import { describe, expect, it, vi } from 'vitest';
import { DEFAULT_CONFIG } from '../contract/config';
import type { BackendInfo } from '../contract/protocol';
import { paceKey, usePaceStore } from './paceStore';

vi.mock('../client/trainerClient', () => import('./testing/fakeEngine'));

const { worker } = await import('./testing/fakeEngine');
const { useTrainingStore, prepareEngine } = await import('./trainingStore');

const ON_WEBGPU: BackendInfo = {
  name: 'webgpu',
  requested: 'webgpu',
  reason: 'you chose webgpu in the settings or the link',
  skipped: [],
  adapter: { vendor: 'google', architecture: 'swiftshader', description: '', isFallback: true },
  threads: null,
  crossOriginIsolated: true,
  engine: 'fused',
  engineReason: 'the fused engine, the default on webgpu',
};

const TINY_32 = { model: 'tiny', batchSize: 32 } as const;

const inits = () => worker.sent.filter((command) => command.type === 'init');

describe('the engine choice', () => {
  it('travels in the init command, and a run the fused engine refuses shows TF.js kernels with the reason', () => {
    useTrainingStore.getState().applySetup({ config: DEFAULT_CONFIG, preset: null, backend: 'webgpu', engine: 'tfjs' });
    prepareEngine(TINY_32);
    expect(inits().at(-1)).toMatchObject({ backend: 'webgpu', engine: 'tfjs' });

    // A new choice needs a worker started with it.
    useTrainingStore.getState().chooseEngine('fused');
    expect(inits()).toHaveLength(2);
    expect(inits().at(-1)).toMatchObject({ engine: 'fused' });
    worker.emit({ type: 'ready', backend: ON_WEBGPU });
    expect(useTrainingStore.getState().backend?.engine).toBe('fused');

    const engineReason = 'the fused engine cannot train these settings (no), so TF.js kernels train this run';
    worker.emit({
      type: 'started',
      config: DEFAULT_CONFIG,
      trained: ['baseline', 'mixup'],
      engine: 'tfjs',
      engineReason,
    });
    expect(useTrainingStore.getState().backend).toMatchObject({ name: 'webgpu', engine: 'tfjs', engineReason });

    worker.emit({
      type: 'pace',
      backend: 'webgpu',
      engine: 'tfjs',
      shape: TINY_32,
      pace: { train: 1, evaluate: 1, attack: 1 },
    });
    expect(usePaceStore.getState().paces[paceKey('webgpu', 'tfjs', TINY_32)]).toBeDefined();
    expect(usePaceStore.getState().paces[paceKey('webgpu', 'fused', TINY_32)]).toBeUndefined();
  });

  it('keeps a worker on another backend, which trains with TF.js kernels whatever the choice', () => {
    useTrainingStore.getState().chooseBackend('wasm');
    worker.emit({ type: 'ready', backend: { ...ON_WEBGPU, name: 'wasm', adapter: null, engine: 'tfjs' } });
    const sent = inits().length;
    useTrainingStore.getState().chooseEngine('tfjs');
    expect(inits()).toHaveLength(sent);
    expect(useTrainingStore.getState()).toMatchObject({ engineChoice: 'tfjs', status: 'ready' });
  });
});
