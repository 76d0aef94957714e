import { describe, expect, it } from 'vitest';
import { parseExperimentArgs, UsageError } from './args';

describe('parseExperimentArgs --backend', () => {
  it('defaults to wasm and accepts cpu', () => {
    expect(parseExperimentArgs([])).toMatchObject({ backend: 'wasm' });
    expect(parseExperimentArgs(['--backend', 'cpu'])).toMatchObject({ backend: 'cpu' });
  });

  it('refuses a browser-only backend, naming what Node has', () => {
    expect(() => parseExperimentArgs(['--backend', 'webgl'])).toThrow(UsageError);
    expect(() => parseExperimentArgs(['--backend', 'webgl'])).toThrow(/use wasm or cpu/);
  });
});
