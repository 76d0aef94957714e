import { t } from '../../i18n/i18n';
import type { RunRobustness } from '../../contract/reports';
import type { Spread } from '../../views/gapSpread';
import { markOf, PERCENT, type ComparedRow } from '../../views/runSummary';

/**
 * The robustness table's rows: one per attack strength ε, each arm's accuracy, the arm ahead marked and judged
 * against the spread of that ε's gap between seeds when known.
 */
export function robustnessRows(robustness: RunRobustness, spread: Spread | null): ComparedRow[] {
  return robustness.baseline.map((point, i) => {
    const values = { baseline: point.accuracy, mixup: robustness.mixup[i]?.accuracy ?? NaN };
    return {
      kind: 'compared',
      label: point.epsilon === 0 ? t('results:robustness.noAttack') : `ε = ${point.epsilon}`,
      cells: { baseline: PERCENT.show(values.baseline), mixup: PERCENT.show(values.mixup) },
      mark: markOf(values, 'higher', PERCENT, spread?.fgsm.get(point.epsilon) ?? null),
    };
  });
}
