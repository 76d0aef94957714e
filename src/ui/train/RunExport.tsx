import { useTranslation } from 'react-i18next';
import { curvesCsv, epochsCsv, robustnessCsv } from '../../export/csv';
import { exportFileName } from '../../export/fileName';
import { itemToJson } from '../../export/json';
import { pytorchScript } from '../../export/pytorchScript';
import { runOnScreen } from '../../state/onScreen';
import type { SavedRun } from '../../storage/savedRun';
import { useTrainingStore } from '../../state/trainingStore';
import { downloadText } from '../common/download';

interface ExportChoice {
  /** Names the file, and the button's label in the catalogue's `export`. */
  what: 'curves' | 'epochs' | 'robustness' | 'run' | 'pytorch';
  extension: string;
  type: string;
  write: (run: SavedRun) => string;
}

const CHOICES: readonly ExportChoice[] = [
  { what: 'curves', extension: 'csv', type: 'text/csv', write: curvesCsv },
  { what: 'epochs', extension: 'csv', type: 'text/csv', write: epochsCsv },
  { what: 'robustness', extension: 'csv', type: 'text/csv', write: robustnessCsv },
  {
    what: 'run',
    extension: 'json',
    type: 'application/json',
    write: (run) => itemToJson(run),
  },
  {
    what: 'pytorch',
    extension: 'py',
    type: 'text/x-python',
    write: (run) => pytorchScript(run.config),
  },
];

/**
 * The run on screen, as files: its curves and results, all of it as JSON, and a script to train it again in PyTorch.
 */
export function RunExport() {
  const { t } = useTranslation('train');
  const savedId = useTrainingStore((s) => s.run.savedId);
  const hasRobustness = useTrainingStore((s) => s.run.result?.robustness != null);
  if (!savedId) return null;
  const download = (choice: ExportChoice) => {
    const run = runOnScreen();
    if (run) downloadText(exportFileName(run, choice.what, choice.extension), choice.write(run), choice.type);
  };
  return (
    <div className="run-export" role="group" aria-label={t('export.group')}>
      <span className="preset-label">{t('export.label')}</span>
      {CHOICES.filter((choice) => choice.what !== 'robustness' || hasRobustness).map((choice) => (
        <button key={choice.what} type="button" onClick={() => download(choice)}>
          {t(`export.${choice.what}`)}
        </button>
      ))}
      <p className="section-note">{t('export.note')}</p>
    </div>
  );
}
