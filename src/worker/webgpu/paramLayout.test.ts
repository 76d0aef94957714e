import { describe, expect, it } from 'vitest';
import { kernelRanges, layoutParams } from './paramLayout';

const tiny = [
  { name: 'c1/kernel', shape: [5, 5, 1, 8], isKernel: true },
  { name: 'c1/bias', shape: [8], isKernel: false },
  { name: 'c2/kernel', shape: [5, 5, 8, 16], isKernel: true },
  { name: 'c2/bias', shape: [16], isKernel: false },
  { name: 'd/kernel', shape: [256, 10], isKernel: true },
  { name: 'd/bias', shape: [10], isKernel: false },
];

describe('layoutParams', () => {
  it('places variables back to back and pads each arm to the alignment', () => {
    const layout = layoutParams(tiny, 2, 256);
    expect(layout.variables.map((v) => [v.offset, v.size])).toEqual([
      [0, 200],
      [200, 8],
      [208, 3200],
      [3408, 16],
      [3424, 2560],
      [5984, 10],
    ]);
    expect(layout.armSize).toBe(5994);
    expect(layout.armStride).toBe(6144);
    expect(layout.total).toBe(12288);
  });

  it('gives kernel ranges for weight decay, biases left out', () => {
    expect(kernelRanges(layoutParams(tiny, 1, 256))).toEqual([
      [0, 200],
      [208, 3408],
      [3424, 5984],
    ]);
  });

  it('merges adjacent kernels and rejects bad arguments', () => {
    const specs = [
      { name: 'a', shape: [2, 3], isKernel: true },
      { name: 'b', shape: [4], isKernel: true },
    ];
    expect(kernelRanges(layoutParams(specs, 1, 1))).toEqual([[0, 10]]);
    expect(() => layoutParams(specs, 0, 1)).toThrow(/arms/);
    expect(() => layoutParams(specs, 1, 0)).toThrow(/align/);
  });
});
