import { afterEach, describe, expect, it } from 'vitest';
import { setLanguage } from '../../../i18n/i18n';
import { mixingShapes } from './mixingShapes';

describe('mixingShapes', () => {
  it('ties β to α when β is null, as the method does', () => {
    expect(mixingShapes(0.4, null)).toEqual({ kind: 'density', alpha: 0.4, beta: 0.4 });
    expect(mixingShapes(1, 0.2)).toEqual({ kind: 'density', alpha: 1, beta: 0.2 });
  });

  it('reads α = 0 as no mixing, whatever β is', () => {
    expect(mixingShapes(0, null)).toEqual({ kind: 'no-mixing' });
    expect(mixingShapes(0, 3)).toEqual({ kind: 'no-mixing' });
  });

  it('accepts the config range 0.01…100 at both ends', () => {
    expect(mixingShapes(0.01, 100).kind).toBe('density');
  });

  it.each([
    [-1, null, 'α = -1 cannot be drawn: use a value from 0.01 to 100, or 0 for no mixing.'],
    [0.005, null, 'α = 0.005 cannot be drawn: use a value from 0.01 to 100, or 0 for no mixing.'],
    [NaN, null, 'α = NaN cannot be drawn: use a value from 0.01 to 100, or 0 for no mixing.'],
    [2, 250, 'β = 250 cannot be drawn: use a value from 0.01 to 100.'],
    [2, 0, 'β = 0 cannot be drawn: use a value from 0.01 to 100.'],
  ])('explains why α = %s, β = %s cannot be drawn', (alpha, beta, message) => {
    expect(mixingShapes(alpha, beta)).toEqual({ kind: 'invalid', message });
  });
});

describe('mixingShapes in Chinese', () => {
  afterEach(() => setLanguage('en'));

  it('explains the refusal in Chinese and keeps the figures', () => {
    setLanguage('zh');
    expect(mixingShapes(-1, null)).toEqual({
      kind: 'invalid',
      message: 'α = -1 无法抽样：请使用 0.01 到 100 之间的值，或用 0 表示不混合。',
    });
    expect(mixingShapes(2, 250)).toEqual({
      kind: 'invalid',
      message: 'β = 250 无法抽样：请使用 0.01 到 100 之间的值。',
    });
  });
});
