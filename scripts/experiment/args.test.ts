import { describe, expect, it } from 'vitest';
import { DEFAULT_CONFIG, SETTINGS } from '../../src/contract/config';
import { SETUP_SCHEMA } from '../../src/state/sharedSetup';
import { parseExperimentArgs, SETTING_FLAGS, UsageError } from './args';

describe('the settings', () => {
  it('are the same in the table, in a link and on the command line', () => {
    const linkOwn = ['backend', 'engine', 'preset', 'panel', 'classroom', 'lang', 'alphas', 'seeds'];
    const linkSettings = Object.keys(SETUP_SCHEMA.entries).filter((key) => !linkOwn.includes(key));
    expect(linkSettings).toEqual(Object.keys(SETTINGS));
    expect(Object.values(SETTING_FLAGS)).toEqual(Object.keys(SETTINGS));
  });

  it('keep the flags the docs use, short names included', () => {
    const args = ['--train-size', '2000', '--label-noise', '0.2', '--mix-mode', 'cutmix', '--eval-every', '50'];
    args.push(
      '--quick-eval-size',
      '500',
      '--test-size',
      '2000',
      '--epochs',
      '3',
      '--model',
      'seed-cnn',
      '--beta',
      'null',
    );
    expect(parseExperimentArgs(args)).toMatchObject({
      config: {
        trainSize: 2000,
        labelNoise: 0.2,
        mixMode: 'cutmix',
        evalEvery: 50,
        quickEvalSize: 500,
        testSize: 2000,
        epochs: 3,
        model: 'seed-cnn',
        beta: null,
      },
    });
    expect(parseExperimentArgs(['--noise', '0.3', '--lr', '0.01', '--mode', 'cutmix'])).toMatchObject({
      config: { ...DEFAULT_CONFIG, labelNoise: 0.3, learningRate: 0.01, mixMode: 'cutmix' },
    });
  });

  it("refuse a value in the validator's words, and text that is no number", () => {
    expect(() => parseExperimentArgs(['--batch-size', '0'])).toThrow(
      new UsageError('batchSize must be an integer from 8 to 512, got 0'),
    );
    expect(() => parseExperimentArgs(['--mix-mode', 'manifold'])).toThrow(
      new UsageError(`mixMode must be one of 'mixup', 'cutmix', got "manifold"`),
    );
    expect(() => parseExperimentArgs(['--alpha', 'lots'])).toThrow(
      new UsageError("--alpha needs a number, got 'lots'"),
    );
  });
});

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
