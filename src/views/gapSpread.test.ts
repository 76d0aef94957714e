import { describe, expect, it } from 'vitest';
import { armSummary } from '../storage/testing/armSummary';
import { presetConfig } from '../contract/presets';
import type { ArmEpochSummary, EpochSummary } from '../contract/reports';
import { parseExperiments } from './experimentsDoc';
import { gapsOf, judgeGap, lookUpSpread, measuredSpread, presetOf, repeatSpread, type RunGaps } from './gapSpread';

const SECTIONS = parseExperiments(`# Experiments

## some-preset — Some preset

\`npm run experiment -- --preset some-preset --seeds 3 --eval-every 10000\`

| arm | final acc % | best acc % | final NLL | final ECE |
| --- | --- | --- | --- | --- |
| baseline | 92.79 ± 0.48 | 95.31 ± 0.31 | 0.7017 ± 0.0259 | 0.3806 ± 0.0121 |
| mixup − baseline | 1.97 ± 0.62 |  | -0.0383 ± 0.0194 | 0.0117 ± 0.0060 |

Accuracy under FGSM on the first 1,000 test digits (%):

| ε | baseline | mixup | mixup − baseline |
| --- | --- | --- | --- |
| 0 | 93.23 ± 1.06 | 94.60 ± 0.26 | 1.37 ± 0.80 |
| 0.05 | 39.77 ± 5.65 | 66.73 ± 2.44 | 26.97 ± 3.27 |

Closing note.

## bare — Bare

| arm | final acc % |
| --- | --- |
| baseline | 92.79 ± 0.48 |
`);

const arm = (accuracy: number, nll: number, ece: number): ArmEpochSummary => armSummary(accuracy, { nll, ece });

describe('measuredSpread', () => {
  it('reads the ± of the summary table’s gap row and of the FGSM table’s gap column, percentages as fractions', () => {
    const section = SECTIONS.get('some-preset');
    if (!section) throw new Error('no section');
    const spread = measuredSpread(section, 'Some preset');
    expect(spread?.measuredOn).toBe('the 3 seeds measured for Some preset');
    expect(spread?.accuracy).toBeCloseTo(0.0062, 12);
    expect(spread?.nll).toBe(0.0194);
    expect(spread?.ece).toBe(0.006);
    expect([...(spread?.fgsm ?? [])].map(([epsilon, std]) => [epsilon, Number(std.toFixed(12))])).toEqual([
      [0, 0.008],
      [0.05, 0.0327],
    ]);
  });

  it('is null for a section without a gap row', () => {
    const section = SECTIONS.get('bare');
    if (!section) throw new Error('no section');
    expect(measuredSpread(section, 'Bare')).toBeNull();
  });
});

describe('repeatSpread', () => {
  const seed = (accuracy: number, nll: number, fgsm: number): RunGaps => ({
    accuracy,
    nll,
    ece: 0.01,
    fgsm: [{ epsilon: 0.1, baseline: 0.5, mixup: 0.5 + fgsm }],
  });

  it('is the sample standard deviation (n − 1) of each gap over the seeds', () => {
    // Accuracy gaps 0.01, 0.02, 0.03: mean 0.02, squares 1e-4 + 0 + 1e-4 over 2 → std 0.01.
    const spread = repeatSpread([seed(0.01, -0.1, 0.2), seed(0.02, -0.1, 0.4), seed(0.03, -0.1, 0.6)]);
    expect(spread?.measuredOn).toBe('the 3 seeds repeated here');
    expect(spread?.accuracy).toBeCloseTo(0.01, 12);
    expect(spread?.nll).toBeCloseTo(0, 12);
    expect(spread?.fgsm.get(0.1)).toBeCloseTo(0.2, 12);
  });

  it('needs two seeds', () => {
    expect(repeatSpread([seed(0.01, 0, 0)])).toBeNull();
    expect(lookUpSpread({ kind: 'repeat', seeds: [seed(0.01, 0, 0)] })).toEqual({ kind: 'custom' });
  });
});

describe('lookUpSpread', () => {
  it('finds a preset’s measured spread in docs/EXPERIMENTS.md', () => {
    const lookup = lookUpSpread({ kind: 'preset', id: 'noisy-labels' });
    expect(lookup.kind).toBe('known');
    if (lookup.kind === 'known') expect(lookup.spread.measuredOn).toBe('the 3 seeds measured for Noisy labels');
  });

  it('has none for a custom setup', () => {
    expect(lookUpSpread({ kind: 'none' })).toEqual({ kind: 'custom' });
  });
});

describe('presetOf', () => {
  it('names the preset whose whole configuration a run has, and none once a setting differs', () => {
    expect(presetOf(presetConfig('small-data'))).toBe('small-data');
    expect(presetOf({ ...presetConfig('small-data'), epochs: 41 })).toBeNull();
  });
});

describe('gapsOf', () => {
  it('takes mixup − baseline of each metric, and both arms’ accuracy at each ε', () => {
    const final: EpochSummary = {
      epoch: 3,
      step: 30,
      showcaseIndices: new Int32Array(),
      baseline: arm(0.9, 0.4, 0.05),
      mixup: arm(0.925, 0.3, 0.07),
    };
    const gaps = gapsOf(final, {
      size: 100,
      baseline: [
        { epsilon: 0, accuracy: 0.9 },
        { epsilon: 0.05, accuracy: 0.5 },
      ],
      mixup: [
        { epsilon: 0, accuracy: 0.92 },
        { epsilon: 0.05, accuracy: 0.75 },
      ],
    });
    expect(gaps.accuracy).toBeCloseTo(0.025, 12);
    expect(gaps.nll).toBeCloseTo(-0.1, 12);
    expect(gaps.ece).toBeCloseTo(0.02, 12);
    expect(gaps.fgsm).toEqual([
      { epsilon: 0, baseline: 0.9, mixup: 0.92 },
      { epsilon: 0.05, baseline: 0.5, mixup: 0.75 },
    ]);
    expect(gapsOf(final, null).fgsm).toEqual([]);
  });
});

describe('judgeGap', () => {
  it('favours mixup for a higher accuracy and for a lower NLL or ECE', () => {
    expect(judgeGap(0.02, 0.01, 'higher')).toEqual({ ahead: 'mixup', standing: 'clear' });
    expect(judgeGap(0.02, 0.01, 'lower')).toEqual({ ahead: 'baseline', standing: 'clear' });
    expect(judgeGap(-0.02, 0.01, 'lower')).toEqual({ ahead: 'mixup', standing: 'clear' });
  });

  it('calls a gap within noise unless it is larger than the spread', () => {
    expect(judgeGap(0.0054, 0.0062, 'higher')).toEqual({ ahead: 'mixup', standing: 'noise' });
    expect(judgeGap(-0.01, 0.01, 'higher')).toEqual({ ahead: 'baseline', standing: 'noise' });
    expect(judgeGap(0, 0, 'higher')).toEqual({ ahead: null, standing: 'noise' });
  });

  it('cannot tell without a spread', () => {
    expect(judgeGap(0.05, null, 'higher')).toEqual({ ahead: 'mixup', standing: 'unknown' });
  });
});
