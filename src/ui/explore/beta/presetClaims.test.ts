import { describe, expect, it } from 'vitest';
import { regularizedIncompleteBeta } from '../../../mixup/testing/incompleteBeta';

/** P(λ < 0.1 or λ > 0.9) under Beta(α, α): the share of blends that are over 90% one image. */
const nearlyPure = (alpha: number): number => 2 * regularizedIncompleteBeta(0.1, alpha, alpha);

// The presets' one-line effects (ShapePresets.tsx) state these shares in words; the exact CDF backs them.
describe('the α presets say what the exact Beta CDF says', () => {
  it('0.1: 4 in 5 blends are over 90% one image', () => expect(nearlyPure(0.1)).toBeCloseTo(0.8, 1));
  it('0.4: about half', () => expect(nearlyPure(0.4)).toBeCloseTo(0.5, 1));
  it('1: λ uniform, so exactly 1 in 5', () => expect(nearlyPure(1)).toBeCloseTo(0.2, 12));
  it('2: 1 in 18', () => expect(Math.round(1 / nearlyPure(2))).toBe(18));
  it('8: almost never', () => expect(nearlyPure(8)).toBeLessThan(1e-3));
});
