import { describe, expect, it } from 'vitest';
import { fittedAxis, niceCeiling, quarterTicks } from './axisScale';

describe('niceCeiling', () => {
  it('rounds up to a top whose quarters are round', () => {
    expect(niceCeiling(0.26)).toBe(0.32);
    expect(niceCeiling(2.31)).toBe(2.4);
    expect(niceCeiling(0.041)).toBe(0.06);
    expect(niceCeiling(7)).toBe(8);
    expect(niceCeiling(8.5)).toBe(10);
  });

  it('keeps a top that is already round', () => {
    expect(niceCeiling(0.2 + 0.4)).toBe(0.6);
    expect(niceCeiling(2)).toBe(2);
    expect(niceCeiling(0.4)).toBe(0.4);
  });

  it('falls back to 1 when there is nothing to scale', () => {
    expect(niceCeiling(0)).toBe(1);
    expect(niceCeiling(Number.NaN)).toBe(1);
    expect(niceCeiling(Number.POSITIVE_INFINITY)).toBe(1);
  });
});

describe('quarterTicks', () => {
  it('divides the axis into quarters', () => {
    expect(quarterTicks(0.32)).toEqual([0, 0.08, 0.16, 0.24, 0.32]);
    expect(quarterTicks(2.4)).toEqual([0, 0.6, 1.2, 1.8, 2.4]);
  });
});

describe('fittedAxis', () => {
  it('fits round ends a round step apart around the values', () => {
    expect(fittedAxis([0.9312, 0.9468, 0.9405])).toEqual({
      domain: [0.93, 0.95],
      ticks: [0.93, 0.935, 0.94, 0.945, 0.95],
    });
    expect(fittedAxis([0.21, 0.58])).toEqual({ domain: [0.2, 0.6], ticks: [0.2, 0.3, 0.4, 0.5, 0.6] });
  });

  it('keeps inside the floor and ceiling it is given', () => {
    const { domain, ticks } = fittedAxis([0.97, 1], { ceiling: 1 });
    expect(domain[1]).toBe(1);
    expect(ticks.at(-1)).toBe(1);
    expect(fittedAxis([0.001, 0.03], { floor: 0 }).domain[0]).toBe(0);
  });

  it('widens a single value into a range around it, and survives no values at all', () => {
    const { domain } = fittedAxis([0.5, 0.5]);
    expect(domain[0]).toBeLessThan(0.5);
    expect(domain[1]).toBeGreaterThan(0.5);
    expect(fittedAxis([]).domain).toEqual([0, 1]);
    expect(fittedAxis([NaN, 2, 2]).ticks.length).toBeGreaterThan(1);
  });
});
