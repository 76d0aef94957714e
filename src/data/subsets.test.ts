import { describe, expect, it } from 'vitest';
import { balancedSubset } from './subsets';
import { seededRng } from './testing/fixtures';

/** 100 labels: 10 of each class 0..9, in a scrambled but fixed order. */
const labels = Uint8Array.from({ length: 100 }, (_, i) => (i * 3 + Math.floor(i / 10)) % 10);

function classCounts(indices: Int32Array, numClasses = 10): number[] {
  const counts = new Array<number>(numClasses).fill(0);
  for (const index of indices) counts[labels[index] ?? -1]! += 1;
  return counts;
}

describe('balancedSubset', () => {
  it('takes size/numClasses of each class, without duplicates', () => {
    const subset = balancedSubset(labels, 50, seededRng(1));
    expect(subset).toHaveLength(50);
    expect(classCounts(subset)).toEqual(new Array(10).fill(5));
    expect(new Set(subset).size).toBe(50);
    expect(Array.from(subset).every((index) => index >= 0 && index < labels.length)).toBe(true);
  });

  it('spreads the remainder over the first classes', () => {
    expect(classCounts(balancedSubset(labels, 23, seededRng(2)))).toEqual([3, 3, 3, 2, 2, 2, 2, 2, 2, 2]);
  });

  it('is the same for the same seed and differs for another', () => {
    const a = balancedSubset(labels, 30, seededRng(7));
    expect(balancedSubset(labels, 30, seededRng(7))).toEqual(a);
    expect(balancedSubset(labels, 30, seededRng(8))).not.toEqual(a);
  });

  it('shuffles: the classes are not grouped', () => {
    const subset = balancedSubset(labels, 40, seededRng(3));
    const firstFour = Array.from(subset.subarray(0, 4), (index) => labels[index]);
    expect(new Set(firstFour).size).toBeGreaterThan(1);
  });

  it('can take every example', () => {
    expect(Array.from(balancedSubset(labels, 100, seededRng(4))).sort((a, b) => a - b)).toEqual(
      Array.from({ length: 100 }, (_, i) => i),
    );
  });

  it('honours numClasses', () => {
    const twoClasses = Uint8Array.from([0, 1, 0, 1, 0, 1]);
    const subset = balancedSubset(twoClasses, 4, seededRng(5), 2);
    expect(Array.from(subset, (index) => twoClasses[index]).sort()).toEqual([0, 0, 1, 1]);
  });

  it('rejects a size that is not an integer in [numClasses, labels.length]', () => {
    for (const size of [9, 0, -10, 101, 20.5, Number.NaN]) {
      expect(() => balancedSubset(labels, size, seededRng(1))).toThrow(
        `subset size must be an integer from 10 (one per class) to 100 (all examples), got ${size}`,
      );
    }
  });

  it('names a class that has too few examples', () => {
    const skewed = Uint8Array.from([0, 0, 0, 0, 1, 1, 1, 2, 2, 2, 2, 2]);
    expect(() => balancedSubset(skewed, 12, seededRng(1), 3)).toThrow(
      'class 1 has only 3 examples, 4 are needed for a balanced subset of 12',
    );
  });
});
