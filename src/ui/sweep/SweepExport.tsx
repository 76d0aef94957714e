import { useTranslation } from 'react-i18next';
import { sweepCsv } from '../../export/csv';
import { exportFileName } from '../../export/fileName';
import { itemToJson } from '../../export/json';
import { sweepOnScreen } from '../../state/onScreen';
import { useSweepStore } from '../../state/sweepStore';
import { downloadText } from '../common/download';

/** The sweep on screen as files: one row per run (CSV), or all of it (JSON). */
export function SweepExport() {
  const { t } = useTranslation('sweep');
  const hasRecords = useSweepStore((s) => s.records.length > 0);
  if (!hasRecords) return null;
  const download = (what: 'csv' | 'json') => {
    const sweep = sweepOnScreen();
    if (!sweep) return;
    if (what === 'csv') downloadText(exportFileName(sweep, 'runs', 'csv'), sweepCsv(sweep), 'text/csv');
    else downloadText(exportFileName(sweep, 'sweep', 'json'), itemToJson(sweep), 'application/json');
  };
  return (
    <div className="run-export" role="group" aria-label={t('export.label')}>
      <span className="preset-label">{t('export.title')}</span>
      <button type="button" onClick={() => download('csv')}>
        {t('export.csv')}
      </button>
      <button type="button" onClick={() => download('json')}>
        {t('export.json')}
      </button>
    </div>
  );
}
