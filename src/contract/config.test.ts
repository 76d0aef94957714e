import { afterEach, describe, expect, it } from 'vitest';
import { setLanguage } from '../i18n/i18n';
import {
  ConfigError,
  DEFAULT_CONFIG,
  rngFor,
  sameBaseline,
  settingLabel,
  SETTINGS,
  validateConfig,
  type TrainConfig,
} from './config';

function rejection(input: unknown): ConfigError {
  try {
    validateConfig(input);
  } catch (error) {
    if (error instanceof ConfigError) return error;
    throw error;
  }
  throw new Error(`validateConfig accepted ${JSON.stringify(input)}`);
}

describe('validateConfig', () => {
  it('accepts the defaults and fills missing fields from them', () => {
    expect(validateConfig(DEFAULT_CONFIG)).toEqual(DEFAULT_CONFIG);
    expect(validateConfig({})).toEqual(DEFAULT_CONFIG);
    expect(validateConfig({ epochs: 7, beta: 2, alpha: 0 })).toEqual({
      ...DEFAULT_CONFIG,
      epochs: 7,
      beta: 2,
      alpha: 0,
    });
  });

  it('has a schema entry for every field', () => {
    expect(Object.keys(SETTINGS).sort()).toEqual(Object.keys(DEFAULT_CONFIG).sort());
  });

  it('names the field, the bad value and the range', () => {
    const error = rejection({ batchSize: 0 });
    expect(error.field).toBe('batchSize');
    expect(error.message).toBe('batchSize must be an integer from 8 to 512, got 0');
    expect(rejection({ alpha: 0.001 }).message).toBe(
      'alpha must be 0 (no mixing) or a number from 0.01 to 100, got 0.001',
    );
    expect(rejection({ beta: 0 }).message).toBe(
      'beta must be null (same as alpha) or a number from 0.01 to 100, got 0',
    );
    expect(rejection({ optimizer: 'rmsprop' }).message).toBe(`optimizer must be one of 'adam', 'sgd', got "rmsprop"`);
  });

  describe('in Chinese', () => {
    afterEach(() => setLanguage('en'));

    it('says the same, with the same figures, and labels the fields in Chinese', () => {
      setLanguage('zh');
      expect(rejection({ batchSize: 0 }).message).toBe('batchSize 必须是 8 到 512 之间的整数，实际为 0');
      expect(rejection({ alpha: 0.001 }).message).toBe('alpha 必须是 0（不混合）或 0.01 到 100 之间的数，实际为 0.001');
      expect(settingLabel('learningRate')).toBe('学习率');
      setLanguage('en');
      expect(settingLabel('learningRate')).toBe('Learning rate');
    });
  });

  const bad: [keyof TrainConfig, unknown][] = [
    ['model', 'resnet'],
    ['trainSize', 99],
    ['trainSize', 60001],
    ['trainSize', 500.5],
    ['labelNoise', 0.81],
    ['labelNoise', -0.1],
    ['epochs', 0],
    ['epochs', 201],
    ['batchSize', 513],
    ['batchSize', '32'],
    ['learningRate', 0],
    ['learningRate', 1.5],
    ['learningRate', NaN],
    ['optimizer', 'adamw'],
    ['weightDecay', 0.2],
    ['alpha', -1],
    ['alpha', 101],
    ['beta', 0.001],
    ['beta', 'alpha'],
    ['mixMode', 'manifold'],
    ['lambdaPer', 'pixel'],
    ['seed', -1],
    ['seed', 2 ** 31],
    ['seed', 1.5],
    ['evalEvery', 0],
    ['evalEvery', 10001],
    ['quickEvalSize', 99],
    ['quickEvalSize', 10001],
    ['testSize', 99],
    ['testSize', 10001],
    ['trainEvalSize', 99],
    ['trainEvalSize', 10001],
    ['model', null],
    ['alpha', null],
  ];
  it.each(bad)('rejects %s = %j, naming the field', (field, value) => {
    const error = rejection({ [field]: value });
    expect(error.field).toBe(field);
    expect(error.message).toMatch(new RegExp(`^${field} must be .*, got `));
  });

  it('rejects unknown fields, non-objects and a batch larger than the training set', () => {
    expect(rejection({ learningrate: 0.1 }).field).toBe('learningrate');
    expect(rejection(null).message).toMatch(/must be an object/);
    expect(rejection([]).message).toMatch(/must be an object/);
    const error = rejection({ trainSize: 100, batchSize: 128 });
    expect(error.field).toBe('batchSize');
    expect(error.message).toMatch(/at most trainSize \(100\).*got 128/);
  });

  it('caps trainEvalSize at trainSize and quickEvalSize at testSize', () => {
    expect(validateConfig({ trainSize: 300, trainEvalSize: 1000 }).trainEvalSize).toBe(300);
    expect(validateConfig({ testSize: 500, quickEvalSize: 1000 }).quickEvalSize).toBe(500);
  });
});

describe('rngFor', () => {
  it('gives each (seed, stream) its own reproducible stream', () => {
    const draw = (seed: number, stream: Parameters<typeof rngFor>[1]) => rngFor(seed, stream)();
    expect(draw(1, 'order')).toBe(draw(1, 'order'));
    const firsts = new Set([draw(1, 'order'), draw(1, 'mix'), draw(2, 'order'), draw(0, 'mix'), draw(1, 'subset')]);
    expect(firsts.size).toBe(5);
  });
});

describe('sameBaseline', () => {
  it('ignores the settings only the mixup arm reads, and nothing else', () => {
    const a = validateConfig({ ...DEFAULT_CONFIG, alpha: 0.2 });
    const mixedOtherwise = { ...a, alpha: 4, beta: 1, mixMode: 'cutmix', lambdaPer: 'example' } as const;
    expect(sameBaseline(a, mixedOtherwise)).toBe(true);
    expect(sameBaseline(a, { ...a, seed: a.seed + 1 })).toBe(false);
    expect(sameBaseline(a, { ...a, trainSize: a.trainSize + 1 })).toBe(false);
    expect(sameBaseline(a, { ...a, evalEvery: a.evalEvery + 1 })).toBe(false);
  });
});
