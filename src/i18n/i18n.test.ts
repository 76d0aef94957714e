import { afterEach, describe, expect, it } from 'vitest';
import { formatNumber, formatPercent, setLanguage, t } from './i18n';

describe('the translator', () => {
  afterEach(() => setLanguage('en'));

  it('reads the language set, at once', () => {
    expect(t('common:tabs.train')).toBe('Train');
    setLanguage('zh');
    expect(t('common:tabs.train')).toBe('训练');
  });

  it('formats numbers for the language', () => {
    expect(formatNumber(12345.678, 1)).toBe('12,345.7');
    expect(formatPercent(0.93456)).toBe('93.46%');
    setLanguage('zh');
    expect(formatNumber(12345.678, 1)).toBe('12,345.7');
    expect(formatPercent(0.5, 0)).toBe('50%');
  });
});
