import { afterEach, describe, expect, it } from 'vitest';
import { setLanguage } from '../../i18n/i18n';
import type { RunGaps, Spread, SpreadLookup } from '../../views/gapSpread';
import { runVerdict, spreadRule } from './verdict';

/** Noisy labels' spread as docs/EXPERIMENTS.md measures it. */
const SPREAD: Spread = {
  measuredOn: 'the 3 seeds measured for Noisy labels',
  accuracy: 0.0062,
  nll: 0.0194,
  ece: 0.006,
  fgsm: new Map([
    [0, 0.008],
    [0.05, 0.0327],
    [0.1, 0.0161],
  ]),
};
const KNOWN: SpreadLookup = { kind: 'known', spread: SPREAD };

const gaps = (accuracy: number, nll: number, ece: number, fgsm: RunGaps['fgsm'] = []): RunGaps => ({
  accuracy,
  nll,
  ece,
  fgsm,
});

describe('runVerdict', () => {
  it('names the gaps beyond the spread, better for higher accuracy and lower NLL, worse for higher ECE', () => {
    // 1.40 points > 0.62; |−0.040| > 0.0194; 0.012 > 0.006.
    const verdict = runVerdict(gaps(0.014, -0.04, 0.012), KNOWN);
    expect(verdict.sentence).toBe(
      'Mixup did better on accuracy (+1.40 points) and NLL (−0.040) and worse on ECE (+0.012), beyond the spread between the 3 seeds measured for Noisy labels.',
    );
    expect(verdict.robustness).toBeNull();
    expect(verdict.robustnessStrongest).toBe(false);
  });

  it('says which gaps are within noise', () => {
    // 0.54 points < 0.62 and |−0.010| < 0.0194, but a lower ECE by 0.020 > 0.006.
    expect(runVerdict(gaps(0.0054, -0.01, -0.02), KNOWN).sentence).toBe(
      'Mixup did better on ECE (−0.020), beyond the spread between the 3 seeds measured for Noisy labels; accuracy (+0.54 points) and NLL (−0.010) are within that spread.',
    );
    expect(runVerdict(gaps(-0.005, 0.01, 0.001), KNOWN).sentence).toBe(
      'No clear difference: accuracy (−0.50 points), NLL (+0.010) and ECE (+0.001), all within the spread between the 3 seeds measured for Noisy labels.',
    );
  });

  it('says which gaps have no measured spread', () => {
    expect(runVerdict(gaps(0.014, -0.04, 0.001), { kind: 'known', spread: { ...SPREAD, nll: null } }).sentence).toBe(
      'Mixup did better on accuracy (+1.40 points), beyond the spread between the 3 seeds measured for Noisy labels; ECE (+0.001) is within that spread; NLL (−0.040) has no measured spread.',
    );
  });

  it('puts the attack first when its gap stands out most, at the ε where it stands out most', () => {
    // ε = 0.05: 23.2 / 3.27 ≈ 7.1 spreads; ε = 0.1: 5 / 1.61 ≈ 3.1; clean accuracy 1.4 / 0.62 ≈ 2.3.
    const verdict = runVerdict(
      gaps(0.014, -0.04, 0.001, [
        { epsilon: 0, baseline: 0.928, mixup: 0.942 },
        { epsilon: 0.05, baseline: 0.462, mixup: 0.694 },
        { epsilon: 0.1, baseline: 0.2, mixup: 0.25 },
      ]),
      KNOWN,
    );
    expect(verdict.robustness).toBe(
      "Under the FGSM attack at ε = 0.05, mixup keeps 69.40% of the attacked digits against the baseline's 46.20%: +23.20 points, beyond the spread of 3.27 points.",
    );
    expect(verdict.robustnessStrongest).toBe(true);
  });

  it('keeps the attack second when a clean gap stands out more', () => {
    // ECE 0.06 / 0.006 = 10 spreads against the attack's 0.04 / 0.0327 ≈ 1.2.
    const verdict = runVerdict(gaps(0.001, 0, 0.06, [{ epsilon: 0.05, baseline: 0.8, mixup: 0.76 }]), KNOWN);
    expect(verdict.robustness).toBe(
      "Under the FGSM attack at ε = 0.05, mixup keeps 76.00% of the attacked digits against the baseline's 80.00%: −4.00 points, beyond the spread of 3.27 points.",
    );
    expect(verdict.robustnessStrongest).toBe(false);
    const noise = runVerdict(gaps(0.001, 0, 0.06, [{ epsilon: 0.05, baseline: 0.8, mixup: 0.83 }]), KNOWN);
    expect(noise.robustness).toContain('+3.00 points, within the spread of 3.27 points.');
  });

  it('says one seed cannot tell for a custom setup, and compares the attack with clean accuracy in points', () => {
    const verdict = runVerdict(gaps(0.0054, -0.01, 0.03, [{ epsilon: 0.05, baseline: 0.8, mixup: 0.78 }]), {
      kind: 'custom',
    });
    expect(verdict.sentence).toBe(
      'One seed cannot tell: mixup − baseline is accuracy (+0.54 points), NLL (−0.010) and ECE (+0.030); repeat over 3 seeds to see whether that exceeds the spread between seeds.',
    );
    expect(verdict.robustness).toBe(
      "Under the FGSM attack at ε = 0.05, mixup keeps 78.00% of the attacked digits against the baseline's 80.00%: −2.00 points.",
    );
    // 2.00 points under attack against 0.54 clean.
    expect(verdict.robustnessStrongest).toBe(true);
    expect(
      runVerdict(gaps(0.03, 0, 0, [{ epsilon: 0.05, baseline: 0.8, mixup: 0.78 }]), { kind: 'custom' })
        .robustnessStrongest,
    ).toBe(false);
  });

  it('says no measurement exists for a preset without one', () => {
    expect(runVerdict(gaps(0.01, 0, 0), { kind: 'unmeasured', preset: 'Quick demo' }).sentence).toBe(
      'No measurement of Quick demo over several seeds exists yet, so one seed cannot tell: mixup − baseline is accuracy (+1.00 points), NLL (+0.000) and ECE (+0.000).',
    );
  });
});

