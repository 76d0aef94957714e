/**
 * What the live curves draw beyond each arm's own line: the mixup − baseline gap at each quick evaluation, and
 * value axes fitted to where the curves settle, so a gap of a point or two is more than a couple of pixels.
 * Pure, no React.
 */
import type { ArmPoint, MetricsPoint } from '../../contract/reports';
import { fittedAxis } from '../../views/axisScale';

export interface GapPoint {
  epoch: number;
  /** mixup − baseline. */
  gap: number;
}

export type ValueAxis = ReturnType<typeof fittedAxis>;

/** mixup − baseline of one metric at each quick evaluation: both arms are evaluated at the same step. */
export function gapSeries(points: readonly MetricsPoint[], read: (arm: ArmPoint) => number): GapPoint[] {
  return points.flatMap((point) => {
    const gap = read(point.mixup) - read(point.baseline);
    return Number.isFinite(gap) ? [{ epoch: point.epoch, gap }] : [];
  });
}

/**
 * The first tenth of the steps so far, where both arms climb from chance, is left out of a zoomed axis: it would
 * stretch the axis over the climb and flatten the part worth reading. The curves enter it from below the axis.
 */
const CLIMB_SHARE = 0.1;

function settled(points: readonly MetricsPoint[]): readonly MetricsPoint[] {
  const lastStep = points.at(-1)?.step ?? 0;
  return points.filter((point) => point.step >= CLIMB_SHARE * lastStep);
}

/** An axis fitted to both arms' values after the climb, within [floor, ceiling]. */
export function zoomedAxis(
  points: readonly MetricsPoint[],
  read: (arm: ArmPoint) => number,
  bounds: { floor: number; ceiling: number },
): ValueAxis {
  return fittedAxis(
    settled(points).flatMap((point) => [read(point.baseline), read(point.mixup)]),
    bounds,
  );
}

/** An axis for the gap after the climb that always shows the zero line, where the arms are level. */
export function gapAxis(points: readonly MetricsPoint[], read: (arm: ArmPoint) => number): ValueAxis {
  return fittedAxis([0, ...gapSeries(settled(points), read).map((point) => point.gap)]);
}
