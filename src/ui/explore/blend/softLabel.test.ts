import { afterEach, describe, expect, it } from 'vitest';
import { setLanguage } from '../../../i18n/i18n';
import { describeSoftLabel, shareTexts, softLabel } from './softLabel';

const totals = (labelI: number, labelJ: number, lambda: number) =>
  softLabel(labelI, labelJ, lambda).map((share) => share.fromI + share.fromJ);

describe('softLabel', () => {
  it('puts λ on y_i and 1 − λ on y_j, summing to 1', () => {
    const shares = totals(7, 1, 0.625);
    expect(shares).toEqual([0, 0.375, 0, 0, 0, 0, 0, 0.625, 0, 0]);
    expect(shares.reduce((a, b) => a + b)).toBe(1);
  });

  it('adds both shares when y_i and y_j are the same class', () => {
    const shares = softLabel(3, 3, 0.25);
    expect(shares[3]).toEqual({ digit: 3, fromI: 0.25, fromJ: 0.75 });
    expect(totals(3, 3, 0.25)).toEqual([0, 0, 0, 1, 0, 0, 0, 0, 0, 0]);
  });
});

describe('shareTexts', () => {
  it('rounds λ to hundredths and shows 1 − λ so the two add up to 1.00', () => {
    expect(shareTexts(0.62)).toEqual(['0.62', '0.38']);
    expect(shareTexts(0.875)).toEqual(['0.88', '0.12']);
    expect(shareTexts(1)).toEqual(['1.00', '0.00']);
  });
});

describe('describeSoftLabel', () => {
  it('names each class with its share, largest first', () => {
    expect(describeSoftLabel(7, 1, 0.62)).toBe('soft label: 7 at 0.62, 1 at 0.38');
    expect(describeSoftLabel(7, 1, 0.3)).toBe('soft label: 1 at 0.70, 7 at 0.30');
  });

  it('leaves out a share that rounds to nothing and merges a repeated class', () => {
    expect(describeSoftLabel(7, 1, 1)).toBe('soft label: 7 at 1.00');
    expect(describeSoftLabel(4, 4, 0.3)).toBe('soft label: 4 at 1.00');
  });
});

describe('describeSoftLabel in Chinese', () => {
  afterEach(() => setLanguage('en'));

  it('reads the shares in Chinese, largest first, with the same figures', () => {
    setLanguage('zh');
    expect(describeSoftLabel(7, 1, 0.3)).toBe('软标签：1 占 0.70，7 占 0.30');
    expect(describeSoftLabel(4, 4, 0.3)).toBe('软标签：4 占 1.00');
  });
});
