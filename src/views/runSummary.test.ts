import { afterEach, describe, expect, it } from 'vitest';
import { setLanguage } from '../i18n/i18n';
import { armSummary } from '../storage/testing/armSummary';
import type { ArmEpochSummary, EpochSummary, RunResult } from '../contract/reports';
import type { Spread } from './gapSpread';
import { bestEpoch, betterArm, DECIMAL, markOf, PERCENT, summariseRun, type SummaryRow } from './runSummary';

const arm = (accuracy: number, nll: number, ece: number, trainAccuracy: number): ArmEpochSummary =>
  armSummary(accuracy, { nll, ece, trainAccuracy });

function epoch(number: number, baseline: ArmEpochSummary, mixup: ArmEpochSummary): EpochSummary {
  return { epoch: number, step: 10 * number, showcaseIndices: new Int32Array(), baseline, mixup };
}

const EPOCHS = [
  epoch(1, arm(0.9, 0.4, 0.05, 0.92), arm(0.88, 0.45, 0.03, 0.89)),
  epoch(2, arm(0.95, 0.2, 0.04, 0.99), arm(0.955, 0.18, 0.02, 0.96)),
  epoch(3, arm(0.94, 0.25, 0.041, 1), arm(0.955, 0.17, 0.02, 0.97)),
];

describe('betterArm', () => {
  it('picks the higher or the lower value as asked', () => {
    expect(betterArm({ baseline: 0.9, mixup: 0.8 }, 'higher', PERCENT)).toBe('baseline');
    expect(betterArm({ baseline: 0.9, mixup: 0.8 }, 'lower', PERCENT)).toBe('mixup');
  });

  it('calls values that read the same a tie', () => {
    // 0.1234 and 0.12344 both read 0.123.
    expect(betterArm({ baseline: 0.1234, mixup: 0.12344 }, 'lower', DECIMAL)).toBeNull();
    expect(betterArm({ baseline: 0.5, mixup: 0.5 }, 'higher', PERCENT)).toBeNull();
  });
});

describe('markOf', () => {
  it('marks the arm ahead as clear only when the gap is larger than the spread', () => {
    expect(markOf({ baseline: 0.9266, mixup: 0.932 }, 'higher', PERCENT, 0.0062)).toEqual({
      ahead: 'mixup',
      standing: 'noise',
    });
    expect(markOf({ baseline: 0.9266, mixup: 0.94 }, 'higher', PERCENT, 0.0062)).toEqual({
      ahead: 'mixup',
      standing: 'clear',
    });
    expect(markOf({ baseline: 0.3, mixup: 0.2 }, 'lower', DECIMAL, null)).toEqual({
      ahead: 'mixup',
      standing: 'unknown',
    });
  });

  it('marks nothing for values that read the same', () => {
    expect(markOf({ baseline: 0.1234, mixup: 0.12344 }, 'lower', DECIMAL, 0)).toBeNull();
  });
});

describe('bestEpoch', () => {
  it('finds the peak test accuracy, the earliest epoch on a tie', () => {
    expect(bestEpoch(EPOCHS, 'baseline')).toEqual({ accuracy: 0.95, epoch: 2 });
    expect(bestEpoch(EPOCHS, 'mixup')).toEqual({ accuracy: 0.955, epoch: 2 });
    expect(bestEpoch([], 'mixup')).toBeNull();
  });
});

const row = (rows: SummaryRow[] | null, label: string) => rows?.find((r) => r.label === label);

describe('summariseRun', () => {
  const result: RunResult = {
    stopped: false,
    steps: 30,
    epochsCompleted: 3,
    examplesPerSecond: 1234.4,
    elapsedMs: 130_000,
    robustness: null,
    final: EPOCHS[2] ?? null,
  };

  // Final gaps: accuracy +1.5 points, NLL −0.08, ECE −0.021.
  const spread: Spread = { measuredOn: 'three seeds', accuracy: 0.02, nll: 0.05, ece: 0.03, fgsm: new Map() };

  it('has nothing to show before the first epoch ends', () => {
    expect(summariseRun([], null, null)).toBeNull();
  });

  it('compares the final epoch, judging accuracy, NLL and ECE against the spread', () => {
    const rows = summariseRun(EPOCHS, result, spread);
    expect(rows?.map((r) => r.label)).toEqual([
      'Final test accuracy',
      'Best test accuracy',
      'Test NLL',
      'ECE',
      'Train accuracy',
      'Generalisation gap (train − test)',
      'Time taken',
      'Examples per second, per arm',
    ]);
    expect(row(rows, 'Final test accuracy')).toEqual({
      kind: 'compared',
      label: 'Final test accuracy',
      cells: { baseline: '94.00%', mixup: '95.50%' },
      mark: { ahead: 'mixup', standing: 'noise' },
    });
    // No measurement records the spread of the peaks' gap, nor of the generalisation gaps'.
    expect(row(rows, 'Best test accuracy')).toMatchObject({
      cells: { baseline: '95.00% (epoch 2)', mixup: '95.50% (epoch 2)' },
      mark: null,
    });
    expect(row(rows, 'Test NLL')).toMatchObject({
      cells: { baseline: '0.250', mixup: '0.170' },
      mark: { ahead: 'mixup', standing: 'clear' },
    });
    expect(row(rows, 'ECE')).toMatchObject({
      cells: { baseline: '0.041', mixup: '0.020' },
      mark: { ahead: 'mixup', standing: 'noise' },
    });
    expect(row(rows, 'Train accuracy')).toMatchObject({ cells: { baseline: '100.00%', mixup: '97.00%' }, mark: null });
    // Gaps: 1 − 0.94 = 6 points for the baseline, 0.97 − 0.955 = 1.5 points for mixup.
    expect(row(rows, 'Generalisation gap (train − test)')).toMatchObject({
      cells: { baseline: '6.00 pp', mixup: '1.50 pp' },
      mark: null,
    });
    expect(row(rows, 'Time taken')).toEqual({ kind: 'shared', label: 'Time taken', value: '2 min 10 s' });
    expect(row(rows, 'Examples per second, per arm')).toMatchObject({ value: '1,234' });
  });

  it('while training, shows the latest epoch and leaves out time and pace; without a spread it cannot judge', () => {
    const rows = summariseRun(EPOCHS.slice(0, 1), null, null);
    expect(row(rows, 'Final test accuracy')).toMatchObject({
      cells: { baseline: '90.00%', mixup: '88.00%' },
      mark: { ahead: 'baseline', standing: 'unknown' },
    });
    expect(row(rows, 'Time taken')).toBeUndefined();
  });
});

describe('summariseRun in Chinese', () => {
  afterEach(() => setLanguage('en'));

  it('names the rows in Chinese and keeps the figures', () => {
    setLanguage('zh');
    const rows = summariseRun(EPOCHS, null, null) ?? [];
    const cells = rows.map((row) => [row.label, row.kind === 'compared' ? row.cells.mixup : row.value]);
    expect(cells.slice(0, 3)).toEqual([
      ['最终测试准确率', '95.50%'],
      ['最佳测试准确率', '95.50%（第 2 轮）'],
      ['测试 NLL', '0.170'],
    ]);
    expect(cells.at(-1)).toEqual(['泛化差距（训练 − 测试）', '1.50 个百分点']);
  });
});
