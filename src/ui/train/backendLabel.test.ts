import { afterEach, describe, expect, it } from 'vitest';
import { setLanguage } from '../../i18n/i18n';
import type { BackendInfo } from '../../contract/protocol';
import { backendLabel } from './backendLabel';

const wasm: BackendInfo = {
  name: 'wasm',
  requested: 'auto',
  reason: 'automatic: no WebGPU adapter in this browser, so WebAssembly on the CPU',
  skipped: [],
  adapter: null,
  threads: 2,
  crossOriginIsolated: true,
  engine: 'tfjs',
  engineReason: 'TF.js kernels: the fused engine runs on webgpu only, not wasm',
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
      engine: 'fused',
      engineReason:
        'the fused engine trains, the default on webgpu (TF.js kernels can be chosen in the settings or the link, to compare)',
    });
    expect(label.details).toEqual(['fused', 'google swiftshader, software adapter (slow)', 'fallback']);
    expect(label.why).toBe(
      'You chose webgl in the settings or the link. The fused engine trains, the default on webgpu (TF.js kernels can be chosen in the settings or the link, to compare). Skipped: webgl is not available in this browser.',
    );
  });

  it('names TF.js kernels on webgpu, with the reason they train', () => {
    const label = backendLabel({
      ...wasm,
      name: 'webgpu',
      threads: null,
      engine: 'tfjs',
      engineReason:
        'the fused engine cannot train these settings (it trains the tiny model only), so TF.js kernels train this run',
    });
    expect(label.details).toEqual(['TF.js kernels']);
    expect(label.why).toMatch(/\. The fused engine cannot train these settings \(it trains the tiny model only\)/);
  });
});

describe('backendLabel in Chinese', () => {
  afterEach(() => setLanguage('en'));

  it('gives the details and the sentences in Chinese, with the reason the worker wrote', () => {
    setLanguage('zh');
    const label = backendLabel({
      ...wasm,
      threads: 1,
      crossOriginIsolated: false,
      reason: '自动：这个浏览器没有 WebGPU 适配器，所以用 CPU 上的 WebAssembly',
      skipped: ['webgl'],
    });
    expect(label.details).toEqual(['1 个线程', '备选']);
    expect(label.why).toMatch(/^自动：这个浏览器没有 WebGPU 适配器，所以用 CPU 上的 WebAssembly。只有一个线程/);
    expect(label.why).toMatch(/已跳过：webgl。$/);
  });
});
