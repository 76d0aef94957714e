/**
 * The 2-D pictures' colours: each class its own hue, distinct from the arms' blue and orange so a class
 * is never read as an arm. A cell is the probability-weighted mix of the class colours, faded towards
 * white as the model grows unsure, so the boundary's sharpness is the width of the pale band.
 */

export type Rgb = readonly [number, number, number];

export const CLASS_COLOURS: readonly Rgb[] = [
  [109, 40, 217],
  [13, 148, 136],
  [219, 39, 119],
];

const WHITE: Rgb = [255, 255, 255];

export const rgbText = ([r, g, b]: Rgb): string => `rgb(${Math.round(r)}, ${Math.round(g)}, ${Math.round(b)})`;

export const classColour = (label: number): Rgb => CLASS_COLOURS[label % CLASS_COLOURS.length] ?? WHITE;

/** λ·a + (1 − λ)·b, channel by channel. */
export const blend = (a: Rgb, b: Rgb, lambda: number): Rgb => [
  lambda * a[0] + (1 - lambda) * b[0],
  lambda * a[1] + (1 - lambda) * b[1],
  lambda * a[2] + (1 - lambda) * b[2],
];

/**
 * Paints cells of K probabilities each into RGBA pixels: each cell the probability-weighted mix of the
 * class colours, kept in proportion to how far its top probability is above an even 1/K (0 → white, 1 →
 * the pure class colour). No allocation per cell: it runs on the main thread for every frame of a run.
 */
export function paintField(probs: ArrayLike<number>, numClasses: number, pixels: Uint8ClampedArray): void {
  const cells = pixels.length / 4;
  const even = 1 / numClasses;
  for (let cell = 0; cell < cells; cell++) {
    let r = 0;
    let g = 0;
    let b = 0;
    let top = 0;
    for (let k = 0; k < numClasses; k++) {
      const p = probs[cell * numClasses + k] ?? 0;
      const colour = CLASS_COLOURS[k % CLASS_COLOURS.length] ?? WHITE;
      r += p * colour[0];
      g += p * colour[1];
      b += p * colour[2];
      if (p > top) top = p;
    }
    const sure = Math.min(1, Math.max(0, (top - even) / (1 - even)));
    pixels[4 * cell] = sure * r + (1 - sure) * 255;
    pixels[4 * cell + 1] = sure * g + (1 - sure) * 255;
    pixels[4 * cell + 2] = sure * b + (1 - sure) * 255;
    pixels[4 * cell + 3] = 255;
  }
}

/** The colour of one cell's K probabilities, as `paintField` paints it. */
export function probabilityColour(probs: readonly number[]): Rgb {
  const pixel = new Uint8ClampedArray(4);
  paintField(probs, probs.length, pixel);
  return [pixel[0] ?? 0, pixel[1] ?? 0, pixel[2] ?? 0];
}

/** A CSS gradient of p(class 1) from 0 to 1 in the pictures' colours: the two-class legend. */
export function twoClassGradient(stops = 11): string {
  const colours = Array.from({ length: stops }, (_, i) => {
    const p = i / (stops - 1);
    return rgbText(probabilityColour([1 - p, p]));
  });
  return `linear-gradient(to right, ${colours.join(', ')})`;
}
