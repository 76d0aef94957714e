import { describe, expect, it } from 'vitest';
import { LANGUAGE_TAGS, LANGUAGES } from './language';
import { writeNumber, writePercent } from './numbers';
import { createRng } from '../mixup/rng';

/** Figures like the page's: counts, rates, losses, accuracies, gaps, from tiny to large, of both signs. */
const VALUES = [
  0, 1, -1, 0.5, 0.05, 0.004, -0.004, 12, 999, 1000, 9216, 10000, 60000, 123456.789, -2345.678, 0.9346, 0.0715,
  1234567.5,
];

describe('numbers in the page languages', () => {
  const rng = createRng(7);
  const random = Array.from({ length: 300 }, () => (rng() - 0.3) * 10 ** Math.floor(rng() * 7 - 2));

  it.each(LANGUAGES)('%s writes numbers as Intl.NumberFormat does', (language) => {
    for (const digits of [0, 1, 2, 3]) {
      const intl = new Intl.NumberFormat(LANGUAGE_TAGS[language], {
        minimumFractionDigits: digits,
        maximumFractionDigits: digits,
      });
      for (const value of [...VALUES, ...random]) expect(writeNumber(value, digits, language)).toBe(intl.format(value));
    }
  });

  it.each(LANGUAGES)('%s writes percentages as Intl.NumberFormat does', (language) => {
    for (const digits of [0, 1, 2]) {
      const intl = new Intl.NumberFormat(LANGUAGE_TAGS[language], {
        style: 'percent',
        minimumFractionDigits: digits,
        maximumFractionDigits: digits,
      });
      for (const value of [0, 1, 0.5, 0.9346, 0.0715, 0.66667, 0.123456, 0.999, -0.0312, 1e-7, 2.5e-9])
        expect(writePercent(value, digits, language)).toBe(intl.format(value));
    }
  });

  it('writes what is not a number as Intl does', () => {
    expect(writeNumber(Infinity, 2, 'en')).toBe('∞');
    expect(writeNumber(Number.NaN, 2, 'zh')).toBe('NaN');
  });
});
