import { describe, expect, it } from 'vitest';
import { steepestSlope, uncertainWidth } from './slice';

const positions = Float32Array.from({ length: 201 }, (_, i) => -0.5 + i / 100);
const field = (p: (t: number) => number): number[] => Array.from(positions, p);

describe('uncertainWidth and steepestSlope on hand-made fields', () => {
  it('a linear ramp from 0 at t = 0 to 1 at t = 1: width 0.8, slope 1', () => {
    const ramp = field((t) => Math.min(1, Math.max(0, t)));
    expect(uncertainWidth(positions, ramp)).toBeCloseTo(0.8, 5);
    expect(steepestSlope(positions, ramp)).toBeCloseTo(1, 4);
  });

  it('a hard step at t = 0.505 (between samples): width under one spacing, slope 1 / spacing', () => {
    const step = field((t) => (t > 0.505 ? 1 : 0));
    expect(uncertainWidth(positions, step)).toBeCloseTo(0.008, 5);
    expect(steepestSlope(positions, step)).toBeCloseTo(100, 2);
  });

  it('a flat 0.5 is unsure everywhere; a flat 0.95 nowhere', () => {
    expect(
      uncertainWidth(
        positions,
        field(() => 0.5),
      ),
    ).toBeCloseTo(2, 5);
    expect(
      uncertainWidth(
        positions,
        field(() => 0.95),
      ),
    ).toBe(0);
    expect(
      steepestSlope(
        positions,
        field(() => 0.5),
      ),
    ).toBe(0);
  });

  it('a logistic ramp p = σ(k(t − ½)) has width 2·ln 9 / k', () => {
    const k = 10;
    const logistic = field((t) => 1 / (1 + Math.exp(-k * (t - 0.5))));
    expect(uncertainWidth(positions, logistic)).toBeCloseTo((2 * Math.log(9)) / k, 3);
    expect(steepestSlope(positions, logistic)).toBeCloseTo(k / 4, 1);
  });

  it('a boundary crossed twice counts both bands', () => {
    const bump = field((t) => Math.max(0, 1 - Math.abs(t - 0.5) * 2));
    // p rises 0 → 1 over [0, 0.5] and falls back over [0.5, 1]: 0.8 · 0.5 on each side.
    expect(uncertainWidth(positions, bump)).toBeCloseTo(0.8, 5);
  });

  it('refuses mismatched lengths', () => {
    expect(() => uncertainWidth([0, 1], [0.5])).toThrow(RangeError);
  });
});
