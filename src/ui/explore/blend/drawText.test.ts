import { afterEach, describe, expect, it } from 'vitest';
import { setLanguage } from '../../../i18n/i18n';
import { describeDraw } from './drawText';

describe('describeDraw', () => {
  it('names the Beta shapes, with β = α when β is unset, and the granularity', () => {
    expect(describeDraw({ alpha: 0.4, beta: null, mode: 'mixup', lambdaPer: 'batch' })).toBe(
      'λ ~ Beta(0.4, 0.4), one draw for the whole batch',
    );
    expect(describeDraw({ alpha: 2, beta: 5, mode: 'cutmix', lambdaPer: 'example' })).toBe(
      'λ ~ Beta(2, 5), one draw per example',
    );
  });

  it('hides floating-point noise in the shapes', () => {
    expect(describeDraw({ alpha: 0.1 + 0.2, beta: null, mode: 'mixup', lambdaPer: 'batch' })).toContain(
      'Beta(0.3, 0.3)',
    );
  });
});

describe('describeDraw in Chinese', () => {
  afterEach(() => setLanguage('en'));

  it('says how λ is drawn in Chinese, with the same shapes', () => {
    setLanguage('zh');
    expect(describeDraw({ alpha: 0.4, beta: null, mode: 'mixup', lambdaPer: 'batch' })).toBe(
      'λ ~ Beta(0.4, 0.4)，整个批次共用一次抽样',
    );
    expect(describeDraw({ alpha: 2, beta: 5, mode: 'cutmix', lambdaPer: 'example' })).toBe(
      'λ ~ Beta(2, 5)，每个样本各抽一次',
    );
  });
});
