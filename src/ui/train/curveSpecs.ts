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
  formatTick: (value: number) => string;
}

const percentTick = (value: number) => `${Math.round(100 * value)}%`;
const plainTick = (value: number) => String(value);

/** The four metrics every run draws against epochs: live on the Train tab, side by side in a comparison. */
export const CURVES: readonly CurveSpec[] = [
  { id: 'test-accuracy', title: 'Test accuracy', value: (arm) => arm.testAccuracy, yMax: 1, formatTick: percentTick },
  {
    id: 'test-loss',
    title: 'Test loss (NLL)',
    note: 'lower is better',
    value: (arm) => arm.testNll,
    formatTick: plainTick,
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
