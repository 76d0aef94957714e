import { memo, useEffect, useRef, useState } from 'react';
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
        <span className="curve-title">Slice along the dashed line</span>
        <span className="curve-note">
          {' '}
          · p(class {toClass}) from class {fromClass} (0) to class {toClass} (1)
        </span>
        <PngButton
          figure={figure}
          label="slice plot"
          legend={ARM_LEGEND}
          fileName={() => exportFileName(null, `2d-${dataset}-slice`, 'png')}
        />
      </figcaption>
      <svg
        width={plot.width}
        height={SLICE_HEIGHT}
        viewBox={`0 0 ${plot.width} ${SLICE_HEIGHT}`}
        role="img"
        aria-label="p(class) along the slice, both arms"
      >
        {Y_TICKS.map((p) => (
          <g key={`y${p}`}>
            <line x1={plot.left} x2={plot.right} y1={plot.y(p)} y2={plot.y(p)} stroke={GRID_COLOUR} />
            <text x={plot.left - 6} y={plot.y(p) + 4} textAnchor="end" {...AXIS_TEXT}>
              {p}
            </text>
          </g>
        ))}
        {X_TICKS.map((t) => (
          <g key={`x${t}`}>
            <line x1={plot.x(t)} x2={plot.x(t)} y1={plot.top} y2={plot.bottom} stroke={GRID_COLOUR} />
            <text x={plot.x(t)} y={plot.bottom + 16} textAnchor="middle" {...AXIS_TEXT}>
              {t}
            </text>
          </g>
        ))}
        <text x={(plot.left + plot.right) / 2} y={SLICE_HEIGHT - 4} textAnchor="middle" {...AXIS_TEXT}>
          position along the line
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
        Unsure band (0.1 &lt; p &lt; 0.9) along the line: baseline {baseline.uncertainWidth.toFixed(2)}, mixup{' '}
        {mixup.uncertainWidth.toFixed(2)} of the distance between the two classes. Steepest slope: baseline{' '}
        {baseline.steepestSlope.toFixed(1)}, mixup {mixup.steepestSlope.toFixed(1)}.
      </p>
    </figure>
  );
});
