import { describe, expect, it } from 'vitest';
import type { MixOptions } from './mix';
import { drawMixPlan, mixBatch } from './mix';
import { createRng } from './rng';
import { scriptedRng } from './testing/scriptedRng';

/**
 * Draws that make Beta(1, 1) return exactly ½: with Box–Muller inputs (0, 0) the normal is Z = 0,
 * so Marsaglia–Tsang proposes G = d·(1 + c·0)³ = d and accepts it for U = 0; both Gamma draws equal
 * d and λ = d/(d + d) = ½. Two normal inputs and one U per Gamma, two Gammas per λ.
 */
const HALF_LAMBDA_DRAWS = [0, 0, 0, 0, 0, 0];

/** A batch of N random H × W images with values in [0, 1) and random labels. */
function randomBatch(n: number, height: number, width: number, seed: number) {
  const rng = createRng(seed);
  const images = Float32Array.from({ length: n * height * width }, rng);
  const labels = Int32Array.from({ length: n }, () => Math.floor(rng() * 10));
  return { images, labels };
}

function row(array: Float32Array, index: number, length: number): number[] {
  return Array.from(array.subarray(index * length, (index + 1) * length));
}

describe('mixBatch, mixup, by hand', () => {
  // Three 2 × 2 images and labels 0, 1, 2 of K = 3 classes.
  const images = Float32Array.from([0, 0.25, 0.5, 1, 1, 1, 0, 0, 0.5, 0.5, 0.5, 0.5]);
  const labels = [0, 1, 2];
  const options: MixOptions = { alpha: 1, mode: 'mixup', lambdaPer: 'batch', numClasses: 3, height: 2, width: 2 };

  it('mixes with the partners of the permutation and λ = ½', () => {
    // Fisher–Yates with draws 0, 0: swap positions 2↔0 → [2, 1, 0], then 1↔0 → [1, 2, 0].
    const rng = scriptedRng([0, 0, ...HALF_LAMBDA_DRAWS]);
    const result = mixBatch(images, labels, options, rng);
    expect(Array.from(result.partners)).toEqual([1, 2, 0]);
    expect(Array.from(result.lambdas)).toEqual([0.5, 0.5, 0.5]);
    // x̃_i = ½·x_i + ½·x_{partner}
    expect(Array.from(result.images)).toEqual([0.5, 0.625, 0.25, 0.5, 0.75, 0.75, 0.25, 0.25, 0.25, 0.375, 0.5, 0.75]);
    expect(Array.from(result.targets)).toEqual([0.5, 0.5, 0, 0, 0.5, 0.5, 0.5, 0, 0.5]);
    expect(result.boxes).toBeNull();
  });

  it('smooths the labels before mixing (ε = 0.375, K = 4: 0.71875 on the class, 0.09375 elsewhere)', () => {
    const rng = scriptedRng([0, 0, ...HALF_LAMBDA_DRAWS]);
    const result = mixBatch(images, labels, { ...options, numClasses: 4, labelSmoothing: 0.375 }, rng);
    // Row 0 mixes class 0 with class 1: ½·[.71875, .09375, .09375, .09375] + ½·[.09375, .71875, .09375, .09375].
    expect(row(result.targets, 0, 4)).toEqual([0.40625, 0.40625, 0.09375, 0.09375]);
    expect(row(result.targets, 1, 4)).toEqual([0.09375, 0.40625, 0.40625, 0.09375]);
    expect(row(result.targets, 2, 4)).toEqual([0.40625, 0.09375, 0.40625, 0.09375]);
  });

  it('draws one λ per example with lambdaPer "example"', () => {
    const rng = scriptedRng([0, 0, ...HALF_LAMBDA_DRAWS, ...HALF_LAMBDA_DRAWS, ...HALF_LAMBDA_DRAWS]);
    const result = mixBatch(images, labels, { ...options, lambdaPer: 'example' }, rng);
    expect(Array.from(result.lambdas)).toEqual([0.5, 0.5, 0.5]);
    expect(() => rng()).toThrow('exhausted');
  });
});

