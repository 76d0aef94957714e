import { afterEach, describe, expect, it } from 'vitest';
import { setLanguage } from '../i18n/i18n';
import { DEFAULT_CONFIG } from '../contract/config';
import { savedSweepFixture } from '../export/testing/fixtures';
import { summariseItem } from '../storage/savedRun';
import { accuracyText, configDifferences, statusLabel, whenText } from './runsList';

const arm = (accuracy: number) => ({ accuracy, nll: 0.2, ece: 0.02 });

describe('the Runs list', () => {
  it('writes each arm’s final accuracy, and a sweep’s best α by mean over seeds', () => {
    expect(accuracyText({ kind: 'run', baselineAccuracy: 0.9425, mixupAccuracy: 0.946, best: null })).toBe(
      'baseline 94.25% · mixup 94.60%',
    );
    const sweep = savedSweepFixture({
      alphas: [0, 0.4],
      records: [1, 2].flatMap((seed) => [
        {
          alpha: 0.4,
          seed,
          baseline: arm(0.94 + seed / 1000),
          mixup: arm(0.95 + seed / 1000),
          elapsedMs: 1,
          trainedBaseline: true,
        },
      ]),
    });
    expect(accuracyText(summariseItem(sweep))).toBe('best α 0.4: 95.2 ± 0.1% vs baseline 94.2 ± 0.1% (+1.0)');
    expect(accuracyText({ kind: 'sweep', baselineAccuracy: 0.9, mixupAccuracy: 0.95, best: null })).toBe(
      'baseline 90.00% · best single run 95.00%',
    );
    expect(accuracyText({ kind: 'run', baselineAccuracy: null, mixupAccuracy: null, best: null })).toBe('—');
  });

  it('names the settings two runs do not share, with both values', () => {
    expect(configDifferences(DEFAULT_CONFIG, DEFAULT_CONFIG)).toEqual([]);
    expect(configDifferences(DEFAULT_CONFIG, { ...DEFAULT_CONFIG, alpha: 1, labelNoise: 0.4, beta: 2 })).toEqual([
      { field: 'labelNoise', label: 'Label noise', a: '0', b: '0.4' },
      { field: 'alpha', label: 'α', a: '0.4', b: '1' },
      { field: 'beta', label: 'β', a: 'same as α', b: '2' },
    ]);
  });

  it('writes a date people can read', () => {
    expect(whenText(Date.UTC(2026, 10, 24, 3, 41), 'en-GB')).toMatch(/24 Nov 2026/);
  });
});

describe('the Runs list in Chinese', () => {
  afterEach(() => setLanguage('en'));

  it('writes the same figures, with Chinese words', () => {
    setLanguage('zh');
    expect(accuracyText({ kind: 'run', baselineAccuracy: 0.9425, mixupAccuracy: 0.946, best: null })).toBe(
      '基线 94.25% · mixup 94.60%',
    );
    expect(statusLabel('interrupted')).toBe('已中断');
    expect(configDifferences(DEFAULT_CONFIG, { ...DEFAULT_CONFIG, beta: 2 })).toEqual([
      { field: 'beta', label: 'β', a: '与 α 相同', b: '2' },
    ]);
  });
});
