import { useId, useLayoutEffect, useRef, useState, type RefObject } from 'react';
import { useTranslation } from 'react-i18next';
import { t } from '../../../i18n/i18n';
import type { BetaPicture, DensityPoint } from './betaPicture';
import { formatShape } from './logScale';

const CHART_HEIGHT = 240;
/** Neither arm's colour: this chart is about λ, not about baseline or mixup. */
const CURVE_COLOUR = '#0f766e';
const BAR_COLOUR = '#cbd5e1';
const AXIS_COLOUR = '#64748b';
const GRID_COLOUR = '#e2e8f0';
const LAMBDA_TICKS = [0, 0.25, 0.5, 0.75, 1];
/** The plot's box inside the SVG: room for the y axis's ticks and title on the left, the x axis's below. */
const PLOT = { top: 8, right: 12, bottom: 46, left: 58 };
const INITIAL_WIDTH = 320;
const FONT_SIZE = 13;

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

/** The chart's width, measured before the first paint and followed as the page resizes. */
function useWidth(): [RefObject<HTMLDivElement | null>, number] {
  const ref = useRef<HTMLDivElement>(null);
  const [width, setWidth] = useState(INITIAL_WIDTH);
  useLayoutEffect(() => {
    const element = ref.current;
    if (!element) return;
    const measure = () => setWidth(Math.max(INITIAL_WIDTH / 2, Math.floor(element.clientWidth)));
    measure();
    const observer = new ResizeObserver(measure);
    observer.observe(element);
    return () => observer.disconnect();
  }, []);
  return [ref, width];
}

const round = (value: number): number => Math.round(value * 100) / 100;

/** The curve as one path, in the plot's pixels; the clip path cuts off what rises above yMax. */
function curvePath(curve: DensityPoint[], x: (v: number) => number, y: (v: number) => number): string {
  return curve
    .map((point, i) => `${i === 0 ? 'M' : 'L'}${round(x(point.x))},${round(y(Math.min(point.density, 1e6)))}`)
    .join('');
}

/**
 * The exact Beta density over a histogram of λs really drawn by the app's sampler, both as densities.
 * One image to assistive technology, named and described by its caption. A small SVG drawn here rather
 * than a charting library, so the first tab loads and redraws it without one.
 */
export function BetaDensityChart({ alpha, beta, picture }: BetaDensityChartProps) {
  const { t: translate } = useTranslation('explore');
  const captionId = useId();
  const clipId = useId();
  const [ref, width] = useWidth();
  const shapes = `Beta(${formatShape(alpha)}, ${formatShape(beta)})`;
  const plotWidth = width - PLOT.left - PLOT.right;
  const plotHeight = CHART_HEIGHT - PLOT.top - PLOT.bottom;
  const x = (value: number) => PLOT.left + value * plotWidth;
  const y = (value: number) => PLOT.top + plotHeight * (1 - value / picture.yMax);
  const bottom = PLOT.top + plotHeight;
  const binWidth = plotWidth / Math.max(1, picture.bins.length);
  return (
    <figure className="beta-figure">
      <div
        ref={ref}
        className="beta-chart"
        data-testid="beta-density"
        data-histogram={picture.bins.map((bar) => bar.density.toFixed(4)).join(' ')}
        role="img"
        aria-label={translate('beta.chart.label', { shapes })}
        aria-describedby={captionId}
      >
        <svg width={width} height={CHART_HEIGHT} fontSize={FONT_SIZE} aria-hidden="true">
          <defs>
            <clipPath id={clipId}>
              <rect x={PLOT.left} y={PLOT.top} width={plotWidth} height={plotHeight} />
            </clipPath>
          </defs>
          {picture.yTicks.map((tick) => (
            <g key={tick}>
              {tick > 0 && (
                <line x1={PLOT.left} x2={PLOT.left + plotWidth} y1={y(tick)} y2={y(tick)} stroke={GRID_COLOUR} />
              )}
              <text x={PLOT.left - 8} y={y(tick)} dy="0.35em" textAnchor="end" fill={AXIS_COLOUR}>
                {tick}
              </text>
            </g>
          ))}
          <g clipPath={`url(#${clipId})`}>
            {picture.bins.map((bar) => (
              <rect
                key={bar.x}
                className="beta-bar"
                x={round(x(bar.x) - binWidth / 2 + 0.5)}
                y={round(y(bar.density))}
                width={round(Math.max(0, binWidth - 1))}
                height={round(Math.max(0, bottom - y(bar.density)))}
                fill={BAR_COLOUR}
              />
            ))}
            <path
              className="beta-curve"
              d={curvePath(picture.curve, x, y)}
              fill="none"
              stroke={CURVE_COLOUR}
              strokeWidth={2.5}
              strokeLinejoin="round"
            />
          </g>
          <line x1={PLOT.left} x2={PLOT.left} y1={PLOT.top} y2={bottom} stroke={AXIS_COLOUR} />
          <line x1={PLOT.left} x2={PLOT.left + plotWidth} y1={bottom} y2={bottom} stroke={AXIS_COLOUR} />
          {LAMBDA_TICKS.map((tick) => (
            <g key={tick}>
              <line x1={x(tick)} x2={x(tick)} y1={bottom} y2={bottom + 6} stroke={AXIS_COLOUR} />
              <text x={x(tick)} y={bottom + 20} textAnchor="middle" fill={AXIS_COLOUR}>
                {tick}
              </text>
            </g>
          ))}
          <text x={PLOT.left + plotWidth / 2} y={CHART_HEIGHT - 6} textAnchor="middle" fill={AXIS_COLOUR}>
            λ
          </text>
          <text
            transform={`translate(${PLOT.left - 44}, ${PLOT.top + plotHeight / 2}) rotate(-90)`}
            textAnchor="middle"
            fill={AXIS_COLOUR}
          >
            {translate('beta.chart.density')}
          </text>
        </svg>
      </div>
      <figcaption id={captionId}>
        <span className="beta-key beta-key-curve" aria-hidden="true" /> {translate('beta.chart.curve', { shapes })}
        <span className="beta-key beta-key-bars" aria-hidden="true" /> {translate('beta.chart.bars')}
        {clippingNote(picture)}
      </figcaption>
    </figure>
  );
}