describe('mixBatch, mixup, properties', () => {
  const height = 28;
  const width = 28;
  const pixels = height * width;
  const { images, labels } = randomBatch(32, height, width, 4);

  it.each(['batch', 'example'] as const)(
    'obeys the mixup formulas for images and targets (lambdaPer %s)',
    (lambdaPer) => {
      const result = mixBatch(images, labels, { alpha: 0.4, mode: 'mixup', lambdaPer }, createRng(12));
      for (let i = 0; i < labels.length; i++) {
        const lam = result.lambdas[i] ?? NaN;
        const j = result.partners[i] ?? NaN;
        for (let p = 0; p < pixels; p++) {
          const expected = lam * (images[i * pixels + p] ?? NaN) + (1 - lam) * (images[j * pixels + p] ?? NaN);
          expect(Math.abs((result.images[i * pixels + p] ?? NaN) - expected)).toBeLessThan(1e-6);
        }
        const targets = row(result.targets, i, 10);
        expect(targets.reduce((a, b) => a + b, 0)).toBeCloseTo(1, 6);
        for (let k = 0; k < 10; k++) {
          const expected = lam * (labels[i] === k ? 1 : 0) + (1 - lam) * (labels[j] === k ? 1 : 0);
          expect(Math.abs((targets[k] ?? NaN) - expected)).toBeLessThan(1e-6);
        }
      }
    },
  );

  it('shares one λ for the batch and varies it per example', () => {
    const shared = mixBatch(images, labels, { alpha: 1, mode: 'mixup', lambdaPer: 'batch' }, createRng(2));
    expect(new Set(shared.lambdas).size).toBe(1);
    const varied = mixBatch(images, labels, { alpha: 1, mode: 'mixup', lambdaPer: 'example' }, createRng(2));
    expect(new Set(varied.lambdas).size).toBe(labels.length);
  });

  it('uses a permutation of the batch as partners', () => {
    const result = mixBatch(images, labels, { alpha: 1, mode: 'mixup', lambdaPer: 'batch' }, createRng(3));
    expect(Array.from(result.partners).sort((a, b) => a - b)).toEqual(Array.from({ length: 32 }, (_, i) => i));
  });

  it('is reproducible for a seed', () => {
    const options: MixOptions = { alpha: 0.2, mode: 'mixup', lambdaPer: 'example' };
    expect(mixBatch(images, labels, options, createRng(9))).toEqual(mixBatch(images, labels, options, createRng(9)));
  });

  it('does not modify its inputs', () => {
    const imagesCopy = images.slice();
    const labelsCopy = labels.slice();
    mixBatch(images, labels, { alpha: 1, mode: 'mixup', lambdaPer: 'example' }, createRng(1));
    mixBatch(images, labels, { alpha: 1, mode: 'cutmix', lambdaPer: 'example' }, createRng(1));
    expect(images).toEqual(imagesCopy);
    expect(labels).toEqual(labelsCopy);
  });
});

describe('mixBatch with α = 0 (mixing off)', () => {
  const { images, labels } = randomBatch(5, 4, 4, 1);

  it.each(['mixup', 'cutmix'] as const)('%s: returns the batch unchanged without drawing', (mode) => {
    const result = mixBatch(
      images,
      labels,
      { alpha: 0, mode, lambdaPer: 'example', height: 4, width: 4 },
      scriptedRng([]),
    );
    expect(result.images).toEqual(images);
    expect(result.images).not.toBe(images);
    expect(Array.from(result.partners)).toEqual([0, 1, 2, 3, 4]);
    expect(Array.from(result.lambdas)).toEqual([1, 1, 1, 1, 1]);
    for (let i = 0; i < 5; i++) {
      expect(row(result.targets, i, 10)).toEqual(Array.from({ length: 10 }, (_, k) => (k === labels[i] ? 1 : 0)));
    }
    if (mode === 'cutmix') expect(result.boxes?.every((box) => box.x0 === box.x1)).toBe(true);
    else expect(result.boxes).toBeNull();
  });

  it('still applies label smoothing', () => {
    const options: MixOptions = {
      alpha: 0,
      mode: 'mixup',
      lambdaPer: 'batch',
      labelSmoothing: 0.5,
      numClasses: 2,
      height: 4,
      width: 4,
    };
    const result = mixBatch(images, [0, 1, 1, 0, 1], options, scriptedRng([]));
    // (1 − ½)·one-hot + ½/2
    expect(Array.from(result.targets)).toEqual([0.75, 0.25, 0.25, 0.75, 0.25, 0.75, 0.75, 0.25, 0.25, 0.75]);
  });
});

