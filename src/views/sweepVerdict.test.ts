import { afterEach, describe, expect, it } from 'vitest';
import { setLanguage } from '../i18n/i18n';
import type { AlphaComparison, Spread, SweepStats } from '../storage/sweepSummary';
import { bestAlphaLine, sweepVerdict } from './sweepVerdict';

const stats = (accuracy: Spread, seeds: number): SweepStats => ({
  metrics: { accuracy, nll: { mean: 0, std: 0 }, ece: { mean: 0, std: 0 } },
  seeds,
});

function comparison(gap: Spread, seeds = 3): AlphaComparison {
  return {
    alpha: 0.4,
    mixup: stats({ mean: 0.951, std: 0.003 }, seeds),
    baseline: stats({ mean: 0.942, std: 0.003 }, seeds),
    gap: stats(gap, seeds),
  };
}

describe('bestAlphaLine', () => {
  it('writes the best α, both means with their spread, and the gap in points', () => {
    expect(bestAlphaLine(comparison({ mean: 0.009, std: 0.002 }))).toBe(
      'best α 0.4: 95.1 ± 0.3% vs baseline 94.2 ± 0.3% (+0.9)',
    );
    expect(bestAlphaLine(comparison({ mean: -0.012, std: 0 }, 1))).toBe('best α 0.4: 95.1% vs baseline 94.2% (−1.2)');
  });
});

describe('sweepVerdict', () => {
  it('says whether the gap is larger than its spread over seeds', () => {
    expect(sweepVerdict(comparison({ mean: 0.009, std: 0.002 }))).toBe(
      "Best α = 0.4: 95.1 ± 0.3% test accuracy against the baseline's 94.2 ± 0.3%, a gap of +0.9 ± 0.2 points over 3 seeds: larger than its spread, so it beats the noise.",
    );
    expect(sweepVerdict(comparison({ mean: 0.009, std: 0.011 }))).toMatch(
      /a gap of \+0\.9 ± 1\.1 points over 3 seeds: within its spread, so no α here beats the noise\.$/,
    );
  });

  it('says one seed cannot tell, and nothing before a run has finished', () => {
    expect(sweepVerdict(comparison({ mean: 0.009, std: 0 }, 1))).toBe(
      "Best α = 0.4: 95.1% test accuracy against the baseline's 94.2% (+0.9 points), but one seed cannot tell whether that beats the noise: run 3 or more seeds.",
    );
    expect(sweepVerdict(null)).toBeNull();
  });
});

describe('sweepVerdict in Chinese', () => {
  afterEach(() => setLanguage('en'));

  it('gives the same figures in a Chinese sentence', () => {
    setLanguage('zh');
    expect(sweepVerdict(comparison({ mean: 0.009, std: 0.002 }))).toBe(
      '最佳 α = 0.4：测试准确率 95.1 ± 0.3%，基线为 94.2 ± 0.3%，3 个随机种子上的差距为 +0.9 ± 0.2 个百分点：大于其波动，因此超出了噪声范围。',
    );
  });
});
