import { memo, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatNumber } from '../../i18n/i18n';
import { exportFileName } from '../../export/fileName';
import { useToyStore } from '../../state/toyStore';
import { TOY_SPECS } from '../../toy/datasets';
import { TOY_ARMS, type ToyResult } from '../../toy/run';
import { PngButton } from '../common/PngButton';
import { ARM_COLOURS, ARM_LEGEND } from '../train/armColours';
import { AXIS_TEXT, GRID_COLOUR } from '../train/chartAxes';
import { SLICE_HEIGHT, slicePlot } from './slicePlot';

const X_TICKS = [-0.5, 0, 0.5, 1, 1.5];
const Y_TICKS = [0, 0.25, 0.5, 0.75, 1];
/** The width to lay out for until the figure has been measured. */
const FIRST_WIDTH = 640;
/** Wider, the curves would only stretch: a step or a ramp reads as well at this width. */
const MAX_WIDTH = 760;

/**
 * p(class) along the dashed line of the pictures, both arms: a hard step against a ramp, as a curve.
 * Plain SVG rather than recharts: it appears when a run ends, and mounting a recharts chart then took
 * over 50 ms of the main thread.
 */
export const SliceChart = memo(function SliceChart({ result }: { result: ToyResult }) {
  const { t } = useTranslation('toy');
  const dataset = useToyStore((s) => s.trained?.dataset ?? s.config.dataset);
  const { fromClass, toClass } = TOY_SPECS[dataset].slice;
  const figure = useRef<HTMLElement>(null);
  const { baseline, mixup } = result.summary;
  const [width, setWidth] = useState(FIRST_WIDTH);
  useEffect(() => {
    const element = figure.current;
    if (!element) return;
    const observer = new ResizeObserver(([entry]) => entry && setWidth(Math.round(entry.contentRect.width)));
    observer.observe(element);
    return () => observer.disconnect();
  }, []);
  const plot = slicePlot(Math.min(width, MAX_WIDTH));
  return (
    <figure ref={figure} className="curve toy-slice">
      <figcaption>
        <span className="curve-title">{t('slice.title')}</span>
        <span className="curve-note">{t('slice.note', { from: fromClass, to: toClass })}</span>
        <PngButton
          figure={figure}
          label={t('slice.png')}
          legend={ARM_LEGEND}
          fileName={() => exportFileName(null, `2d-${dataset}-slice`, 'png')}
        />
      </figcaption>
      <svg
        width={plot.width}
        height={SLICE_HEIGHT}
        viewBox={`0 0 ${plot.width} ${SLICE_HEIGHT}`}
        role="img"
        aria-label={t('slice.aria')}
      >
        {Y_TICKS.map((p) => (
          <g key={`y${p}`}>
            <line x1={plot.left} x2={plot.right} y1={plot.y(p)} y2={plot.y(p)} stroke={GRID_COLOUR} />
            <text x={plot.left - 6} y={plot.y(p) + 4} textAnchor="end" {...AXIS_TEXT}>
              {p}
            </text>
          </g>
        ))}
        {X_TICKS.map((tick) => (
          <g key={`x${tick}`}>
            <line x1={plot.x(tick)} x2={plot.x(tick)} y1={plot.top} y2={plot.bottom} stroke={GRID_COLOUR} />
            <text x={plot.x(tick)} y={plot.bottom + 16} textAnchor="middle" {...AXIS_TEXT}>
              {tick}
            </text>
          </g>
        ))}
        <text x={(plot.left + plot.right) / 2} y={SLICE_HEIGHT - 4} textAnchor="middle" {...AXIS_TEXT}>
          {t('slice.axis')}
        </text>
        {TOY_ARMS.map((arm) => (
          <path
            key={arm}
            d={plot.path(result.slice.positions, result.slice.p[arm])}
            fill="none"
            stroke={ARM_COLOURS[arm]}
            strokeWidth={2.5}
          />
        ))}
      </svg>
      <p className="toy-slice-figures">
        {t('slice.figures', {
          baselineBand: formatNumber(baseline.uncertainWidth, 2),
          mixupBand: formatNumber(mixup.uncertainWidth, 2),
          baselineSlope: formatNumber(baseline.steepestSlope, 1),
          mixupSlope: formatNumber(mixup.steepestSlope, 1),
        })}
      </p>
    </figure>
  );
});
