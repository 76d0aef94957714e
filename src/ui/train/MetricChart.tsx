import { memo, useMemo, useRef } from 'react';
import { CartesianGrid, Line, LineChart, ResponsiveContainer, XAxis, YAxis } from 'recharts';
import type { MetricsPoint } from '../../engine/reports';
import { exportFileName } from '../../export/fileName';
import { runOnScreen } from '../../state/onScreen';
import { PngButton } from '../common/PngButton';
import { ARM_LABELS, ARM_LEGEND } from './armColours';
import { armLine, CHART_MARGIN, curveTop, epochAxis, GRID_COLOUR, valueAxis } from './chartAxes';
import type { CurveSpec } from './curveSpecs';
import { ARMS } from '../../engine/protocol';
import { useDelayedValue } from './useDelayedValue';

interface CurvePlotProps {
  curve: CurveSpec;
  points: readonly MetricsPoint[];
  epochs: number;
}

interface MetricChartProps extends CurvePlotProps {
  /** How long after new points this chart takes them up; see useDelayedValue. */
  delayMs: number;
}

/**
 * One metric's curve for both arms against epochs. Memoised: it redraws only when its points or the
 * run change. Its axes are chartAxes.ts's; with no tooltip there is nothing to hover or
 * focus, so its keyboard layer is off and train.css turns pointer events off.
 */
const CurvePlot = memo(function CurvePlot({ curve, points, epochs }: CurvePlotProps) {
  const yMax = useMemo(() => curveTop(curve, [points]), [curve, points]);
  const figure = useRef<HTMLElement>(null);
  return (
    <figure ref={figure} className="curve" data-testid={`curve-${curve.id}`} data-points={points.length}>
      <figcaption>
        <span className="curve-title">{curve.title}</span>
        {curve.note && <span className="curve-note"> · {curve.note}</span>}
        <PngButton
          figure={figure}
          label={curve.title}
          legend={ARM_LEGEND}
          fileName={() => exportFileName(runOnScreen(), `chart-${curve.id}`, 'png')}
        />
      </figcaption>
      <ResponsiveContainer width="100%" height={190}>
        <LineChart data={points as MetricsPoint[]} margin={CHART_MARGIN} accessibilityLayer={false}>
          <CartesianGrid stroke={GRID_COLOUR} />
          <XAxis {...epochAxis(epochs)} />
          <YAxis {...valueAxis(yMax, curve.formatTick)} />
          {ARMS.map((arm) => (
            <Line key={arm} name={ARM_LABELS[arm]} {...armLine(curve, arm)} />
          ))}
        </LineChart>
      </ResponsiveContainer>
    </figure>
  );
});

export const MetricChart = memo(function MetricChart({ points, delayMs, ...plot }: MetricChartProps) {
  return <CurvePlot {...plot} points={useDelayedValue(points, delayMs)} />;
});
