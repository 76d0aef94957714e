import { useState, type RefObject } from 'react';
import { useTranslation } from 'react-i18next';
import { chartToPng, type LegendEntry } from './chartPng';
import { downloadBlob } from './download';

interface PngButtonProps {
  figure: RefObject<HTMLElement | null>;
  /** Named when clicked, so the name follows the run on screen. */
  fileName: () => string;
  label: string;
  /** For a chart whose legend is outside its figure on the page. */
  legend?: readonly LegendEntry[];
}

/** Saves the chart in `figure` as a PNG; says why if it cannot. */
export function PngButton({ figure, fileName, label, legend }: PngButtonProps) {
  const { t } = useTranslation();
  const [problem, setProblem] = useState<string | null>(null);
  const save = () => {
    if (!figure.current) return;
    chartToPng(figure.current, legend).then(
      (blob) => {
        setProblem(null);
        downloadBlob(fileName(), blob);
      },
      (error: unknown) =>
        setProblem(t('png.failed', { reason: error instanceof Error ? error.message : String(error) })),
    );
  };
  return (
    <>
      <button
        type="button"
        className="png-button"
        onClick={save}
        aria-label={t('png.label', { chart: label })}
        title={t('png.title')}
      >
        {t('png.button')}
      </button>
      {problem && (
        <span role="alert" className="png-problem">
          {problem}
        </span>
      )}
    </>
  );
}