describe('mixBatch, CutMix', () => {
  it('pastes one box for the batch and corrects λ to the kept share, by hand', () => {
    // Two 4 × 4 images: image 0 holds k/32, image 1 holds ½ + k/32 at pixel k.
    const images = Float32Array.from({ length: 32 }, (_, k) => (k < 16 ? k / 32 : 0.5 + (k - 16) / 32));
    // Permutation of 2 with draw 0 → partners [1, 0]. λ = ½ → r = √½, cut = ⌊4·0.707⌋ = 2,
    // half = 1; centre (cy, cx) = (⌊0.5·4⌋, ⌊0.25·4⌋) = (2, 1) → rows [1, 3), columns [0, 2).
    const rng = scriptedRng([0, ...HALF_LAMBDA_DRAWS, 0.5, 0.25]);
    const result = mixBatch(images, [3, 7], { alpha: 1, mode: 'cutmix', lambdaPer: 'batch', height: 4, width: 4 }, rng);
    expect(result.boxes).toEqual([
      { y0: 1, y1: 3, x0: 0, x1: 2 },
      { y0: 1, y1: 3, x0: 0, x1: 2 },
    ]);
    // Pixels 4, 5, 8, 9 are swapped between the images; 4 of 16 pasted → λ = 1 − 4/16 = 0.75.
    expect(row(result.images, 0, 16).map((v) => v * 32)).toEqual([
      0, 1, 2, 3, 20, 21, 6, 7, 24, 25, 10, 11, 12, 13, 14, 15,
    ]);
    expect(row(result.images, 1, 16).map((v) => v * 32)).toEqual([
      16, 17, 18, 19, 4, 5, 22, 23, 8, 9, 26, 27, 28, 29, 30, 31,
    ]);
    expect(Array.from(result.lambdas)).toEqual([0.75, 0.75]);
    expect(row(result.targets, 0, 10)).toEqual([0, 0, 0, 0.75, 0, 0, 0, 0.25, 0, 0]);
    expect(row(result.targets, 1, 10)).toEqual([0, 0, 0, 0.25, 0, 0, 0, 0.75, 0, 0]);
  });

  it.each(['batch', 'example'] as const)(
    'lambdaPer %s: box pixels from the partner, the rest from the original, λ from the area',
    (lambdaPer) => {
      const height = 28;
      const width = 28;
      const { images, labels } = randomBatch(16, height, width, 6);
      const result = mixBatch(images, labels, { alpha: 1, mode: 'cutmix', lambdaPer }, createRng(21));
      const boxes = result.boxes ?? [];
      expect(boxes).toHaveLength(16);
      for (let i = 0; i < 16; i++) {
        const box = boxes[i] ?? { x0: 0, x1: 0, y0: 0, y1: 0 };
        const j = result.partners[i] ?? NaN;
        for (let y = 0; y < height; y++) {
          for (let x = 0; x < width; x++) {
            const inside = x >= box.x0 && x < box.x1 && y >= box.y0 && y < box.y1;
            const source = inside ? j : i;
            expect(result.images[i * 784 + y * width + x]).toBe(images[source * 784 + y * width + x]);
          }
        }
        const area = (box.x1 - box.x0) * (box.y1 - box.y0);
        const lam = result.lambdas[i] ?? NaN;
        expect(lam).toBe(Math.fround(1 - area / 784));
        expect(Math.round((1 - lam) * 784)).toBe(area);
        const targets = row(result.targets, i, 10);
        for (let k = 0; k < 10; k++) {
          const expected = lam * (labels[i] === k ? 1 : 0) + (1 - lam) * (labels[j] === k ? 1 : 0);
          expect(Math.abs((targets[k] ?? NaN) - expected)).toBeLessThan(1e-6);
        }
      }
      const distinctBoxes = new Set(boxes.map((box) => JSON.stringify(box))).size;
      if (lambdaPer === 'batch') expect(distinctBoxes).toBe(1);
      else expect(distinctBoxes).toBeGreaterThan(1);
    },
  );
});

