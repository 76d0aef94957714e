import { describe, expect, it } from 'vitest';
import { exactShapeAt, formatShape, positionOfShape, SLIDER_STEPS, shapeAtPosition } from './logScale';

describe('the log scale by hand', () => {
  it('runs from 0.05 at position 0 to 10 at the last position', () => {
    expect(shapeAtPosition(0)).toBe(0.05);
    expect(shapeAtPosition(SLIDER_STEPS)).toBe(10);
  });

  it('puts the geometric mean √(0.05 · 10) = √0.5 ≈ 0.70711 at the midpoint', () => {
    expect(exactShapeAt(SLIDER_STEPS / 2)).toBeCloseTo(Math.SQRT1_2, 12);
    // 0.71 would map to position 501 (1000 · ln 14.2 / ln 200 = 500.7), so the slider writes 0.707.
    expect(shapeAtPosition(SLIDER_STEPS / 2)).toBe(0.707);
  });

  it('places the presets where ln(α / 0.05) / ln 200 says', () => {
    // 0.4: 1000 · ln 8 / ln 200 = 392.47; 1: 1000 · ln 20 / ln 200 = 565.40; 2: 1000 · ln 40 / ln 200 = 696.22.
    expect(positionOfShape(0.4)).toBe(392);
    expect(positionOfShape(1)).toBe(565);
    expect(positionOfShape(2)).toBe(696);
    expect(shapeAtPosition(392)).toBe(0.4);
  });

  it('keeps shapes off the scale at its ends', () => {
    expect(positionOfShape(0)).toBe(0);
    expect(positionOfShape(0.01)).toBe(0);
    expect(positionOfShape(-1)).toBe(0);
    expect(positionOfShape(NaN)).toBe(0);
    expect(positionOfShape(25)).toBe(SLIDER_STEPS);
    expect(shapeAtPosition(-3)).toBe(0.05);
    expect(shapeAtPosition(SLIDER_STEPS + 10)).toBe(10);
  });
});

describe('the slider round trip', () => {
  const positions = Array.from({ length: SLIDER_STEPS + 1 }, (_, i) => i);

  it('maps every position to a shape that maps back to it, so an arrow key always moves the thumb', () => {
    for (const position of positions) expect(positionOfShape(shapeAtPosition(position))).toBe(position);
  });

  it('writes shapes within half a step of the exact scale, with at most 4 significant digits', () => {
    const halfStep = Math.log(10 / 0.05) / SLIDER_STEPS / 2;
    for (const position of positions) {
      const shape = shapeAtPosition(position);
      expect(Math.abs(Math.log(shape / exactShapeAt(position)))).toBeLessThanOrEqual(halfStep);
      expect(formatShape(shape)).toBe(String(shape));
    }
  });
});

describe('formatShape', () => {
  it.each([
    [0.05, '0.05'],
    [0.4, '0.4'],
    [1, '1'],
    [2.5, '2.5'],
    [10, '10'],
    [100, '100'],
    [Math.SQRT1_2, '0.7071'],
    [0.123456, '0.1235'],
    [0.30000000000000004, '0.3'],
    [12.3456, '12.35'],
    [0, '0'],
  ])('shows %s as %s', (shape, text) => {
    expect(formatShape(shape)).toBe(text);
  });
});
