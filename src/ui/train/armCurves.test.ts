import { describe, expect, it } from 'vitest';
import type { ArmPoint, MetricsPoint } from '../../contract/reports';
import { gapAxis, gapSeries, zoomedAxis } from './armCurves';

const arm = (testAccuracy: number, testNll = 0.5): ArmPoint => ({ trainLoss: 1, testAccuracy, testNll, ece: 0.1 });
const point = (step: number, baseline: number, mixup: number, nll: [number, number] = [0.5, 0.5]): MetricsPoint => ({
  step,
  epoch: step / 10,
  examplesSeen: 32 * step,
  baseline: arm(baseline, nll[0]),
  mixup: arm(mixup, nll[1]),
});
const accuracy = (a: ArmPoint) => a.testAccuracy;

// Steps 0 to 100: the climb from chance is the first tenth (steps below 10).
const POINTS = [
  point(0, 0.1, 0.1),
  point(5, 0.6, 0.5),
  point(10, 0.931, 0.925),
  point(50, 0.953, 0.952),
  point(100, 0.928, 0.942, [0.7, 0.66]),
];

describe('gapSeries', () => {
  it('is mixup − baseline at each evaluation, at its epoch', () => {
    expect(gapSeries(POINTS, accuracy).map((p) => [p.epoch, Number(p.gap.toFixed(12))])).toEqual([
      [0, 0],
      [0.5, -0.1],
      [1, -0.006],
      [5, -0.001],
      [10, 0.014],
    ]);
  });

  it('skips an evaluation with a value that is not a number', () => {
    expect(gapSeries([point(1, NaN, 0.5), point(2, 0.5, 0.75)], accuracy)).toEqual([{ epoch: 0.2, gap: 0.25 }]);
  });
});

describe('zoomedAxis', () => {
  it('fits both arms from the end of the climb, in round steps', () => {
    // Values from step 10 on run from 0.925 to 0.953: a quarter of the range is 0.007, so steps of 0.01.
    expect(zoomedAxis(POINTS, accuracy, { floor: 0, ceiling: 1 })).toEqual({
      domain: [0.92, 0.96],
      ticks: [0.92, 0.93, 0.94, 0.95, 0.96],
    });
  });

  it('stays within its bounds', () => {
    expect(zoomedAxis([point(1, 0.99, 1)], accuracy, { floor: 0, ceiling: 1 }).domain).toEqual([0.99, 1]);
  });
});

describe('gapAxis', () => {
  it('covers the gaps after the climb and the zero line', () => {
    // Gaps from step 10 on: −0.006, −0.001, +0.014; with 0, a quarter of the range is 0.005.
    expect(gapAxis(POINTS, accuracy)).toEqual({
      domain: [-0.01, 0.015],
      ticks: [-0.01, -0.005, 0, 0.005, 0.01, 0.015],
    });
    // NLL gaps 0, 0, −0.04: the zero line is the axis's top.
    expect(gapAxis(POINTS, (a) => a.testNll).domain).toEqual([-0.04, 0]);
  });
});
