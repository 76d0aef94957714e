import { useTranslation } from 'react-i18next';
import type { ArmName } from '../../contract/protocol';
import type { Judgement, Standing } from '../../views/gapSpread';
import type { SummaryRow } from '../../views/runSummary';
import { ARM_LABELS } from './armColours';
import { ARMS } from '../../contract/protocol';

interface ResultsTableProps {
  rows: readonly SummaryRow[];
  caption: string;
  /** The first column's heading. */
  heading?: string;
  testId?: string;
}

/**
 * What the arm ahead is told (the catalogue's `table.marks`): better only when its lead is larger than the spread
 * between seeds.
 */
function ArmCell({ arm, text, mark }: { arm: ArmName; text: string; mark: Judgement | null }) {
  const { t } = useTranslation('train');
  const standing = mark?.ahead === arm ? mark.standing : null;
  return (
    <td data-arm={arm} className={standing === 'clear' ? 'better' : undefined}>
      <span className="cell-value">{text}</span>
      {standing && (
        <span className={`better-mark mark-${standing}`}>{t(`table.marks.${standing satisfies Standing}`)}</span>
      )}
    </td>
  );
}

/**
 * Baseline against mixup, one metric a row. The arm ahead is marked in words as well as weight: better when its
 * lead is beyond the spread between seeds, within noise when it is not.
 */
export function ResultsTable({ rows, caption, heading, testId = 'results-table' }: ResultsTableProps) {
  const { t } = useTranslation('train');
  return (
    <div className="table-scroll">
      <table className="results-table" data-testid={testId}>
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{heading ?? t('table.metric')}</th>
            {ARMS.map((arm) => (
              <th key={arm} scope="col" className={`arm-${arm}`}>
                {ARM_LABELS[arm]}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.label}>
              <th scope="row">{row.label}</th>
              {row.kind === 'compared' ? (
                ARMS.map((arm) => <ArmCell key={arm} arm={arm} text={row.cells[arm]} mark={row.mark} />)
              ) : (
                <td colSpan={ARMS.length} className="shared">
                  {row.value} <span className="muted">{t('table.bothArms')}</span>
                </td>
              )}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
