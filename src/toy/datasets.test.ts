import { describe, expect, it } from 'vitest';
import { createRng } from '../mixup/rng';
import { TOY_DATASETS, TOY_SPECS, sampleToyPoints } from './datasets';

const radius = (x: Float32Array, i: number): number => Math.hypot(x[2 * i] ?? 0, x[2 * i + 1] ?? 0);

describe('sampleToyPoints', () => {
  it.each(TOY_DATASETS)('%s: the same seed gives the same points, another seed others', (dataset) => {
    const a = sampleToyPoints(dataset, 50, 0.1, createRng(7));
    const b = sampleToyPoints(dataset, 50, 0.1, createRng(7));
    const c = sampleToyPoints(dataset, 50, 0.1, createRng(8));
    expect(b).toEqual(a);
    expect(c.x).not.toEqual(a.x);
  });

  it.each(TOY_DATASETS)('%s: N × 2 coordinates, classes in turn, inside the pictured square', (dataset) => {
    const { numClasses, extent } = TOY_SPECS[dataset];
    const { x, labels } = sampleToyPoints(dataset, 7, 0, createRng(1));
    expect(x).toHaveLength(14);
    expect(Array.from(labels)).toEqual(Array.from({ length: 7 }, (_, i) => i % numClasses));
    for (const value of x) expect(Math.abs(value)).toBeLessThan(extent);
  });

  it('circles without noise lie on radius 1 (class 0) and 0.5 (class 1)', () => {
    const { x, labels } = sampleToyPoints('circles', 40, 0, createRng(3));
    labels.forEach((label, i) => expect(radius(x, i)).toBeCloseTo(label === 0 ? 1 : 0.5, 5));
  });

  it('moons without noise lie on their unit arcs, the upper above the lower at each end', () => {
    const { x, labels } = sampleToyPoints('moons', 40, 0, createRng(4));
    labels.forEach((label, i) => {
      // Undo the centring shift (0.5, 0.25): class 0 is on the circle about (0, 0), class 1 about (1, 0.5).
      const px = (x[2 * i] ?? 0) + 0.5;
      const py = (x[2 * i + 1] ?? 0) + 0.25;
      const centre = label === 0 ? [0, 0] : [1, 0.5];
      expect(Math.hypot(px - (centre[0] ?? 0), py - (centre[1] ?? 0))).toBeCloseTo(1, 5);
      expect(label === 0 ? py >= 0 : py <= 0.5).toBe(true);
    });
  });

  it('noise is Gaussian with the requested standard deviation about the clean points', () => {
    const clean = sampleToyPoints('circles', 4000, 0, createRng(5));
    const noisy = sampleToyPoints('circles', 4000, 0.2, createRng(5));
    // Same seed and draw order: the clean point is the same, so the difference is the noise alone.
    const offsets = Array.from(noisy.x, (value, i) => value - (clean.x[i] ?? 0));
    const mean = offsets.reduce((s, v) => s + v, 0) / offsets.length;
    const std = Math.sqrt(offsets.reduce((s, v) => s + (v - mean) ** 2, 0) / offsets.length);
    expect(Math.abs(mean)).toBeLessThan(0.01);
    expect(std).toBeCloseTo(0.2, 2);
  });

  it('blobs are centred at (−1, 0) and (1, 0) with spread 0.5', () => {
    const { x, labels } = sampleToyPoints('blobs', 4000, 0, createRng(6));
    for (const label of [0, 1]) {
      const xs = Array.from(labels).flatMap((l, i) => (l === label ? [x[2 * i] ?? 0] : []));
      const mean = xs.reduce((s, v) => s + v, 0) / xs.length;
      const std = Math.sqrt(xs.reduce((s, v) => s + (v - mean) ** 2, 0) / xs.length);
      expect(mean).toBeCloseTo(label === 0 ? -1 : 1, 1);
      expect(std).toBeCloseTo(0.5, 1);
    }
  });

  it('the spiral has three classes whose arms start at the origin and reach radius 1', () => {
    const { x, labels } = sampleToyPoints('spiral', 300, 0, createRng(9));
    expect(new Set(labels)).toEqual(new Set([0, 1, 2]));
    const radii = labels.map((_, i) => radius(x, i));
    expect(Math.max(...radii)).toBeLessThan(1);
    expect(Math.min(...radii)).toBeLessThan(0.05);
  });

  it('refuses an empty set and negative noise', () => {
    expect(() => sampleToyPoints('moons', 0, 0.1, createRng(1))).toThrow(/n must be/);
    expect(() => sampleToyPoints('moons', 5, -1, createRng(1))).toThrow(/noise/);
  });
});