describe('mixBatch validation', () => {
  const images = new Float32Array(2 * 784);
  const labels = [0, 1];
  const base: MixOptions = { alpha: 1, mode: 'mixup', lambdaPer: 'batch' };
  const run = (options: Partial<MixOptions> | Record<string, unknown>) => () =>
    mixBatch(images, labels, { ...base, ...options } as MixOptions, createRng(1));

  it.each([-1, 0.005, 101, NaN, Infinity, '0.5'])('rejects alpha = %s, naming the field and range', (alpha) => {
    expect(run({ alpha })).toThrow(`alpha must be 0 (no mixing) or a number in [0.01, 100], got ${String(alpha)}`);
  });

  it.each([-1, 0.005, 101, NaN, Infinity])('rejects beta = %s, naming the field and range', (beta) => {
    expect(run({ beta })).toThrow(`beta must be 0 (no mixing) or a number in [0.01, 100], got ${beta}`);
  });

  it('rejects beta = 0 while alpha > 0', () => {
    expect(run({ beta: 0 })).toThrow('beta may be 0 only when alpha is 0');
  });

  it('rejects an unknown mode or lambdaPer', () => {
    expect(run({ mode: 'cutout' })).toThrow(`mode must be one of 'mixup', 'cutmix', got "cutout"`);
    expect(run({ lambdaPer: 'pixel' })).toThrow(`lambdaPer must be one of 'batch', 'example', got "pixel"`);
  });

  it.each([-0.1, 1, NaN])('rejects labelSmoothing = %s', (labelSmoothing) => {
    expect(run({ labelSmoothing })).toThrow(`labelSmoothing must be a number in [0, 1), got ${labelSmoothing}`);
  });

  it('rejects bad sizes', () => {
    expect(run({ numClasses: 0 })).toThrow('numClasses must be a positive integer, got 0');
    expect(run({ height: 27.5 })).toThrow('height must be a positive integer, got 27.5');
  });

  it('rejects images whose length is not N·H·W, naming both numbers', () => {
    expect(() => mixBatch(new Float32Array(784), labels, base, createRng(1))).toThrow(
      'images.length must be N·H·W = 2·28·28 = 1568, got 784',
    );
  });

  it('rejects bad labels, naming the index and value', () => {
    expect(() => mixBatch(images, [0, 10], base, createRng(1))).toThrow(
      'labels[1] must be an integer in [0, 10), got 10',
    );
  });
});

describe('drawMixPlan', () => {
  it('draws exactly what mixBatch applies, from the same stream', () => {
    const { images, labels } = randomBatch(8, 28, 28, 2);
    for (const mode of ['mixup', 'cutmix'] as const) {
      const options: MixOptions = { alpha: 0.7, beta: 1.3, mode, lambdaPer: 'example' };
      const plan = drawMixPlan(8, options, createRng(5));
      const result = mixBatch(images, labels, options, createRng(5));
      expect({ partners: result.partners, lambdas: result.lambdas, boxes: result.boxes }).toEqual(plan);
    }
  });

  it('returns the identity plan for α = 0 without drawing', () => {
    const plan = drawMixPlan(3, { alpha: 0, mode: 'mixup', lambdaPer: 'batch' }, scriptedRng([]));
    expect(plan).toEqual({ partners: Int32Array.from([0, 1, 2]), lambdas: Float32Array.from([1, 1, 1]), boxes: null });
  });

  it.each([-1, 2.5, NaN])('rejects n = %s', (n) => {
    expect(() => drawMixPlan(n, { alpha: 1, mode: 'mixup', lambdaPer: 'batch' }, createRng(1))).toThrow(
      `batch size n must be a non-negative integer, got ${n}`,
    );
  });
});
