import type { RunRobustness } from '../engine/reports';
import { betterArm, PERCENT, type ComparedRow } from './runSummary';

/** The robustness table's rows: one per attack strength ε, each arm's accuracy, the higher marked. */
export function robustnessRows(robustness: RunRobustness): ComparedRow[] {
  return robustness.baseline.map((point, i) => {
    const values = { baseline: point.accuracy, mixup: robustness.mixup[i]?.accuracy ?? NaN };
    return {
      kind: 'compared',
      label: point.epsilon === 0 ? 'ε = 0 (no attack)' : `ε = ${point.epsilon}`,
      cells: { baseline: PERCENT.show(values.baseline), mixup: PERCENT.show(values.mixup) },
      better: betterArm(values, 'higher', PERCENT),
    };
  });
}
