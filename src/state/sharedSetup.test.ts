import { afterEach, describe, expect, it } from 'vitest';
import { DEFAULT_CONFIG, SETTING_KEYS, validateConfig, type TrainConfig } from '../contract/config';
import { PRESET_IDS, presetConfig } from '../contract/presets';
import { setLanguage } from '../i18n/i18n';
import { CLASSROOM_PRESET, DEFAULT_SETUP, parseSetup, serialiseSetup, type SharedSetup } from './sharedSetup';

/** Every field away from its default. */
const EVERY_FIELD_CHANGED: TrainConfig = validateConfig({
  model: 'seed-cnn',
  trainSize: 2500,
  labelNoise: 0.3,
  epochs: 7,
  batchSize: 64,
  learningRate: 0.0005,
  optimizer: 'sgd',
  weightDecay: 0.0001,
  alpha: 1.5,
  beta: 0.7,
  mixMode: 'cutmix',
  lambdaPer: 'example',
  seed: 42,
  evalEvery: 25,
  quickEvalSize: 500,
  testSize: 5000,
  trainEvalSize: 700,
});

const roundTrip = (setup: SharedSetup) => parseSetup(serialiseSetup(setup));

describe("a sweep's link", () => {
  it('fills the α list and the seed count, in the order given', () => {
    expect(parseSetup('?panel=sweep&alphas=4,0,0.4&seeds=2')).toEqual({
      setup: { ...DEFAULT_SETUP, panel: 'sweep', sweep: { alphas: [4, 0, 0.4], seedCount: 2 } },
      problems: [],
    });
  });

  it.each([
    ['alphas=0.2,lots', "alphas='0.2,lots' is ignored: the α list needs numbers separated by commas, got 'lots'"],
    ['alphas=1,500', "alphas='1,500' is ignored: α = 500 is refused: alpha must be 0 (no mixing) or a number from"],
    ['alphas=1,1', "alphas='1,1' is ignored: α = 1 is listed twice"],
    ['seeds=0', "seeds='0' is ignored: seeds must be a whole number from 1 to 10."],
    ['seeds=2.5', "seeds='2.5' is ignored: seeds must be a whole number from 1 to 10."],
    ['seeds=11', "seeds='11' is ignored: seeds must be a whole number from 1 to 10."],
  ])('names a bad %s and keeps the default, the rest applied', (param, problem) => {
    const { setup, problems } = parseSetup(`?seed=9&${param}`);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toContain(problem);
    expect(setup.config.seed).toBe(9);
    expect(setup.sweep).toEqual(DEFAULT_SETUP.sweep);
  });
});

