import type { ArmEpochSummary } from '../../engine/reports';
import { DECIMAL, PERCENT } from '../../state/runSummary';
import { useTrainingStore } from '../../state/trainingStore';
import { ARM_LABELS } from './armColours';
import { ARMS } from '../../engine/protocol';

interface Column {
  title: string;
  show: (value: number) => string;
  read: (arm: ArmEpochSummary) => number;
}

const COLUMNS: readonly Column[] = [
  { title: 'accuracy', show: PERCENT.show, read: (arm) => arm.accuracy },
  { title: 'NLL', show: DECIMAL.show, read: (arm) => arm.nll },
  { title: 'ECE', show: DECIMAL.show, read: (arm) => arm.ece },
];

/** The epoch-end evaluations one by one, the two arms side by side. */
export function EpochTable() {
  const epochs = useTrainingStore((s) => s.run.epochs);
  const testSize = useTrainingStore((s) => s.run.config?.testSize ?? 0);
  if (epochs.length === 0) return null;
  return (
    <details className="epoch-details">
      <summary>Every epoch ({epochs.length})</summary>
      <div className="table-scroll">
        <table className="epoch-table" data-testid="epoch-table">
          <caption>On {testSize.toLocaleString('en')} test digits at the end of each epoch</caption>
          <thead>
            <tr>
              <th scope="col">Epoch</th>
              {COLUMNS.flatMap((column) =>
                ARMS.map((arm) => (
                  <th key={`${arm}-${column.title}`} scope="col" className={`arm-${arm}`}>
                    {ARM_LABELS[arm]} {column.title}
                  </th>
                )),
              )}
            </tr>
          </thead>
          <tbody>
            {epochs.map((summary) => (
              <tr key={summary.epoch}>
                <th scope="row">{summary.epoch}</th>
                {COLUMNS.flatMap((column) =>
                  ARMS.map((arm) => <td key={`${arm}-${column.title}`}>{column.show(column.read(summary[arm]))}</td>),
                )}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </details>
  );
}
