import { memo, useMemo, useRef, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { CartesianGrid, Line, LineChart, ReferenceLine, ResponsiveContainer, XAxis, YAxis } from 'recharts';
import type { MetricsPoint } from '../../contract/reports';
import { exportFileName } from '../../export/fileName';
import { gapAxis, gapSeries, zoomedAxis, type GapPoint, type ValueAxis } from './armCurves';
import { runOnScreen } from '../../state/onScreen';
import type { LegendEntry } from '../common/chartPng';
import { PngButton } from '../common/PngButton';
import { ARM_LABELS, ARM_LEGEND } from './armColours';
import { armLine, axisFromZero, CHART_MARGIN, curveTop, epochAxis, fittedValueAxis, GRID_COLOUR } from './chartAxes';
import type { CurveSpec } from './curveSpecs';
import { ARMS } from '../../contract/protocol';
import { useDelayedValue, useMountAfter } from './useDelayedValue';

const GAP_COLOUR = '#334155';
const CHART_HEIGHT = 190;
const gapLegend = (label: string): readonly LegendEntry[] => [{ label, colour: GAP_COLOUR }];

interface ChartFigureProps {
  /** Names the chart in its data-testid and its PNG's file name. */
  id: string;
  title: string;
  note?: string;
  legend: readonly LegendEntry[];
  data: readonly object[];
  epochs: number;
  axis: ValueAxis;
  formatTick: (value: number) => string;
  /** False until the chart's turn to mount (useMountAfter): its box is there, its plot not yet. */
  drawn: boolean;
  children: ReactNode;
}

/**
 * A chart of the live curves against epochs, with its caption and PNG button. Its axes are chartAxes.ts's; with no
 * tooltip there is nothing to hover or focus, so its keyboard layer is off and train.css turns pointer events off.
 * The y axis's domain is on the figure, for tests.
 */
function ChartFigure({ id, title, note, legend, data, epochs, axis, formatTick, drawn, children }: ChartFigureProps) {
  const figure = useRef<HTMLElement>(null);
  return (
    <figure
      ref={figure}
      className="curve"
      data-testid={`curve-${id}`}
      data-points={data.length}
      data-y-domain={axis.domain.join(',')}
    >
      <figcaption>
        <span className="curve-title">{title}</span>
        {note && <span className="curve-note"> · {note}</span>}
        <PngButton
          figure={figure}
          label={title}
          legend={legend}
          fileName={() => exportFileName(runOnScreen(), `chart-${id}`, 'png')}
        />
      </figcaption>
      {drawn ? (
        <ResponsiveContainer width="100%" height={CHART_HEIGHT}>
          <LineChart data={data as object[]} margin={CHART_MARGIN} accessibilityLayer={false}>
            <CartesianGrid stroke={GRID_COLOUR} />
            <XAxis {...epochAxis(epochs)} />
            <YAxis {...fittedValueAxis(axis, formatTick)} />
            {children}
          </LineChart>
        </ResponsiveContainer>
      ) : (
        <div style={{ height: CHART_HEIGHT }} />
      )}
    </figure>
  );
}

interface CurvePlotProps {
  curve: CurveSpec;
  points: readonly MetricsPoint[];
  epochs: number;
  /** Fits a zoomable curve's axis to where the curves settle, rather than from 0. */
  zoomed: boolean;
  drawn: boolean;
}

/** One metric for both arms. Memoised: it redraws only when its points, the run or the zoom change. */
const CurvePlot = memo(function CurvePlot({ curve, points, epochs, zoomed, drawn }: CurvePlotProps) {
  const { t } = useTranslation('train');
  const axis = useMemo((): ValueAxis => {
    const top = curveTop(curve, [points]);
    if (zoomed && curve.zoomable && points.length > 0)
      return zoomedAxis(points, curve.value, { floor: 0, ceiling: top });
    return axisFromZero(top);
  }, [curve, points, zoomed]);
  return (
    <ChartFigure
      id={curve.id}
      title={curve.title}
      note={zoomed && curve.zoomable ? [curve.note, t('curves.zoomed')].filter(Boolean).join(' · ') : curve.note}
      legend={ARM_LEGEND}
      data={points}
      epochs={epochs}
      axis={axis}
      formatTick={curve.formatTick}
      drawn={drawn}
    >
      {ARMS.map((arm) => (
        <Line key={arm} name={ARM_LABELS[arm]} {...armLine(curve, arm)} />
      ))}
    </ChartFigure>
  );
});

/** mixup − baseline of one metric at each quick evaluation, around the zero line where the arms are level. */
const GapPlot = memo(function GapPlot({ curve, points, epochs, drawn }: Omit<CurvePlotProps, 'zoomed'>) {
  const { t } = useTranslation('train');
  const gaps = useMemo(() => gapSeries(points, curve.value), [curve, points]);
  const axis = useMemo(() => gapAxis(points, curve.value), [curve, points]);
  if (!curve.gap) return null;
  return (
    <ChartFigure
      id={`${curve.id}-gap`}
      title={curve.gap.title}
      note={curve.gap.note}
      legend={gapLegend(t('curves.gapLegend'))}
      data={gaps}
      epochs={epochs}
      axis={axis}
      formatTick={curve.gap.formatTick}
      drawn={drawn}
    >
      <ReferenceLine y={0} stroke="#64748b" strokeWidth={1.5} />
      <Line
        dataKey={(point: GapPoint) => point.gap}
        name={t('curves.gapLegend')}
        stroke={GAP_COLOUR}
        strokeWidth={2}
        dot={false}
        isAnimationActive={false}
      />
    </ChartFigure>
  );
});

interface MetricChartProps extends CurvePlotProps {
  /** The metric's mixup − baseline chart rather than its curves. */
  gap: boolean;
  /** How long after new points this chart takes them up (useDelayedValue), and after the tab opens it mounts. */
  delayMs: number;
}

export const MetricChart = memo(function MetricChart({
  points,
  delayMs,
  gap,
  zoomed,
  ...plot
}: Omit<MetricChartProps, 'drawn'>) {
  const delayed = useDelayedValue(points, delayMs);
  const drawn = useMountAfter(delayMs);
  return gap ? (
    <GapPlot {...plot} points={delayed} drawn={drawn} />
  ) : (
    <CurvePlot {...plot} zoomed={zoomed} points={delayed} drawn={drawn} />
  );
});