describe('a shared link', () => {
  it('round-trips every field of the configuration, the backend and engine, the preset, the tab, the classroom flag and the sweep', () => {
    const setup: SharedSetup = {
      config: EVERY_FIELD_CHANGED,
      backend: 'wasm',
      engine: 'tfjs',
      preset: 'small-data',
      panel: 'sweep',
      classroom: true,
      sweep: { alphas: [0, 0.2, 1.5], seedCount: 3 },
      language: 'zh',
    };
    const query = serialiseSetup(setup);
    expect(query).toContain('alphas=0%2C0.2%2C1.5&seeds=3&lang=zh');
    for (const key of [...SETTING_KEYS, 'backend', 'engine', 'panel', 'classroom', 'alphas', 'seeds', 'lang'])
      expect(query).toContain(`${key}=`);
    expect(roundTrip(setup)).toEqual({ setup, problems: [] });
  });

  it('opens a classroom link without a preset on the Quick demo, the settings it gives on top', () => {
    expect(CLASSROOM_PRESET).toBe('quick-demo');
    expect(parseSetup('?classroom=1')).toEqual({
      setup: { ...DEFAULT_SETUP, classroom: true, preset: 'quick-demo', config: presetConfig('quick-demo') },
      problems: [],
    });
    expect(parseSetup('?classroom=1&alpha=2').setup.config).toEqual({ ...presetConfig('quick-demo'), alpha: 2 });
    expect(parseSetup('?classroom=1&preset=small-data').setup.preset).toBe('small-data');
    expect(parseSetup('?classroom=0').setup.preset).toBeNull();
    // A classroom setup with no preset keeps its settings through a link, now written over the Quick demo's.
    const setup: SharedSetup = { ...DEFAULT_SETUP, classroom: true, config: { ...DEFAULT_CONFIG, seed: 5 } };
    expect(serialiseSetup(setup)).toBe(
      '?classroom=1&trainSize=1000&labelNoise=0&epochs=5&alpha=0.4&seed=5&evalEvery=10',
    );
    expect(roundTrip(setup).setup).toEqual({ ...setup, preset: 'quick-demo' });
  });

  it('is empty for the defaults and short for an untouched preset', () => {
    expect(serialiseSetup(DEFAULT_SETUP)).toBe('');
    expect(parseSetup('')).toEqual({ setup: DEFAULT_SETUP, problems: [] });
    expect(
      serialiseSetup({
        ...DEFAULT_SETUP,
        preset: 'noisy-labels',
        config: presetConfig('noisy-labels'),
        panel: 'train',
      }),
    ).toBe('?panel=train&preset=noisy-labels');
  });

  it('opens the 2-D tab from ?panel=toy', () => {
    expect(serialiseSetup({ ...DEFAULT_SETUP, panel: 'toy' })).toBe('?panel=toy');
    expect(parseSetup('?panel=toy')).toEqual({ setup: { ...DEFAULT_SETUP, panel: 'toy' }, problems: [] });
  });

  it.each(PRESET_IDS)('round-trips preset %s with edits on top', (preset) => {
    const setup: SharedSetup = { ...DEFAULT_SETUP, preset, config: { ...presetConfig(preset), seed: 9, alpha: 0 } };
    expect(roundTrip(setup)).toEqual({ setup, problems: [] });
    // A field the link leaves out is the preset's, not the default's.
    expect(parseSetup(`?preset=${preset}`).setup.config).toEqual(presetConfig(preset));
  });

  it('round-trips β = α (null) against a starting point that has a β, and awkward numbers exactly', () => {
    const config = { ...DEFAULT_CONFIG, beta: 0.1 + 0.2, learningRate: 1e-5, alpha: 0.05 };
    expect(roundTrip({ ...DEFAULT_SETUP, config }).setup.config).toEqual(config);
    expect(parseSetup('?beta=null').setup.config.beta).toBeNull();
    expect(parseSetup('?trainSize=1e3&alpha=.5').setup.config).toMatchObject({ trainSize: 1000, alpha: 0.5 });
  });
});

