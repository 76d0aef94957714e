import { describe, expect, it } from 'vitest';
import { parseExperimentArgs, UsageError } from './args';

describe('parseExperimentArgs --backend', () => {
  it('defaults to wasm and accepts cpu', () => {
    expect(parseExperimentArgs([])).toMatchObject({ backend: 'wasm' });
    expect(parseExperimentArgs(['--backend', 'cpu'])).toMatchObject({ backend: 'cpu' });
  });

  it('refuses a browser-only backend, naming what Node has', () => {
    expect(() => parseExperimentArgs(['--backend', 'webgl'])).toThrow(UsageError);
    expect(() => parseExperimentArgs(['--backend', 'webgl'])).toThrow(/use wasm, cpu, webgpu/);
  });
});

describe('parseExperimentArgs --engine', () => {
  it('defaults to fused on webgpu and to tfjs elsewhere', () => {
    expect(parseExperimentArgs(['--backend', 'webgpu'])).toMatchObject({ backend: 'webgpu', engine: 'fused' });
    expect(parseExperimentArgs(['--backend', 'webgpu', '--engine', 'tfjs'])).toMatchObject({ engine: 'tfjs' });
    expect(parseExperimentArgs([])).toMatchObject({ backend: 'wasm', engine: 'tfjs' });
  });

  it('refuses the fused engine off webgpu, and an unknown engine', () => {
    expect(() => parseExperimentArgs(['--engine', 'fused'])).toThrow(/--backend webgpu only/);
    expect(() => parseExperimentArgs(['--backend', 'webgpu', '--engine', 'x'])).toThrow(UsageError);
  });
});

describe('parseExperimentArgs --sweep-alpha', () => {
  it('reads a list of α, 0 included, and leaves a plain run without one', () => {
    expect(parseExperimentArgs(['--sweep-alpha', '0,0.2,1,4'])).toMatchObject({ sweepAlphas: [0, 0.2, 1, 4] });
    expect(parseExperimentArgs([])).toMatchObject({ sweepAlphas: null });
  });

  it('names what is wrong in a bad list', () => {
    expect(() => parseExperimentArgs(['--sweep-alpha', '0.2,x'])).toThrow(/got 'x' in '0.2,x'/);
    expect(() => parseExperimentArgs(['--sweep-alpha', '0.2,'])).toThrow(UsageError);
    expect(() => parseExperimentArgs(['--sweep-alpha', '1,500'])).toThrow(/α = 500 is refused: alpha/);
    expect(() => parseExperimentArgs(['--sweep-alpha', '1,1'])).toThrow(/--sweep-alpha: α = 1 is listed twice/);
  });
});
