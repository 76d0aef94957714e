import { describe, expect, it } from 'vitest';
import { paceKey, usePaceStore } from './paceStore';

const pace = (train: number) => ({ train, evaluate: 100, attack: 10 });
const TINY_32 = { model: 'tiny', batchSize: 32 } as const;

describe('paceKey', () => {
  it('keeps each batch size apart: a step’s fixed costs do not shrink with the batch', () => {
    expect(paceKey('wasm', 'tfjs', TINY_32)).toBe('wasm/tiny/batch 32');
    expect(paceKey('wasm', 'tfjs', { model: 'tiny', batchSize: 16 })).not.toBe(paceKey('wasm', 'tfjs', TINY_32));
    expect(paceKey('wasm', 'tfjs', { model: 'seed-cnn', batchSize: 32 })).not.toBe(paceKey('wasm', 'tfjs', TINY_32));
  });

  it('keeps the fused engine apart from TF.js kernels on the same backend, model and batch size', () => {
    expect(paceKey('webgpu', 'fused', TINY_32)).not.toBe(paceKey('webgpu', 'tfjs', TINY_32));
    usePaceStore.getState().record('webgpu', 'fused', TINY_32, pace(900));
    usePaceStore.getState().record('webgpu', 'tfjs', TINY_32, pace(300));
    const { paces } = usePaceStore.getState();
    expect(paces[paceKey('webgpu', 'fused', TINY_32)]?.train).toBe(900);
    expect(paces[paceKey('webgpu', 'tfjs', TINY_32)]?.train).toBe(300);
  });
});
