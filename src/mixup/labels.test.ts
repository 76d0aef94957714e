import { describe, expect, it } from 'vitest';
import { oneHot, smoothLabels } from './labels';

describe('oneHot', () => {
  it('puts a single 1 in each row at the label', () => {
    expect(Array.from(oneHot([2, 0, 1], 3))).toEqual([0, 0, 1, 1, 0, 0, 0, 1, 0]);
  });

  it('accepts typed arrays and an empty batch', () => {
    expect(Array.from(oneHot(new Uint8Array([1]), 2))).toEqual([0, 1]);
    expect(oneHot([], 10).length).toBe(0);
  });

  it.each([
    [-1, 'labels[1] must be an integer in [0, 10), got -1'],
    [10, 'labels[1] must be an integer in [0, 10), got 10'],
    [1.5, 'labels[1] must be an integer in [0, 10), got 1.5'],
    [NaN, 'labels[1] must be an integer in [0, 10), got NaN'],
  ])('rejects the label %s, naming its index and value', (bad, message) => {
    expect(() => oneHot([3, bad, 4], 10)).toThrow(message);
  });

  it.each([0, 2.5, NaN])('rejects numClasses = %s', (k) => {
    expect(() => oneHot([0], k)).toThrow(`numClasses must be a positive integer, got ${k}`);
  });
});

describe('smoothLabels', () => {
  it('maps one-hot rows to (1 − ε)·t + ε/K (ε = 0.375, K = 4: 0.71875 and 0.09375)', () => {
    const targets = oneHot([0, 3], 4);
    expect(Array.from(smoothLabels(targets, 4, 0.375))).toEqual([
      0.71875, 0.09375, 0.09375, 0.09375, 0.09375, 0.09375, 0.09375, 0.71875,
    ]);
  });

  it('keeps every row summing to 1 and leaves ε = 0 unchanged', () => {
    const targets = oneHot([0, 5, 9], 10);
    const smoothed = smoothLabels(targets, 10, 0.1);
    for (let row = 0; row < 3; row++) {
      const sum = smoothed.slice(row * 10, row * 10 + 10).reduce((a, b) => a + b, 0);
      expect(sum).toBeCloseTo(1, 6);
    }
    expect(smoothLabels(targets, 10, 0)).toEqual(targets);
  });

  it('does not modify its input', () => {
    const targets = oneHot([1], 2);
    smoothLabels(targets, 2, 0.5);
    expect(Array.from(targets)).toEqual([0, 1]);
  });

  it.each([-0.1, 1, 1.5, NaN, Infinity])('rejects ε = %s', (epsilon) => {
    expect(() => smoothLabels(oneHot([0], 2), 2, epsilon)).toThrow(
      `epsilon must be a number in [0, 1), got ${epsilon}`,
    );
  });

  it('rejects targets whose length is not a multiple of K', () => {
    expect(() => smoothLabels(new Float32Array(5), 2, 0.1)).toThrow(
      'targets.length 5 is not a multiple of numClasses 2',
    );
  });
});
