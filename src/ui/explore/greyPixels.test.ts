import { describe, expect, it } from 'vitest';
import { putGrey } from './greyPixels';

describe('putGrey', () => {
  it('writes each grey value as an opaque RGBA pixel at the given corner, leaving the rest', () => {
    const target = { width: 4, height: 3, data: new Uint8ClampedArray(4 * 3 * 4) } as unknown as ImageData;
    putGrey(target, Uint8Array.from([0, 128, 200, 255]), 2, 2, 1, 1);
    const pixel = (x: number, y: number) => Array.from(target.data.subarray(4 * (y * 4 + x), 4 * (y * 4 + x) + 4));
    expect(pixel(1, 1)).toEqual([0, 0, 0, 255]);
    expect(pixel(2, 1)).toEqual([128, 128, 128, 255]);
    expect(pixel(1, 2)).toEqual([200, 200, 200, 255]);
    expect(pixel(2, 2)).toEqual([255, 255, 255, 255]);
    expect(pixel(0, 0)).toEqual([0, 0, 0, 0]);
    expect(pixel(3, 2)).toEqual([0, 0, 0, 0]);
  });
});
