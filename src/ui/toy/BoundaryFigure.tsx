import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { formatNumber, formatPercent } from '../../i18n/i18n';
import { exportFileName } from '../../export/fileName';
import { formatShape } from '../explore/beta/logScale';
import { useToyStore } from '../../state/toyStore';
import { TOY_SPECS } from '../../toy/datasets';
import type { ArmSummary, ToyArm } from '../../toy/run';
import { PngButton } from '../common/PngButton';
import { classColour, rgbText } from './classColours';
import { drawBoundary, type BoundaryDrawing } from './drawBoundary';

const percent = (value: number): string => formatPercent(value, 1);

function Figures({ summary }: { summary: ArmSummary | undefined }) {
  const { t } = useTranslation('toy');
  const rows: [string, string][] = summary
    ? [
        [t('figure.trainAccuracy'), percent(summary.trainAccuracy)],
        [t('figure.testAccuracy'), percent(summary.testAccuracy)],
        [t('figure.testNll'), formatNumber(summary.testNll, 3)],
        [t('figure.testEce'), formatNumber(summary.testEce, 3)],
      ]
    : [];
  return (
    <dl className="toy-figures" aria-label={t('figure.figures')}>
      {rows.map(([term, value]) => (
        <div key={term}>
          <dt>{term}</dt>
          <dd>{value}</dd>
        </div>
      ))}
    </dl>
  );
}

/** One arm's decision boundary on a canvas, its PNG button and its figures on held-out points. */
export function BoundaryFigure({ arm, showPairs }: { arm: ToyArm; showPairs: boolean }) {
  const { t } = useTranslation('toy');
  const config = useToyStore((s) => s.config);
  const data = useToyStore((s) => s.data);
  const pictures = useToyStore((s) => s.pictures);
  const summary = useToyStore((s) => s.result?.summary[arm]);
  const canvas = useRef<HTMLCanvasElement>(null);
  const figure = useRef<HTMLElement>(null);
  const spec = TOY_SPECS[config.dataset];

  const drawing = useRef<BoundaryDrawing | null>(null);

  useEffect(() => {
    drawing.current = {
      spec,
      grid: pictures?.grids[arm] ?? null,
      x: data.train.x,
      labels: data.train.labels,
      predicted: pictures?.trainPredicted[arm] ?? null,
      pairs: arm === 'mixup' && showPairs ? (pictures?.pairs ?? []) : [],
    };
    if (canvas.current) drawBoundary(canvas.current, drawing.current);
  }, [arm, data, pictures, showPairs, spec]);

  // Redrawn on a resize alone: observing afresh with each frame would draw every frame twice.
  useEffect(() => {
    const element = canvas.current;
    if (!element) return;
    const observer = new ResizeObserver(() => drawing.current && drawBoundary(element, drawing.current));
    observer.observe(element);
    return () => observer.disconnect();
  }, []);

  const legend = Array.from({ length: spec.numClasses }, (_, k) => ({
    label: t('scale.class', { k }),
    colour: rgbText(classColour(k)),
  }));
  return (
    <figure ref={figure} className={`curve toy-figure toy-${arm}`}>
      <figcaption>
        <span className="curve-title">{t(`figure.title.${arm}`)}</span>
        <PngButton
          figure={figure}
          label={t(`figure.name.${arm}`)}
          legend={legend}
          fileName={() => exportFileName(null, `2d-${config.dataset}-alpha-${formatShape(config.alpha)}-${arm}`, 'png')}
        />
      </figcaption>
      <canvas ref={canvas} role="img" aria-label={t(`figure.name.${arm}`)} />
      <Figures summary={summary} />
    </figure>
  );
}
