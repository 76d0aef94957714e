import type { ArmPoint } from '../../contract/reports';
import { formatNumber, t } from '../../i18n/i18n';

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

/** A tick in the page's language with as many decimals as it has, up to `most`. */
const tickNumber = (value: number, most: number) => {
  const rounded = Number(value.toFixed(most));
  const decimals = rounded.toString().split('.')[1]?.length ?? 0;
  return formatNumber(rounded, Math.min(most, decimals));
};
// Two decimals at most: a zoomed axis steps by fractions of a point (92.5%).
const percentTick = (value: number) => `${tickNumber(100 * value, 2)}%`;
const plainTick = (value: number) => tickNumber(value, 10);
const signed = (value: number, most: number) =>
  value > 0 ? `+${tickNumber(value, most)}` : value < 0 ? `−${tickNumber(-value, most)}` : '0';

/** The four metrics every run draws against epochs: live on the Train tab, side by side in a comparison. */
export const CURVES: readonly CurveSpec[] = [
  {
    id: 'test-accuracy',
    get title() {
      return t('train:curves.testAccuracy');
    },
    value: (arm) => arm.testAccuracy,
    yMax: 1,
    zoomable: true,
    formatTick: percentTick,
    gap: {
      get title() {
        return t('train:curves.accuracyGap');
      },
      get note() {
        return t('train:curves.accuracyGapNote');
      },
      formatTick: (value) => signed(100 * value, 2),
    },
  },
  {
    id: 'test-loss',
    get title() {
      return t('train:curves.testLoss');
    },
    get note() {
      return t('train:curves.lowerIsBetter');
    },
    value: (arm) => arm.testNll,
    zoomable: true,
    formatTick: plainTick,
    gap: {
      get title() {
        return t('train:curves.nllGap');
      },
      get note() {
        return t('train:curves.nllGapNote');
      },
      formatTick: (value) => signed(value, 4),
    },
  },
  {
    id: 'train-loss',
    get title() {
      return t('train:curves.trainLoss');
    },
    get note() {
      return t('train:curves.trainLossNote');
    },
    value: (arm) => arm.trainLoss,
    formatTick: plainTick,
  },
  {
    id: 'ece',
    get title() {
      return t('train:curves.ece');
    },
    get note() {
      return t('train:curves.lowerIsBetter');
    },
    value: (arm) => arm.ece,
    formatTick: plainTick,
  },
];
