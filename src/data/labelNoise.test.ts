import { describe, expect, it } from 'vitest';
import { applyLabelNoise } from './labelNoise';
import { seededRng } from './testing/fixtures';

const labels = Uint8Array.from({ length: 1000 }, (_, i) => (i * 7) % 10);

function changedIndices(before: Uint8Array, after: Uint8Array): number[] {
  return Array.from(before.keys()).filter((i) => before[i] !== after[i]);
}

describe('applyLabelNoise', () => {
  it('changes exactly round(fraction·N) labels, each to another class, and reports which', () => {
    const { labels: noisy, flipped } = applyLabelNoise(labels, 0.2, seededRng(1));
    expect(flipped).toHaveLength(200);
    expect(changedIndices(labels, noisy)).toEqual(Array.from(flipped));
    expect(new Set(flipped).size).toBe(200);
    expect(Array.from(noisy).every((label) => label < 10)).toBe(true);
  });

  it('rounds fraction·N to the nearest count', () => {
    const seven = labels.subarray(0, 7);
    expect(applyLabelNoise(seven, 0.5, seededRng(2)).flipped).toHaveLength(4);
    expect(applyLabelNoise(seven, 0.2, seededRng(2)).flipped).toHaveLength(1);
  });

  it('leaves the input untouched', () => {
    const copy = labels.slice();
    applyLabelNoise(labels, 0.5, seededRng(3));
    expect(labels).toEqual(copy);
  });

  it('changes nothing at fraction 0 and every label at fraction 1', () => {
    const none = applyLabelNoise(labels, 0, seededRng(4));
    expect(none.flipped).toHaveLength(0);
    expect(none.labels).toEqual(labels);
    expect(none.labels).not.toBe(labels);

    const all = applyLabelNoise(labels, 1, seededRng(4));
    expect(changedIndices(labels, all.labels)).toHaveLength(labels.length);
  });

  it('draws the new class uniformly among the other classes', () => {
    const zeros = new Uint8Array(9000);
    const counts = new Array<number>(10).fill(0);
    for (const label of applyLabelNoise(zeros, 1, seededRng(5)).labels) counts[label]! += 1;
    expect(counts[0]).toBe(0);
    // Each of the 9 other classes expects 1000; 4 standard deviations is about ±120.
    for (const count of counts.slice(1)) expect(Math.abs(count - 1000)).toBeLessThan(130);
  });

  it('is the same for the same seed and differs for another', () => {
    const a = applyLabelNoise(labels, 0.3, seededRng(6));
    expect(applyLabelNoise(labels, 0.3, seededRng(6))).toEqual(a);
    expect(applyLabelNoise(labels, 0.3, seededRng(7)).flipped).not.toEqual(a.flipped);
  });

  it('honours numClasses', () => {
    const binary = Uint8Array.from([0, 1, 0, 1]);
    expect(applyLabelNoise(binary, 1, seededRng(8), 2).labels).toEqual(Uint8Array.from([1, 0, 1, 0]));
  });

  it('rejects a fraction outside [0, 1], naming it', () => {
    for (const fraction of [-0.1, 1.5, Number.NaN]) {
      expect(() => applyLabelNoise(labels, fraction, seededRng(1))).toThrow(
        `label noise fraction must be a number in [0, 1], got ${fraction}`,
      );
    }
  });

  it('rejects fewer than two classes', () => {
    expect(() => applyLabelNoise(labels, 0.1, seededRng(1), 1)).toThrow(/at least 2 classes/);
  });
});