describe('spreadRule', () => {
  it('states the rule against the spread, or why the table marks no winner', () => {
    expect(spreadRule(KNOWN)).toBe(
      '▲ better marks a lead (mixup − baseline) larger than its sample standard deviation over the 3 seeds measured for Noisy labels; a smaller one is within noise.',
    );
    expect(spreadRule({ kind: 'custom' })).toContain('never ▲ better');
  });
});

describe('runVerdict in Chinese', () => {
  afterEach(() => setLanguage('en'));

  it('says the same figures in Chinese words', () => {
    setLanguage('zh');
    const zhSpread: SpreadLookup = {
      kind: 'known',
      spread: { ...SPREAD, measuredOn: '“标签噪声”实测的 3 个随机种子' },
    };
    expect(runVerdict(gaps(0.014, -0.04, 0.012), zhSpread).sentence).toBe(
      'mixup 在准确率（+1.40 个百分点）和NLL（−0.040）上更好，在ECE（+0.012）上更差，超出了“标签噪声”实测的 3 个随机种子之间的波动。',
    );
    expect(runVerdict(gaps(0.0054, -0.01, -0.02), zhSpread).sentence).toBe(
      'mixup 在ECE（−0.020）上更好，超出了“标签噪声”实测的 3 个随机种子之间的波动；准确率（+0.54 个百分点）和NLL（−0.010）在这一波动范围内。',
    );
    expect(runVerdict(gaps(-0.005, 0.01, 0.001), zhSpread).sentence).toBe(
      '没有明显差异：准确率（−0.50 个百分点）、NLL（+0.010）和ECE（+0.001），都在“标签噪声”实测的 3 个随机种子之间的波动范围内。',
    );
    const attacked = runVerdict(gaps(0.001, 0, 0.06, [{ epsilon: 0.05, baseline: 0.8, mixup: 0.76 }]), zhSpread);
    expect(attacked.robustness).toBe(
      '在 ε = 0.05 的 FGSM 攻击下，mixup 在受攻击的数字上保持 76.00% 的准确率，基线为 80.00%：相差 −4.00 个百分点，超出了 3.27 个百分点的波动。',
    );
    expect(runVerdict(gaps(0.0054, -0.01, 0.03), { kind: 'custom' }).sentence).toMatch(/^仅凭一个随机种子无法判断/);
    expect(spreadRule({ kind: 'custom' })).toContain('不会标“▲ 更好”');
  });
});
