import type { ArmPoint } from '../../engine/reports';

export interface CurveSpec {
  /** Names the chart in its data-testid, e.g. "test-accuracy". */
  id: string;
  title: string;
  /** What a reader needs to know to read the chart right. */
  note?: string;
  value: (arm: ArmPoint) => number;
  /** A fixed top of the y axis; without one the axis rises, in round steps, to the largest value drawn. */
  yMax?: number;
  /** The Train tab may fit the axis to where the curves settle rather than start it at 0 (up to yMax). */
  zoomable?: boolean;
  formatTick: (value: number) => string;
  /** The Train tab draws mixup − baseline of this metric beside it. */
  gap?: GapSpec;
}

export interface GapSpec {
  title: string;
  /** Which side of the zero line mixup is ahead on. */
  note: string;
  formatTick: (value: number) => string;
}

// Two decimals at most: a zoomed axis steps by fractions of a point (92.5%).
const percentTick = (value: number) => `${Number((100 * value).toFixed(2))}%`;
const plainTick = (value: number) => String(value);
const signed = (value: number) => (value > 0 ? `+${value}` : value < 0 ? `−${-value}` : '0');

/** The four metrics every run draws against epochs: live on the Train tab, side by side in a comparison. */
export const CURVES: readonly CurveSpec[] = [
  {
    id: 'test-accuracy',
    title: 'Test accuracy',
    value: (arm) => arm.testAccuracy,
    yMax: 1,
    zoomable: true,
    formatTick: percentTick,
    gap: {
      title: 'Accuracy: mixup − baseline',
      note: 'points; above 0, mixup leads',
      formatTick: (value) => signed(Number((100 * value).toFixed(2))),
    },
  },
  {
    id: 'test-loss',
    title: 'Test loss (NLL)',
    note: 'lower is better',
    value: (arm) => arm.testNll,
    zoomable: true,
    formatTick: plainTick,
    gap: {
      title: 'NLL: mixup − baseline',
      note: 'below 0, mixup leads',
      formatTick: (value) => signed(Number(value.toFixed(4))),
    },
  },
  {
    id: 'train-loss',
    title: 'Train loss',
    note: "mixup's is on its blended batches",
    value: (arm) => arm.trainLoss,
    formatTick: plainTick,
  },
  {
    id: 'ece',
    title: 'Calibration error (ECE)',
    note: 'lower is better',
    value: (arm) => arm.ece,
    formatTick: plainTick,
  },
];
