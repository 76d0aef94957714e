import { afterEach, describe, expect, it } from 'vitest';
import { setLanguage } from '../i18n/i18n';
import { describeTimeLeft, formatDuration } from './timeLeft';

describe('formatDuration', () => {
  it('says seconds, minutes and seconds, or hours and minutes', () => {
    expect(formatDuration(0)).toBe('0 s');
    expect(formatDuration(44_600)).toBe('45 s');
    expect(formatDuration(130_000)).toBe('2 min 10 s');
    expect(formatDuration(3_900_000)).toBe('1 h 5 min');
  });
});

describe('describeTimeLeft', () => {
  it('says "estimating…" until there is an estimate, then "about …"', () => {
    expect(describeTimeLeft(null)).toBe('estimating…');
    expect(describeTimeLeft(130_000)).toBe('about 2 min 10 s');
  });
});

describe('in Chinese', () => {
  afterEach(() => setLanguage('en'));

  it('says the same durations in Chinese units', () => {
    setLanguage('zh');
    expect(formatDuration(44_600)).toBe('45 秒');
    expect(formatDuration(225_000)).toBe('3 分 45 秒');
    expect(formatDuration(3_900_000)).toBe('1 小时 5 分');
    expect(describeTimeLeft(null)).toBe('估算中…');
    expect(describeTimeLeft(130_000)).toBe('约 2 分 10 秒');
  });
});
