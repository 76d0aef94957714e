import { useId, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Bar, CartesianGrid, ComposedChart, Line, ResponsiveContainer, XAxis, YAxis } from 'recharts';
import { t } from '../../../i18n/i18n';
import type { BetaPicture } from './betaPicture';
import { formatShape } from './logScale';

const CHART_HEIGHT = 240;
/** Neither arm's colour: this chart is about λ, not about baseline or mixup. */
const CURVE_COLOUR = '#0f766e';
const BAR_COLOUR = '#cbd5e1';
const AXIS_COLOUR = '#64748b';
const LAMBDA_TICKS = [0, 0.25, 0.5, 0.75, 1];
/*
 * Object props live here, not inline: recharts stores its axes' settings and compares them on every
 * render, and a fresh object each time reads as a change that costs extra work per slider step.
 */
const MARGIN = { top: 8, right: 12, bottom: 16, left: 0 };
const INITIAL_SIZE = { width: 320, height: CHART_HEIGHT };
const UNIT_DOMAIN: [number, number] = [0, 1];
const TICK_STYLE = { fill: AXIS_COLOUR, fontSize: 13 };
const X_LABEL = { value: 'λ', position: 'insideBottom', offset: -10, fill: AXIS_COLOUR } as const;
/** The y axis's label, made once per language (see above). */
const yLabel = (value: string) =>
  ({ value, angle: -90, position: 'insideLeft', offset: 14, fill: AXIS_COLOUR }) as const;

interface BetaDensityChartProps {
  alpha: number;
  beta: number;
  picture: BetaPicture;
}

function clippingNote({ unboundedEnds, clipped }: BetaPicture): string {
  const [first, second] = unboundedEnds;
  if (first === undefined) return '';
  if (second === undefined)
    return t(clipped ? 'explore:beta.chart.unboundedOneClipped' : 'explore:beta.chart.unboundedOne', { end: first });
  return t(clipped ? 'explore:beta.chart.unboundedBothClipped' : 'explore:beta.chart.unboundedBoth', { first, second });
}

/**
 * The exact Beta density over a histogram of λs really drawn by the app's sampler, both as densities.
 * One image to assistive technology, named and described by its caption; recharts' keyboard layer is
 * off, since a Tab stop there would only read out the axes' tick labels.
 */
export function BetaDensityChart({ alpha, beta, picture }: BetaDensityChartProps) {
  const { t: translate } = useTranslation('explore');
  const captionId = useId();
  const shapes = `Beta(${formatShape(alpha)}, ${formatShape(beta)})`;
  const densityLabel = translate('beta.chart.density');
  const yAxisLabel = useMemo(() => yLabel(densityLabel), [densityLabel]);
  const yDomain = useMemo((): [number, number] => [0, picture.yMax], [picture.yMax]);
  return (
    <figure className="beta-figure">
      <div
        className="beta-chart"
        data-testid="beta-density"
        data-histogram={picture.bins.map((bar) => bar.density.toFixed(4)).join(' ')}
        role="img"
        aria-label={translate('beta.chart.label', { shapes })}
        aria-describedby={captionId}
      >
        <ResponsiveContainer width="100%" height={CHART_HEIGHT} initialDimension={INITIAL_SIZE}>
          <ComposedChart data={picture.bins} margin={MARGIN} barCategoryGap={1} accessibilityLayer={false}>
            <CartesianGrid stroke="#e2e8f0" vertical={false} />
            <XAxis
              dataKey="x"
              type="number"
              domain={UNIT_DOMAIN}
              ticks={LAMBDA_TICKS}
              stroke={AXIS_COLOUR}
              tick={TICK_STYLE}
              label={X_LABEL}
            />
            <YAxis
              type="number"
              domain={yDomain}
              ticks={picture.yTicks}
              allowDataOverflow
              width={58}
              stroke={AXIS_COLOUR}
              tick={TICK_STYLE}
              label={yAxisLabel}
            />
            {/* Bars get an axis of their own: on a shared one, recharts sizes them by the curve's 200-point step. */}
            <XAxis xAxisId="bins" dataKey="x" type="number" domain={UNIT_DOMAIN} hide />
            <Bar xAxisId="bins" dataKey="density" fill={BAR_COLOUR} isAnimationActive={false} />
            <Line
              data={picture.curve}
              dataKey="density"
              className="beta-curve"
              stroke={CURVE_COLOUR}
              strokeWidth={2.5}
              dot={false}
              activeDot={false}
              isAnimationActive={false}
            />
          </ComposedChart>
        </ResponsiveContainer>
      </div>
      <figcaption id={captionId}>
        <span className="beta-key beta-key-curve" aria-hidden="true" /> {translate('beta.chart.curve', { shapes })}
        <span className="beta-key beta-key-bars" aria-hidden="true" /> {translate('beta.chart.bars')}
        {clippingNote(picture)}
      </figcaption>
    </figure>
  );
}
