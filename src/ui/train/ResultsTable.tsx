import type { ArmName } from '../../engine/protocol';
import type { SummaryRow } from '../../state/runSummary';
import { ARM_LABELS } from './armColours';
import { ARMS } from '../../engine/protocol';

interface ResultsTableProps {
  rows: readonly SummaryRow[];
  caption: string;
  /** The first column's heading. */
  heading?: string;
  testId?: string;
}

function ArmCell({ arm, text, better }: { arm: ArmName; text: string; better: boolean }) {
  return (
    <td data-arm={arm} className={better ? 'better' : undefined}>
      <span className="cell-value">{text}</span>
      {better && <span className="better-mark">▲ better</span>}
    </td>
  );
}

/** Baseline against mixup, one metric a row, the better arm marked in words as well as weight. */
export function ResultsTable({ rows, caption, heading = 'Metric', testId = 'results-table' }: ResultsTableProps) {
  return (
    <div className="table-scroll">
      <table className="results-table" data-testid={testId}>
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{heading}</th>
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
                ARMS.map((arm) => <ArmCell key={arm} arm={arm} text={row.cells[arm]} better={row.better === arm} />)
              ) : (
                <td colSpan={ARMS.length} className="shared">
                  {row.value} <span className="muted">(both arms)</span>
                </td>
              )}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
