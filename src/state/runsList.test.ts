import { describe, expect, it } from 'vitest';
import { DEFAULT_CONFIG } from '../engine/config';
import { accuracyText, configDifferences, whenText } from './runsList';

describe('the Runs list', () => {
  it('writes each arm’s final accuracy, and a sweep’s best mixup α', () => {
    expect(accuracyText({ kind: 'run', baselineAccuracy: 0.9425, mixupAccuracy: 0.946 })).toBe(
      'baseline 94.25% · mixup 94.60%',
    );
    expect(accuracyText({ kind: 'sweep', baselineAccuracy: 0.9, mixupAccuracy: 0.95 })).toBe(
      'baseline 90.00% · best mixup 95.00%',
    );
    expect(accuracyText({ kind: 'run', baselineAccuracy: null, mixupAccuracy: null })).toBe('—');
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
