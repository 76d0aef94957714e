import { describe, expect, it } from 'vitest';
import { epochTicks } from './epochTicks';

describe('epochTicks', () => {
  it('uses quarters and halves for the shortest runs', () => {
    expect(epochTicks(1)).toEqual([0, 0.25, 0.5, 0.75, 1]);
    expect(epochTicks(3)).toEqual([0, 0.5, 1, 1.5, 2, 2.5, 3]);
  });

  it('uses whole epochs, then round numbers, with at most eight intervals', () => {
    expect(epochTicks(5)).toEqual([0, 1, 2, 3, 4, 5]);
    expect(epochTicks(12)).toEqual([0, 2, 4, 6, 8, 10, 12]);
    expect(epochTicks(200)).toEqual([0, 25, 50, 75, 100, 125, 150, 175, 200]);
  });

  it('stops at the last tick inside the axis', () => {
    expect(epochTicks(7)).toEqual([0, 1, 2, 3, 4, 5, 6, 7]);
    expect(epochTicks(9)).toEqual([0, 2, 4, 6, 8]);
  });
});
