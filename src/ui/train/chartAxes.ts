/**
 * What every curve chart shares, as recharts props: the epoch axis below and a value axis from 0,
 * each with fixed domains and given ticks, all shown (interval 0), so recharts neither computes ticks
 * nor measures their text; and each arm's line.
 */
import { ARMS, type ArmName } from '../../contract/protocol';
import type { MetricsPoint } from '../../contract/reports';
import type { ValueAxis } from './armCurves';
import { niceCeiling, quarterTicks } from '../../views/axisScale';
import { epochTicks } from './epochTicks';
import { t } from '../../i18n/i18n';
import { ARM_COLOURS } from './armColours';
import type { CurveSpec } from './curveSpecs';

export const GRID_COLOUR = '#e2e8f0';
export const AXIS_TEXT = { fill: '#475569', fontSize: 12 };
export const CHART_MARGIN = { top: 6, right: 12, bottom: 2, left: 0 };

/** The epoch axis, named in the page's language when it is drawn. */
export function epochAxis(epochs: number) {
  return {
    type: 'number',
    dataKey: 'epoch',
    domain: [0, epochs],
    ticks: epochTicks(epochs),
    interval: 0,
    allowDataOverflow: true,
    tick: AXIS_TEXT,
    height: 34,
    label: { value: t('train:curves.epochAxis'), position: 'insideBottom', offset: 0, fill: '#475569', fontSize: 12 },
  } as const;
}

export function valueAxis(yMax: number, formatTick: (value: number) => string) {
  return fittedValueAxis(axisFromZero(yMax), formatTick);
}

/** From 0 to `yMax` in quarters. */
export function axisFromZero(yMax: number): ValueAxis {
  return { domain: [0, yMax], ticks: quarterTicks(yMax) };
}

/** A value axis over any domain, e.g. one zoomed to the curves or one around a zero line. */
export function fittedValueAxis({ domain, ticks }: ValueAxis, formatTick: (value: number) => string) {
  return {
    type: 'number',
    domain,
    ticks,
    interval: 0,
    allowDataOverflow: true,
    tickFormatter: formatTick,
    tick: AXIS_TEXT,
    width: 46,
  } as const;
}

/**
 * The top of a curve's value axis: its fixed top, or a round one above the largest value of any arm in any of the point
 * sets.
 */
export function curveTop(curve: CurveSpec, pointSets: readonly (readonly MetricsPoint[])[]): number {
  if (curve.yMax !== undefined) return curve.yMax;
  let largest = 0;
  for (const points of pointSets) {
    for (const point of points) {
      for (const arm of ARMS) {
        const value = curve.value(point[arm]);
        if (Number.isFinite(value) && value > largest) largest = value;
      }
    }
  }
  return niceCeiling(largest);
}

/** One arm's line of a curve, in the arm's colour. */
export function armLine(curve: CurveSpec, arm: ArmName) {
  return {
    dataKey: (point: MetricsPoint) => curve.value(point[arm]),
    stroke: ARM_COLOURS[arm],
    strokeWidth: 2,
    dot: false,
    isAnimationActive: false,
  } as const;
}
