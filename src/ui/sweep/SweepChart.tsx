import { memo, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import {
  CartesianGrid,
  ComposedChart,
  ErrorBar,
  Line,
  ReferenceArea,
  ReferenceLine,
  ResponsiveContainer,
  XAxis,
  YAxis,
} from 'recharts';
import type { AlphaAxis } from '../../views/alphaAxis';
import { fittedAxis } from '../../views/axisScale';
import type { SweepSummary } from '../../storage/sweepSummary';
import { sweepChartPoints, valuesToFit, type SweepMetricSpec } from '../../views/sweepRows';
import { exportFileName } from '../../export/fileName';
import { sweepOnScreen } from '../../state/onScreen';
import { PngButton } from '../common/PngButton';
import { ARM_COLOURS } from '../train/armColours';
import { AXIS_TEXT, GRID_COLOUR } from '../train/chartAxes';
import { useMountAfter } from '../train/useDelayedValue';

/** The sweep's legend, for its charts exported as images, in the page's language. */
const sweepLegend = (t: (key: 'results.mixupPerAlpha' | 'results.baseline') => string) => [
  { label: t('results.mixupPerAlpha'), colour: ARM_COLOURS.mixup },
  { label: t('results.baseline'), colour: ARM_COLOURS.baseline, dashed: true },
];

interface SweepChartProps {
  spec: SweepMetricSpec;
  summary: SweepSummary;
  axis: AlphaAxis;
  /** When, after the tab opens, the chart mounts its plot: each chart in a task of its own (useMountAfter). */
  mountDelayMs: number;
}

const CHART_HEIGHT = 210;

/**
 * One metric against α: the mixup arm's point per α with its spread over seeds, and the baseline,
 * which α does not touch, as a dashed reference line in a band of its own spread.
 */
export const SweepChart = memo(function SweepChart({ spec, summary, axis, mountDelayMs }: SweepChartProps) {
  const points = sweepChartPoints(summary, axis, spec.metric);
  const y = fittedAxis(valuesToFit(summary, spec.metric), { floor: spec.floor, ceiling: spec.ceiling });
  const baseline = summary.baseline?.metrics[spec.metric];
  const figure = useRef<HTMLElement>(null);
  const { t } = useTranslation('sweep');
  const drawn = useMountAfter(mountDelayMs);
  return (
    <figure ref={figure} className="curve sweep-chart" data-testid={`sweep-${spec.metric}`} data-points={points.length}>
      <figcaption>
        <span className="curve-title">{spec.title}</span>
        <span className="curve-note"> · {spec.note}</span>
        <PngButton
          figure={figure}
          label={spec.title}
          legend={sweepLegend(t)}
          fileName={() => exportFileName(sweepOnScreen(), `chart-${spec.metric}`, 'png')}
        />
      </figcaption>
      {!drawn ? (
        <div style={{ height: CHART_HEIGHT }} />
      ) : (
        <ResponsiveContainer width="100%" height={CHART_HEIGHT}>
          <ComposedChart data={points} margin={{ top: 8, right: 14, bottom: 2, left: 0 }} accessibilityLayer={false}>
            <CartesianGrid stroke={GRID_COLOUR} />
            <XAxis
              type="number"
              dataKey="x"
              domain={axis.domain}
              ticks={axis.ticks}
              interval={0}
              allowDataOverflow
              tickFormatter={axis.label}
              tick={AXIS_TEXT}
              height={34}
              label={{ value: t('results.axis'), position: 'insideBottom', offset: 0, fill: '#475569', fontSize: 12 }}
            />
            <YAxis
              type="number"
              domain={y.domain}
              ticks={y.ticks}
              interval={0}
              allowDataOverflow
              tickFormatter={spec.tick}
              tick={AXIS_TEXT}
              width={58}
            />
            {baseline && baseline.std > 0 && (
              <ReferenceArea
                y1={baseline.mean - baseline.std}
                y2={baseline.mean + baseline.std}
                fill={ARM_COLOURS.baseline}
                fillOpacity={0.1}
              />
            )}
            {baseline && (
              <ReferenceLine y={baseline.mean} stroke={ARM_COLOURS.baseline} strokeWidth={2} strokeDasharray="6 4" />
            )}
            <Line
              dataKey="mean"
              stroke={ARM_COLOURS.mixup}
              strokeWidth={2}
              dot={{ r: 4, fill: ARM_COLOURS.mixup, strokeWidth: 0 }}
              isAnimationActive={false}
            >
              <ErrorBar
                dataKey="std"
                width={6}
                stroke={ARM_COLOURS.mixup}
                strokeWidth={1.5}
                isAnimationActive={false}
              />
            </Line>
          </ComposedChart>
        </ResponsiveContainer>
      )}
    </figure>
  );
});
