import { describe, expect, it } from 'vitest';
import { niceCeiling, quarterTicks } from './axisScale';

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
