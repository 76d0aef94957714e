import { describe, expect, it } from 'vitest';
import { paceKey, usePaceStore } from './paceStore';

const pace = (train: number) => ({ train, evaluate: 100, attack: 10 });

describe('paceKey', () => {
  it('keeps TF.js kernels under the key paces were stored by before there was a second engine', () => {
    expect(paceKey('webgpu', 'tfjs', 'tiny')).toBe('webgpu/tiny');
    expect(paceKey('wasm', 'tfjs', 'seed-cnn')).toBe('wasm/seed-cnn');
  });

  it('keeps the fused engine apart from TF.js kernels on the same backend and model', () => {
    expect(paceKey('webgpu', 'fused', 'tiny')).not.toBe(paceKey('webgpu', 'tfjs', 'tiny'));
    usePaceStore.getState().record('webgpu', 'fused', 'tiny', pace(900));
    usePaceStore.getState().record('webgpu', 'tfjs', 'tiny', pace(300));
    const { paces } = usePaceStore.getState();
    expect(paces[paceKey('webgpu', 'fused', 'tiny')]?.train).toBe(900);
    expect(paces[paceKey('webgpu', 'tfjs', 'tiny')]?.train).toBe(300);
  });
});
