import { describe, expect, it } from 'vitest';
import type { MnistSplit } from '../../../data/loadMnist';
import { lambdaFromBox } from '../../../mixup/cutmix';
import type { MixOptions } from '../../../mixup/mix';
import { mixBatch } from '../../../mixup/mix';
import { createRng } from '../../../mixup/rng';
import type { MixSettings } from './galleryPairs';
import { GALLERY_SIZE, drawGallery, pickDigits } from './galleryPairs';
import { softLabel } from './softLabel';

const SIDE = 28;
const PIXELS = SIDE * SIDE;

/** 40 images of random grey levels, labelled 0–9 in turn: every pixel differs, so any mix-up shows. */
function syntheticSplit(): MnistSplit {
  const count = 40;
  const rng = createRng(99);
  return {
    images: Uint8Array.from({ length: count * PIXELS }, () => Math.floor(rng() * 256)),
    labels: Uint8Array.from({ length: count }, (_, k) => k % 10),
    count,
    height: SIDE,
    width: SIDE,
  };
}

const split = syntheticSplit();
const MIXUP: MixSettings = { alpha: 0.4, beta: null, mode: 'mixup', lambdaPer: 'example' };
const CUTMIX: MixSettings = { ...MIXUP, alpha: 1, mode: 'cutmix' };

describe('pickDigits', () => {
  it('picks n distinct indices inside the split', () => {
    const picked = pickDigits(10, 10, createRng(3));
    expect([...picked].sort((a, b) => a - b)).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9]);
    expect(() => pickDigits(3, 4, createRng(3))).toThrow('cannot pick 4');
  });
});

describe('drawGallery', () => {
  it('gives the same gallery for the same seed and a different one for a new seed', () => {
    const first = drawGallery(split, 5, MIXUP);
    expect(first).toHaveLength(GALLERY_SIZE);
    expect(drawGallery(split, 5, MIXUP)).toEqual(first);
    const next = drawGallery(split, 6, MIXUP);
    expect(next.map((pair) => pair.indexI)).not.toEqual(first.map((pair) => pair.indexI));
  });

  it('blends each pixel as round(λ·x_i + (1 − λ)·x_j), with λ in float32 as the mixing applies it', () => {
    for (const pair of drawGallery(split, 7, MIXUP)) {
      const { lambda } = pair.mix;
      const expected = Array.from(pair.xi, (a, p) =>
        Math.round(Math.fround(lambda * a + (1 - lambda) * (pair.xj[p] ?? 0))),
      );
      expect(Array.from(pair.mixed)).toEqual(expected);
      expect(pair.labelI).toBe(pair.indexI % 10);
    }
  });

  it('is exactly what mixBatch makes of the same batch on the same random stream', () => {
    for (const settings of [MIXUP, CUTMIX, { ...CUTMIX, lambdaPer: 'batch' as const }]) {
      const rng = createRng(11);
      const indices = pickDigits(split.count, GALLERY_SIZE, rng);
      const batch = new Float32Array(GALLERY_SIZE * PIXELS);
      indices.forEach((index, k) => batch.set(split.images.subarray(index * PIXELS, (index + 1) * PIXELS), k * PIXELS));
      const labels = indices.map((index) => split.labels[index] ?? 0);
      const options: MixOptions = { ...settings, beta: settings.beta ?? settings.alpha };
      const reference = mixBatch(batch, labels, options, rng);

      drawGallery(split, 11, settings).forEach((pair, k) => {
        expect(pair.indexJ).toBe(indices[reference.partners[k] ?? -1]);
        expect(pair.mix.lambda).toBe(reference.lambdas[k]);
        expect(pair.mix.box).toEqual(reference.boxes?.[k] ?? null);
        const rowOf = (array: Float32Array, length: number) => Array.from(array.subarray(k * length, (k + 1) * length));
        expect(Array.from(pair.mixed)).toEqual(rowOf(reference.images, PIXELS).map(Math.round));
        const target = softLabel(pair.labelI, pair.labelJ, pair.mix.lambda).map((share) => share.fromI + share.fromJ);
        rowOf(reference.targets, 10).forEach((value, digit) => expect(target[digit]).toBeCloseTo(value, 6));
      });
    }
  });

  it('CutMix: λ is the area share of each pair’s box', () => {
    for (const pair of drawGallery(split, 8, CUTMIX)) {
      expect(pair.mix.box).not.toBeNull();
      if (pair.mix.box) expect(pair.mix.lambda).toBe(Math.fround(lambdaFromBox(pair.mix.box, SIDE, SIDE)));
    }
  });

  it('with α = 0 every λ is 1, each example is its own partner and x̃ = x_i', () => {
    for (const settings of [MIXUP, CUTMIX]) {
      for (const pair of drawGallery(split, 9, { ...settings, alpha: 0 })) {
        expect(pair.mix.lambda).toBe(1);
        expect(pair.indexJ).toBe(pair.indexI);
        expect(pair.mixed).toEqual(pair.xi);
      }
    }
  });

  it('refuses an α outside the allowed range', () => {
    expect(() => drawGallery(split, 1, { ...MIXUP, alpha: 500 })).toThrow('alpha');
  });
});
