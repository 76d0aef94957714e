import { useTranslation } from 'react-i18next';
import type { ArmEpochSummary } from '../../contract/reports';
import { formatNumber, t } from '../../i18n/i18n';
import { DECIMAL, PERCENT } from '../../views/runSummary';
import { useTrainingStore } from '../../state/trainingStore';
import { ARM_LABELS } from './armColours';
import { ARMS } from '../../contract/protocol';

interface Column {
  /** Names the column in its key. */
  id: string;
  title: () => string;
  show: (value: number) => string;
  read: (arm: ArmEpochSummary) => number;
}

const COLUMNS: readonly Column[] = [
  { id: 'accuracy', title: () => t('train:epochs.accuracy'), show: PERCENT.show, read: (arm) => arm.accuracy },
  { id: 'nll', title: () => 'NLL', show: DECIMAL.show, read: (arm) => arm.nll },
  { id: 'ece', title: () => 'ECE', show: DECIMAL.show, read: (arm) => arm.ece },
];

/** The epoch-end evaluations one by one, the two arms side by side. */
export function EpochTable() {
  useTranslation('train');
  const epochs = useTrainingStore((s) => s.run.epochs);
  const testSize = useTrainingStore((s) => s.run.config?.testSize ?? 0);
  if (epochs.length === 0) return null;
  return (
    <details className="epoch-details">
      <summary>{t('train:epochs.summary', { count: epochs.length })}</summary>
      <div className="table-scroll">
        <table className="epoch-table" data-testid="epoch-table">
          <caption>{t('train:epochs.caption', { size: formatNumber(testSize) })}</caption>
          <thead>
            <tr>
              <th scope="col">{t('train:epochs.epoch')}</th>
              {COLUMNS.flatMap((column) =>
                ARMS.map((arm) => (
                  <th key={`${arm}-${column.id}`} scope="col" className={`arm-${arm}`}>
                    {ARM_LABELS[arm]} {column.title()}
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
                  ARMS.map((arm) => <td key={`${arm}-${column.id}`}>{column.show(column.read(summary[arm]))}</td>),
                )}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </details>
  );
}
