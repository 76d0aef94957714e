import { describe, expect, it } from 'vitest';
import { CLASS_COLOURS, blend, paintField, probabilityColour, twoClassGradient } from './classColours';

describe('probabilityColour', () => {
  it('is the pure class colour when the model is sure', () => {
    expect(probabilityColour([0, 1])).toEqual(CLASS_COLOURS[1]);
    expect(probabilityColour([0, 0, 1])).toEqual(CLASS_COLOURS[2]);
  });

  it('is white at an even split', () => {
    expect(probabilityColour([0.5, 0.5])).toEqual([255, 255, 255]);
    expect(probabilityColour([1 / 3, 1 / 3, 1 / 3])).toEqual([255, 255, 255]);
  });

  it('at p = 0.75 is halfway between white and the 3:1 mix of the class colours', () => {
    // (109, 40, 217) and (13, 148, 136) mixed 1:3 are (37, 121, 156.25); halfway to white, rounded.
    expect(probabilityColour([0.25, 0.75])).toEqual([146, 188, 206]);
  });
});

describe('paintField', () => {
  it('paints cell after cell, each from its own K probabilities, opaque', () => {
    const pixels = new Uint8ClampedArray(12);
    paintField([1, 0, 0, 0, 0, 1, 0.5, 0.25, 0.25], 3, pixels);
    expect(Array.from(pixels)).toEqual([
      ...(CLASS_COLOURS[0] ?? []),
      255,
      ...(CLASS_COLOURS[2] ?? []),
      255,
      219,
      208,
      234,
      255,
    ]);
  });
});

describe('blend and the legend', () => {
  it('blends λ of the first colour', () => {
    expect(blend([100, 0, 0], [0, 0, 100], 0.25)).toEqual([25, 0, 75]);
  });

  it('runs from class 0 through white to class 1', () => {
    const gradient = twoClassGradient(3);
    expect(gradient).toBe('linear-gradient(to right, rgb(109, 40, 217), rgb(255, 255, 255), rgb(13, 148, 136))');
  });
});
