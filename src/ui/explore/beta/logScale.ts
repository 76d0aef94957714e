/**
 * The shape sliders' scale: a ladder of round values from MIN_SLIDER_SHAPE to MAX_SLIDER_SHAPE, about
 * 1.1× apart, the same 24 in every decade, so 0.05–0.5 gets as much travel as 1–10 and every stop is a
 * value a person would type. A slider position is a rung's index.
 */

export const MIN_SLIDER_SHAPE = 0.05;
export const MAX_SLIDER_SHAPE = 10;

/**
 * One decade's rungs: consecutive ratios between 1.07 and 1.15, and the values lessons use (0.1, 0.2,
 * 0.25, 0.4, 0.5, 1, 2, 8) are all on it.
 */
const DECADE = [1, 1.1, 1.2, 1.3, 1.5, 1.6, 1.8, 2, 2.2, 2.5, 2.7, 3, 3.3, 3.6, 4, 4.5, 5, 5.5, 6, 6.5, 7, 7.5, 8, 9];

/** toPrecision drops the float noise of m · 10^e (0.30000000000000004 is written 0.3). */
export const SHAPE_LADDER: readonly number[] = [-2, -1, 0, 1]
  .flatMap((exponent) => DECADE.map((mantissa) => Number((mantissa * 10 ** exponent).toPrecision(2))))
  .filter((shape) => shape >= MIN_SLIDER_SHAPE && shape <= MAX_SLIDER_SHAPE);

export const SLIDER_STEPS = SHAPE_LADDER.length - 1;

/** A Page key doubles or halves the shape. */
const PAGE_FACTOR = 2;
/** Shapes this close to a rung count as on it, so float noise from elsewhere cannot make a press stand still. */
const SAME = 1e-9;

/** Distance on the log scale, where the ladder's rungs are evenly spread. */
const logDistance = (a: number, b: number): number => Math.abs(Math.log(a / b));

function nearestRung(shape: number): number {
  const distances = SHAPE_LADDER.map((rung) => logDistance(rung, shape));
  return distances.indexOf(Math.min(...distances));
}

/**
 * The rung nearest a shape; shapes off the scale sit at its ends, and 0 (no mixing) or anything that
 * is not a positive number at the left end.
 */
export function positionOfShape(shape: number): number {
  return shape > 0 ? nearestRung(shape) : 0;
}

/** The shape at a slider position, rounded and clamped onto the ladder; a position that is no number gives the top. */
export function shapeAtPosition(position: number): number {
  return SHAPE_LADDER[Math.min(SLIDER_STEPS, Math.max(0, Math.round(position)))] ?? MAX_SLIDER_SHAPE;
}

/** The keys a slider answers, as KeyboardEvent.key names them. */
export const SLIDER_KEYS = [
  'ArrowUp',
  'ArrowRight',
  'ArrowDown',
  'ArrowLeft',
  'PageUp',
  'PageDown',
  'Home',
  'End',
] as const;
export type SliderKey = (typeof SLIDER_KEYS)[number];

export const isSliderKey = (key: string): key is SliderKey => (SLIDER_KEYS as readonly string[]).includes(key);

/**
 * The shape a key moves to from `shape`, always a rung unless it cannot move: an arrow goes to the
 * next rung above or below (so a shape between rungs, typed or from a link, goes to the nearer round
 * value in that direction), a Page key to the rung nearest twice or half the shape, Home and End to
 * the ends. A shape off the scale (0, or above 10) stays put when the key points further off it.
 */
export function steppedShape(shape: number, key: SliderKey): number {
  const value = shape > 0 ? shape : 0;
  const above = SHAPE_LADDER.find((rung) => rung > value * (1 + SAME)) ?? Math.max(value, MAX_SLIDER_SHAPE);
  const below = SHAPE_LADDER.filter((rung) => rung < value * (1 - SAME)).at(-1) ?? Math.min(value, MIN_SLIDER_SHAPE);
  switch (key) {
    case 'ArrowUp':
    case 'ArrowRight':
      return above;
    case 'ArrowDown':
    case 'ArrowLeft':
      return below;
    case 'PageUp':
      return Math.max(above, shapeAtPosition(positionOfShape(value * PAGE_FACTOR)));
    case 'PageDown':
      return Math.min(below, shapeAtPosition(positionOfShape(value / PAGE_FACTOR)));
    case 'Home':
      return MIN_SLIDER_SHAPE;
    case 'End':
      return MAX_SLIDER_SHAPE;
  }
}

/** Enough for any shape worth showing: typed ones may have more digits than the ladder's 2. */
const DISPLAY_DIGITS = 4;

/** A shape for display: up to 4 significant digits, no trailing zeros (0.05, 0.4, 1, 2.5, 0.7071, 25). */
export function formatShape(shape: number): string {
  return String(Number(shape.toPrecision(DISPLAY_DIGITS)));
}
