import { describe, expect, it } from 'vitest';
import { planBackends } from './backendOrder';
import type { GpuAdapterSummary } from '../contract/protocol';

const hardware: GpuAdapterSummary = { vendor: 'nvidia', architecture: 'hopper', description: '', isFallback: false };
const swiftshader: GpuAdapterSummary = {
  vendor: 'google',
  architecture: 'swiftshader',
  description: '',
  isFallback: true,
};

describe('planBackends', () => {
  it('leads with webgpu only on a hardware adapter', () => {
    expect(planBackends('auto', hardware)).toEqual({
      order: ['webgpu', 'wasm', 'webgl', 'cpu'],
      reason: expect.stringMatching(/hardware GPU \(nvidia hopper\)/),
    });
  });

  it('leads with wasm on a software adapter or none, and never tries the emulated GPU', () => {
    expect(planBackends('auto', swiftshader)).toEqual({
      order: ['wasm', 'webgl', 'cpu'],
      reason: expect.stringMatching(/software emulation \(swiftshader\)/),
    });
    expect(planBackends('auto', null)).toEqual({
      order: ['wasm', 'webgl', 'cpu'],
      reason: expect.stringMatching(/no WebGPU adapter/),
    });
  });

  it('tries a chosen backend first, then the automatic order without it', () => {
    expect(planBackends('webgpu', swiftshader).order).toEqual(['webgpu', 'wasm', 'webgl', 'cpu']);
    expect(planBackends('cpu', hardware).order).toEqual(['cpu', 'webgpu', 'wasm', 'webgl']);
    expect(planBackends('webgl', null)).toEqual({
      order: ['webgl', 'wasm', 'cpu'],
      reason: 'you chose webgl in the settings or the link',
    });
  });
});