describe('a malformed link', () => {
  const cases: [query: string, problem: RegExp, check: (setup: SharedSetup) => unknown, expected: unknown][] = [
    [
      '?alpha=abc',
      /^alpha='abc' is ignored: alpha must be 0 \(no mixing\) or a number from/,
      (s) => s.config.alpha,
      DEFAULT_CONFIG.alpha,
    ],
    ['?alpha=-1', /^alpha='-1' is ignored/, (s) => s.config.alpha, DEFAULT_CONFIG.alpha],
    ['?alpha=1000', /^alpha='1000' is ignored/, (s) => s.config.alpha, DEFAULT_CONFIG.alpha],
    ['?alpha=', /^alpha='' is ignored/, (s) => s.config.alpha, DEFAULT_CONFIG.alpha],
    [
      '?epochs=2.5',
      /^epochs='2.5' is ignored: epochs must be an integer from 1 to 200\.$/,
      (s) => s.config.epochs,
      DEFAULT_CONFIG.epochs,
    ],
    ['?epochs=0', /^epochs='0' is ignored/, (s) => s.config.epochs, DEFAULT_CONFIG.epochs],
    ['?trainSize=Infinity', /^trainSize='Infinity' is ignored/, (s) => s.config.trainSize, DEFAULT_CONFIG.trainSize],
    [
      '?model=resnet',
      /^model='resnet' is ignored: model must be one of 'tiny', 'seed-cnn'\.$/,
      (s) => s.config.model,
      'tiny',
    ],
    ['?beta=x', /^beta='x' is ignored: beta must be null \(same as alpha\) or a number/, (s) => s.config.beta, null],
    ['?labelNoise=0.9', /^labelNoise='0.9' is ignored/, (s) => s.config.labelNoise, 0],
    [
      '?backend=cuda',
      /^backend='cuda' is ignored: backend must be one of auto, webgpu, wasm, webgl, cpu\.$/,
      (s) => s.backend,
      'auto',
    ],
    ['?engine=cuda', /^engine='cuda' is ignored: engine must be one of fused, tfjs\.$/, (s) => s.engine, 'fused'],
    ['?preset=nope', /^preset='nope' is ignored: preset must be one of quick-demo, small-data/, (s) => s.preset, null],
    [
      '?panel=settings',
      /^panel='settings' is ignored: panel must be one of explore, train, sweep, runs, toy\.$/,
      (s) => s.panel,
      'explore',
    ],
    ['?classroom=maybe', /^classroom='maybe' is ignored: classroom must be 1 or 0\.$/, (s) => s.classroom, false],
    [
      '?batchSize=200&trainSize=150',
      /^batchSize=200 is ignored: batchSize must be at most trainSize \(150\)/,
      (s) => s.config.batchSize,
      DEFAULT_CONFIG.batchSize,
    ],
    [
      '?alpah=1',
      /^'alpah' is not a setting of this page; the settings are model, trainSize/,
      (s) => s.config.alpha,
      DEFAULT_CONFIG.alpha,
    ],
    ['?alpha=1&alpha=2', /^alpha is given 2 times; the last, '2', is used\.$/, (s) => s.config.alpha, 2],
  ];

  it.each(cases)('%s is named and defaulted', (query, problem, check, expected) => {
    const { setup, problems } = parseSetup(query);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(problem);
    expect(check(setup)).toEqual(expected);
  });

  it('reads a language, leaves English out of a link and names one it does not speak', () => {
    expect(parseSetup('?lang=zh').setup.language).toBe('zh');
    expect(parseSetup('').setup.language).toBeNull();
    expect(serialiseSetup({ ...DEFAULT_SETUP, language: 'en' })).toBe('');
    expect(parseSetup('?lang=fr').problems).toEqual(["lang='fr' is ignored: lang must be one of en, zh."]);
  });

  it('keeps every good parameter beside the bad ones', () => {
    const { setup, problems } = parseSetup('?alpha=zero&epochs=9&model=big&panel=train&seed=-4');
    expect(problems.map((p) => p.split('=')[0])).toEqual(['alpha', 'model', 'seed']);
    expect(setup.config).toEqual({ ...DEFAULT_CONFIG, epochs: 9 });
    expect(setup.panel).toBe('train');
  });

  it('never throws, whatever the query', () => {
    for (const query of [
      '?%E0%A4%A',
      '?=&&=',
      '?trainSize=100&batchSize=512',
      '?preset=small-data&trainSize=100&batchSize=200',
      '?' + 'a=1&'.repeat(100),
    ]) {
      expect(() => parseSetup(query)).not.toThrow();
      expect(validateConfig(parseSetup(query).setup.config)).toEqual(parseSetup(query).setup.config);
    }
  });
});

describe("a link's problems in Chinese", () => {
  afterEach(() => setLanguage('en'));

  it('are written in the language on screen when the link is read, with the same names and values', () => {
    setLanguage('zh');
    expect(parseSetup('?lang=fr&seeds=0&colour=red&seeds=2&seeds=0').problems).toEqual([
      "lang='fr' 已被忽略：lang 必须是以下之一：en, zh。",
      "seeds 出现了 3 次；使用最后一个值 '0'。",
      "seeds='0' 已被忽略：seeds 必须是 1 到 10 之间的整数。",
      expect.stringMatching(/^'colour' 不是本页面的设置；可用的设置有 model, .*, lang, alphas, seeds。$/),
    ]);
    setLanguage('en');
    expect(parseSetup('?lang=fr').problems).toEqual(["lang='fr' is ignored: lang must be one of en, zh."]);
  });
});
