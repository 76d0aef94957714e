import { useTranslation } from 'react-i18next';
import type { SweepSummary } from '../../storage/sweepSummary';
import { SWEEP_METRIC_SPECS, sweepTableRows } from '../../views/sweepRows';

/** The numbers behind the charts, one row per α under the baseline's. */
export function SweepTable({ summary }: { summary: SweepSummary }) {
  const { t } = useTranslation('sweep');
  const rows = sweepTableRows(summary);
  if (!rows.length) return null;
  return (
    <div className="table-scroll">
      <table className="results-table sweep-table" data-testid="sweep-table">
        <caption>{t('table.caption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('table.run')}</th>
            {SWEEP_METRIC_SPECS.map((spec) => (
              <th key={spec.metric} scope="col">
                {spec.column}
              </th>
            ))}
            <th scope="col">{t('table.seeds')}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr
              key={row.key}
              data-alpha={row.key}
              className={row.key === 'baseline' ? 'sweep-baseline-row' : undefined}
            >
              <th scope="row">{row.label}</th>
              {SWEEP_METRIC_SPECS.map((spec) => (
                <td key={spec.metric}>{row.cells[spec.metric]}</td>
              ))}
              <td>{row.seeds}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
