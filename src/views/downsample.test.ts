import { describe, expect, it } from 'vitest';
import { downsample } from './downsample';

describe('downsample', () => {
  it('returns a copy of a series that already fits', () => {
    const items = [1, 2, 3];
    const kept = downsample(items, 5);
    expect(kept).toEqual([1, 2, 3]);
    expect(kept).not.toBe(items);
  });

  it('keeps evenly spaced items, the first and the last included', () => {
    // 0…10 into 5: positions 0, 2.5, 5, 7.5, 10 round to 0, 3, 5, 8, 10.
    expect(downsample([0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10], 5)).toEqual([0, 3, 5, 8, 10]);
  });

  it('always ends with the latest item', () => {
    const items = Array.from({ length: 1001 }, (_, i) => i);
    const kept = downsample(items, 300);
    expect(kept).toHaveLength(300);
    expect(kept[0]).toBe(0);
    expect(kept.at(-1)).toBe(1000);
  });

  it('refuses to keep fewer than two items', () => {
    expect(() => downsample([1, 2, 3], 1)).toThrow(RangeError);
  });
});
