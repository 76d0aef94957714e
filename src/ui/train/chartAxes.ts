/**
 * The axes every curve chart shares, as recharts props: the epoch axis below and a value axis from 0,
 * each with fixed domains and given ticks, all shown (interval 0), so recharts neither computes ticks
 * nor measures their text.
 */
import { quarterTicks } from '../../state/axisScale';
import { epochTicks } from '../../state/epochTicks';

export const GRID_COLOUR = '#e2e8f0';
export const AXIS_TEXT = { fill: '#475569', fontSize: 12 };
export const CHART_MARGIN = { top: 6, right: 12, bottom: 2, left: 0 };

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
    label: { value: 'epoch', position: 'insideBottom', offset: 0, fill: '#475569', fontSize: 12 },
  } as const;
}

export function valueAxis(yMax: number, formatTick: (value: number) => string) {
  return {
    type: 'number',
    domain: [0, yMax],
    ticks: quarterTicks(yMax),
    interval: 0,
    allowDataOverflow: true,
    tickFormatter: formatTick,
    tick: AXIS_TEXT,
    width: 46,
  } as const;
}
