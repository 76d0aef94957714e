import { curvesCsv, epochsCsv, robustnessCsv } from '../../export/csv';
import { exportFileName } from '../../export/fileName';
import { itemToJson } from '../../export/json';
import { pytorchScript } from '../../export/pytorchScript';
import { runOnScreen } from '../../state/onScreen';
import type { SavedRun } from '../../storage/savedRun';
import { useTrainingStore } from '../../state/trainingStore';
import { downloadText } from '../common/download';

interface ExportChoice {
  label: string;
  what: string;
  extension: string;
  type: string;
  write: (run: SavedRun) => string;
}

const CHOICES: readonly ExportChoice[] = [
  { label: 'Curves (CSV)', what: 'curves', extension: 'csv', type: 'text/csv', write: curvesCsv },
  { label: 'Per-epoch results (CSV)', what: 'epochs', extension: 'csv', type: 'text/csv', write: epochsCsv },
  { label: 'FGSM robustness (CSV)', what: 'robustness', extension: 'csv', type: 'text/csv', write: robustnessCsv },
  {
    label: 'Everything (JSON)',
    what: 'run',
    extension: 'json',
    type: 'application/json',
    write: (run) => itemToJson(run),
  },
  {
    label: 'PyTorch script',
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
  const savedId = useTrainingStore((s) => s.run.savedId);
  const hasRobustness = useTrainingStore((s) => s.run.result?.robustness != null);
  if (!savedId) return null;
  const download = (choice: ExportChoice) => {
    const run = runOnScreen();
    if (run) downloadText(exportFileName(run, choice.what, choice.extension), choice.write(run), choice.type);
  };
  return (
    <div className="run-export" role="group" aria-label="Export this run">
      <span className="preset-label">Export</span>
      {CHOICES.filter((choice) => choice.what !== 'robustness' || hasRobustness).map((choice) => (
        <button key={choice.what} type="button" onClick={() => download(choice)}>
          {choice.label}
        </button>
      ))}
      <p className="section-note">
        The PyTorch script trains the same two arms with these settings from MNIST's IDX files, on your own machine or
        GPU; its random numbers differ from the browser's, so expect the same experiment, not the same digits.
      </p>
    </div>
  );
}
