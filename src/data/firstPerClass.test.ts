import { describe, expect, it } from 'vitest';
import { firstPerClass } from './firstPerClass';

describe('firstPerClass', () => {
  it('takes the first examples of each class, grouped by class', () => {
    const labels = Uint8Array.from([2, 0, 1, 0, 2, 1, 1, 0, 2]);
    expect(Array.from(firstPerClass(labels, 2, 3))).toEqual([1, 3, 2, 5, 0, 4]);
  });

  it('refuses a class with too few examples, naming it', () => {
    expect(() => firstPerClass(Uint8Array.from([0, 0, 1]), 2, 2)).toThrow(/class 1 has only 1/);
  });

  it('refuses a non-positive count', () => {
    expect(() => firstPerClass(Uint8Array.from([0]), 0, 1)).toThrow(/perClass/);
  });
});
