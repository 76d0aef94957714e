import { describe, expect, it } from 'vitest';
import { lambdaFromBox } from '../../../mixup/cutmix';
import type { GalleryPair } from './galleryPairs';
import { FILM_FRAMES, filmStrip, scrubFrame } from './scrubPath';

const SIDE = 4;
// x_i is a vertical bar, x_j a horizontal one, so every pixel tells which image it came from.
const xi = Uint8Array.from({ length: SIDE * SIDE }, (_, p) => (p % SIDE === 1 ? 255 : 0));
const xj = Uint8Array.from({ length: SIDE * SIDE }, (_, p) => (Math.floor(p / SIDE) === 2 ? 200 : 10));

function pair(box: GalleryPair['mix']['box']): GalleryPair {
  return { indexI: 0, indexJ: 1, labelI: 1, labelJ: 7, xi, xj, mix: { lambda: 0.5, box }, mixed: new Uint8Array(0) };
}

describe('filmStrip, mixup', () => {
  const frames = filmStrip(pair(null), SIDE, SIDE);

  it('runs from exactly x_j to exactly x_i in 11 frames at λ = 0, 0.1, …, 1', () => {
    expect(frames).toHaveLength(FILM_FRAMES);
    expect(frames[0]?.mixed).toEqual(xj);
    expect(frames[FILM_FRAMES - 1]?.mixed).toEqual(xi);
    expect(frames.map((frame) => frame.mix.lambda)).toEqual(
      Array.from({ length: FILM_FRAMES }, (_, k) => Math.fround(k / 10)),
    );
  });

  it('blends the middle frame half and half: (255 + 10)/2 = 132.5 → 133, (0 + 200)/2 = 100', () => {
    const middle = scrubFrame(pair(null), 0.5, SIDE, SIDE).mixed;
    expect(middle[1]).toBe(133);
    expect(middle[8]).toBe(100);
    expect(middle[0]).toBe(5);
  });
});

describe('filmStrip, CutMix', () => {
  const frames = filmStrip(pair({ x0: 0, y0: 0, x1: 2, y1: 2 }), SIDE, SIDE);

  it('runs from exactly x_j to exactly x_i', () => {
    expect(frames[0]?.mixed).toEqual(xj);
    expect(frames[0]?.mix.box).toEqual({ x0: 0, y0: 0, x1: SIDE, y1: SIDE });
    expect(frames[FILM_FRAMES - 1]?.mixed).toEqual(xi);
  });

  it('shows the effective λ, the area share left to x_i, which never falls along the path', () => {
    const lambdas = frames.map((frame) => frame.mix.lambda);
    const areaShares = frames.map(({ mix }) => mix.box && Math.fround(lambdaFromBox(mix.box, SIDE, SIDE)));
    expect(lambdas).toEqual(areaShares);
    expect(lambdas).toEqual([...lambdas].sort((a, b) => a - b));
  });

  it('takes x_j inside the box and x_i outside it', () => {
    // Around the box centre (1, 1), λ = 0.75 asks for 4 of 16 pixels: the 2 × 2 box at the top left.
    const { mix, mixed } = scrubFrame(pair({ x0: 0, y0: 0, x1: 2, y1: 2 }), 0.75, SIDE, SIDE);
    expect(mix.box).toEqual({ x0: 0, y0: 0, x1: 2, y1: 2 });
    expect(mix.lambda).toBe(0.75);
    const expected = Array.from(xi, (value, p) => (p % SIDE < 2 && Math.floor(p / SIDE) < 2 ? xj[p] : value));
    expect(Array.from(mixed)).toEqual(expected);
  });
});
