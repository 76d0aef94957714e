import { describe, expect, it } from 'vitest';
import {
  formatShape,
  isSliderKey,
  positionOfShape,
  SHAPE_LADDER,
  SLIDER_STEPS,
  shapeAtPosition,
  steppedShape,
  type SliderKey,
} from './logScale';

/** Presses `key` until the shape stops changing or reaches `target`; the shapes passed, in order. */
function press(from: number, key: SliderKey, target: number): number[] {
  const path = [from];
  for (let shape = from; shape !== target;) {
    const next = steppedShape(shape, key);
    if (next === shape) break;
    path.push((shape = next));
  }
  return path;
}

describe('the ladder', () => {
  it('runs from 0.05 to 10 in round values: 8 below 0.1, 24 a decade, then 10', () => {
    expect(SHAPE_LADDER.slice(0, 9)).toEqual([0.05, 0.055, 0.06, 0.065, 0.07, 0.075, 0.08, 0.09, 0.1]);
    expect(SHAPE_LADDER.at(-1)).toBe(10);
    expect(SHAPE_LADDER).toHaveLength(8 + 24 + 24 + 1);
    expect(SLIDER_STEPS).toBe(56);
    for (const shape of SHAPE_LADDER) expect(Number(shape.toPrecision(2))).toBe(shape);
  });

  it('climbs by about 1.1× a rung, never less than 1.07× or more than 1.15×', () => {
    const ratios = SHAPE_LADDER.slice(1).map((shape, i) => shape / (SHAPE_LADDER[i] ?? NaN));
    expect(Math.min(...ratios)).toBeGreaterThanOrEqual(1.066);
    expect(Math.max(...ratios)).toBeLessThanOrEqual(1.16);
  });

  it('holds the values the presets and lessons use', () => {
    for (const shape of [0.1, 0.2, 0.25, 0.4, 0.5, 1, 2, 8]) expect(SHAPE_LADDER).toContain(shape);
  });
});

describe('positions', () => {
  it('are rung indices: 0.05 at 0, 0.4 at 8 + 14 = 22, 1 at 32, 10 at the end', () => {
    expect(positionOfShape(0.05)).toBe(0);
    expect(positionOfShape(0.4)).toBe(22);
    expect(positionOfShape(1)).toBe(32);
    expect(positionOfShape(10)).toBe(SLIDER_STEPS);
    expect(shapeAtPosition(22)).toBe(0.4);
  });

  it('put a shape between rungs at the nearer one on the log scale', () => {
    // 0.34 / 0.33 = 1.030 and 0.36 / 0.34 = 1.059: nearer 0.33, at 8 + 12.
    expect(positionOfShape(0.34)).toBe(20);
    // 0.35 / 0.33 = 1.061 and 0.36 / 0.35 = 1.029: nearer 0.36.
    expect(positionOfShape(0.35)).toBe(21);
  });

  it('keep shapes off the scale at its ends', () => {
    expect(positionOfShape(0)).toBe(0);
    expect(positionOfShape(0.01)).toBe(0);
    expect(positionOfShape(-1)).toBe(0);
    expect(positionOfShape(NaN)).toBe(0);
    expect(positionOfShape(25)).toBe(SLIDER_STEPS);
    expect(shapeAtPosition(-3)).toBe(0.05);
    expect(shapeAtPosition(SLIDER_STEPS + 10)).toBe(10);
    expect(shapeAtPosition(2.4)).toBe(0.06);
    expect(shapeAtPosition(NaN)).toBe(10);
  });
});

describe('keys', () => {
  it('take 32 arrow presses from 0.05 to 1, each onto the next rung', () => {
    const up = press(0.05, 'ArrowUp', 1);
    expect(up).toEqual(SHAPE_LADDER.slice(0, 33));
    expect(press(1, 'ArrowLeft', 0.05)).toEqual([...up].reverse());
    expect(steppedShape(0.4, 'ArrowRight')).toBe(0.45);
    expect(steppedShape(0.4, 'ArrowDown')).toBe(0.36);
  });

  it('double and halve with the Page keys, onto the nearest rung', () => {
    expect(press(0.05, 'PageUp', 10)).toEqual([0.05, 0.1, 0.2, 0.4, 0.8, 1.6, 3.3, 6.5, 10]);
    expect(press(10, 'PageDown', 0.05)).toEqual([10, 5, 2.5, 1.3, 0.65, 0.33, 0.16, 0.08, 0.05]);
    expect(steppedShape(0.3, 'PageUp')).toBe(0.6);
    expect(steppedShape(0.75, 'PageUp')).toBe(1.5);
  });

  it('go to the ends with Home and End', () => {
    expect(steppedShape(0.4, 'Home')).toBe(0.05);
    expect(steppedShape(0.4, 'End')).toBe(10);
  });

  it('take a shape between rungs to the round value beyond it, not back to the rung it sits at', () => {
    expect(steppedShape(0.34, 'ArrowUp')).toBe(0.36);
    expect(steppedShape(0.34, 'ArrowDown')).toBe(0.33);
    expect(steppedShape(0.401, 'ArrowUp')).toBe(0.45);
    expect(steppedShape(0.401, 'ArrowDown')).toBe(0.4);
    // Float noise counts as on the rung: 0.1 + 0.2 steps like 0.3.
    expect(steppedShape(0.1 + 0.2, 'ArrowUp')).toBe(0.33);
    expect(steppedShape(0.1 + 0.2, 'ArrowDown')).toBe(0.27);
  });

  it('stay at an end, and leave a shape off the scale where it is when pointing further off', () => {
    expect(steppedShape(10, 'ArrowUp')).toBe(10);
    expect(steppedShape(10, 'PageUp')).toBe(10);
    expect(steppedShape(0.05, 'ArrowDown')).toBe(0.05);
    expect(steppedShape(0.05, 'PageDown')).toBe(0.05);
    expect(steppedShape(25, 'ArrowUp')).toBe(25);
    expect(steppedShape(25, 'ArrowDown')).toBe(10);
    expect(steppedShape(25, 'PageDown')).toBe(10);
    expect(steppedShape(0, 'ArrowDown')).toBe(0);
    expect(steppedShape(0, 'PageDown')).toBe(0);
    expect(steppedShape(0, 'ArrowUp')).toBe(0.05);
    expect(steppedShape(0, 'PageUp')).toBe(0.05);
  });

  it('are told from other keys', () => {
    expect(isSliderKey('PageUp')).toBe(true);
    expect(isSliderKey('Tab')).toBe(false);
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
