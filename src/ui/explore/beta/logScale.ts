/**
 * The shape sliders' log scale: integer positions 0…SLIDER_STEPS map to shapes from MIN_SLIDER_SHAPE
 * to MAX_SLIDER_SHAPE, each step multiplying the shape by the same factor (about 0.53%), so 0.05–0.5
 * gets as much travel as 1–10.
 */

export const MIN_SLIDER_SHAPE = 0.05;
export const MAX_SLIDER_SHAPE = 10;
export const SLIDER_STEPS = 1000;

const LOG_RANGE = Math.log(MAX_SLIDER_SHAPE / MIN_SLIDER_SHAPE);
/** Enough for any slider shape, given the shortest decimal below: none needs more than 4. */
const DISPLAY_DIGITS = 4;

/** The shape exactly at a (possibly fractional) position: MIN · (MAX/MIN)^(position/STEPS). */
export function exactShapeAt(position: number): number {
  return MIN_SLIDER_SHAPE * Math.exp((LOG_RANGE * position) / SLIDER_STEPS);
}

/**
 * The nearest whole position of a shape; shapes off the scale sit at its ends, and 0 (no mixing) or
 * anything that is not a positive number at the left end.
 */
export function positionOfShape(shape: number): number {
  if (!(shape > 0)) return 0;
  const position = Math.round((SLIDER_STEPS * Math.log(shape / MIN_SLIDER_SHAPE)) / LOG_RANGE);
  return Math.min(SLIDER_STEPS, Math.max(0, position));
}

/**
 * The shape a slider position writes: the decimal with the fewest significant digits that still maps
 * back to the same position. Rounding to a fixed number of digits would not do: 3 digits make some
 * arrow-key presses land back on the position they left, so the thumb could never pass them.
 */
export function shapeAtPosition(position: number): number {
  const whole = Math.min(SLIDER_STEPS, Math.max(0, Math.round(position)));
  const exact = exactShapeAt(whole);
  for (let digits = 1; digits < 17; digits++) {
    const shortest = Number(exact.toPrecision(digits));
    if (positionOfShape(shortest) === whole) return shortest;
  }
  return exact;
}

/** A shape for display: up to 4 significant digits, no trailing zeros (0.05, 0.4, 1, 2.5, 0.7071, 25). */
export function formatShape(shape: number): string {
  return String(Number(shape.toPrecision(DISPLAY_DIGITS)));
}
