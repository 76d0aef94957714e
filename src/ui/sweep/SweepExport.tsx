import { sweepCsv } from '../../export/csv';
import { exportFileName } from '../../export/fileName';
import { itemToJson } from '../../export/json';
import { sweepOnScreen } from '../../state/onScreen';
import { useSweepStore } from '../../state/sweepStore';
import { downloadText } from '../common/download';

/** The sweep on screen as files: one row per run (CSV), or all of it (JSON). */
export function SweepExport() {
  const hasRecords = useSweepStore((s) => s.records.length > 0);
  if (!hasRecords) return null;
  const download = (what: 'csv' | 'json') => {
    const sweep = sweepOnScreen();
    if (!sweep) return;
    if (what === 'csv') downloadText(exportFileName(sweep, 'runs', 'csv'), sweepCsv(sweep), 'text/csv');
    else downloadText(exportFileName(sweep, 'sweep', 'json'), itemToJson(sweep), 'application/json');
  };
  return (
    <div className="run-export" role="group" aria-label="Export this sweep">
      <span className="preset-label">Export</span>
      <button type="button" onClick={() => download('csv')}>
        Runs (CSV)
      </button>
      <button type="button" onClick={() => download('json')}>
        Everything (JSON)
      </button>
    </div>
  );
}
