import { describe, expect, it } from 'vitest';
import type { BackendInfo } from '../engine/protocol';
import { backendLabel } from './backendLabel';

const wasm: BackendInfo = {
  name: 'wasm',
  requested: 'auto',
  reason: 'automatic: no WebGPU adapter in this browser, so WebAssembly on the CPU',
  skipped: [],
  adapter: null,
  threads: 2,
  crossOriginIsolated: true,
};

describe('backendLabel', () => {
  it('gives the wasm thread count and the reason as a sentence', () => {
    expect(backendLabel(wasm)).toEqual({
      details: ['2 threads'],
      why: 'Automatic: no WebGPU adapter in this browser, so WebAssembly on the CPU.',
    });
  });

  it('explains a single thread on a page that is not cross-origin isolated', () => {
    const label = backendLabel({ ...wasm, threads: 1, crossOriginIsolated: false });
    expect(label.details).toEqual(['1 thread']);
    expect(label.why).toMatch(/not cross-origin isolated/);
  });

  it('names a software adapter, the fallback, and what was skipped', () => {
    const label = backendLabel({
      ...wasm,
      name: 'webgpu',
      requested: 'webgl',
      reason: 'you chose webgl in the settings or the link',
      skipped: ['webgl is not available in this browser'],
      adapter: { vendor: 'google', architecture: 'swiftshader', description: '', isFallback: true },
      threads: null,
    });
    expect(label.details).toEqual(['google swiftshader, software adapter (slow)', 'fallback']);
    expect(label.why).toBe(
      'You chose webgl in the settings or the link. Skipped: webgl is not available in this browser.',
    );
  });
});
