import { describe, expect, it } from 'vitest';
import { backendFromSearch } from './backendParam';

describe('backendFromSearch', () => {
  it('reads a known backend', () => {
    expect(backendFromSearch('?backend=webgl')).toEqual({ choice: 'webgl', problem: null });
    expect(backendFromSearch('?backend=cpu&x=1')).toEqual({ choice: 'cpu', problem: null });
    expect(backendFromSearch('?backend=wasm')).toEqual({ choice: 'wasm', problem: null });
  });

  it('defaults to auto without a parameter', () => {
    expect(backendFromSearch('')).toEqual({ choice: 'auto', problem: null });
  });

  it('names a bad value and falls back to auto', () => {
    const { choice, problem } = backendFromSearch('?backend=cuda');
    expect(choice).toBe('auto');
    expect(problem).toMatch(/'cuda'/);
    expect(problem).toMatch(/webgpu, wasm, webgl, cpu/);
  });
});
