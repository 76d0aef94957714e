/**
 * The 2-D panel's data sets: points in the plane with a class each, drawn from a seeded stream so a
 * seed reproduces the picture. Pure, no DOM.
 */
import { standardNormal, type Rng } from '../mixup/rng';

export const TOY_DATASETS = ['moons', 'circles', 'blobs', 'spiral'] as const;
export type ToyDataset = (typeof TOY_DATASETS)[number];

export type Point = readonly [number, number];

export interface ToyDatasetSpec {
  label: string;
  numClasses: number;
  /** The square of the plane the pictures show, [-extent, extent]², with room around the data. */
  extent: number;
  /**
   * The slice plot's line: from a typical point of class `fromClass` (position 0) to one of `toClass`
   * (position 1), each on its class's noise-free curve or at its centre, so the line crosses the boundary.
   */
  slice: { from: Point; to: Point; fromClass: number; toClass: number };
}

/** The moons' arcs, shifted so their gap is centred on the origin. */
const MOON_SHIFT: Point = [0.5, 0.25];
const SPIRAL_TURN = 3.5;
const spiralPoint = (arm: number, radius: number, arms: number): Point => {
  const angle = SPIRAL_TURN * radius + (2 * Math.PI * arm) / arms;
  return [radius * Math.cos(angle), radius * Math.sin(angle)];
};

export const TOY_SPECS: Readonly<Record<ToyDataset, ToyDatasetSpec>> = {
  moons: {
    label: 'Two moons',
    numClasses: 2,
    extent: 2,
    // The middle of each arc: the top of the upper moon and the bottom of the lower one.
    slice: {
      from: [0 - MOON_SHIFT[0], 1 - MOON_SHIFT[1]],
      to: [1 - MOON_SHIFT[0], -0.5 - MOON_SHIFT[1]],
      fromClass: 0,
      toClass: 1,
    },
  },
  circles: {
    label: 'Circles',
    numClasses: 2,
    extent: 1.6,
    // Outward along a radius, from the inner ring (class 1) to the outer one (class 0).
    slice: { from: [0.5, 0], to: [1, 0], fromClass: 1, toClass: 0 },
  },
  blobs: {
    label: 'Overlapping blobs',
    numClasses: 2,
    extent: 3,
    slice: { from: [-1, 0], to: [1, 0], fromClass: 0, toClass: 1 },
  },
  spiral: {
    label: 'Spiral (3 classes)',
    numClasses: 3,
    extent: 1.4,
    slice: { from: spiralPoint(0, 0.6, 3), to: spiralPoint(1, 0.6, 3), fromClass: 0, toClass: 1 },
  },
};

/** N points, x row-major N × 2, and their classes. */
export interface ToyPoints {
  x: Float32Array;
  labels: Uint8Array;
}

/** The noise-free point of class `label` at u ~ U[0, 1) along its curve, before Gaussian noise. */
function cleanPoint(dataset: ToyDataset, label: number, u: number, rng: Rng): Point {
  switch (dataset) {
    case 'moons': {
      const t = Math.PI * u;
      return label === 0
        ? [Math.cos(t) - MOON_SHIFT[0], Math.sin(t) - MOON_SHIFT[1]]
        : [1 - Math.cos(t) - MOON_SHIFT[0], 0.5 - Math.sin(t) - MOON_SHIFT[1]];
    }
    case 'circles': {
      const radius = label === 0 ? 1 : 0.5;
      return [radius * Math.cos(2 * Math.PI * u), radius * Math.sin(2 * Math.PI * u)];
    }
    case 'blobs': {
      // Unit-spread blobs two apart overlap already; noise widens them further.
      const centre = TOY_SPECS.blobs.slice[label === 0 ? 'from' : 'to'];
      return [centre[0] + 0.5 * standardNormal(rng), centre[1] + 0.5 * standardNormal(rng)];
    }
    case 'spiral':
      return spiralPoint(label, u, TOY_SPECS.spiral.numClasses);
  }
}

/**
 * n points, classes in turn (0, 1, 0, 1, … or 0, 1, 2, …) so even a handful is balanced, each a clean
 * point plus N(0, noise²) on both coordinates. Draws, per point: u, (for blobs) two normals, then two
 * normals of noise.
 *
 * @throws RangeError unless n is a positive integer and noise ≥ 0.
 */
export function sampleToyPoints(dataset: ToyDataset, n: number, noise: number, rng: Rng): ToyPoints {
  if (!(Number.isSafeInteger(n) && n > 0)) throw new RangeError(`n must be a positive integer, got ${n}`);
  if (!(noise >= 0 && Number.isFinite(noise))) throw new RangeError(`noise must be a number ≥ 0, got ${noise}`);
  const { numClasses } = TOY_SPECS[dataset];
  const x = new Float32Array(2 * n);
  const labels = new Uint8Array(n);
  for (let i = 0; i < n; i++) {
    const label = i % numClasses;
    const [cx, cy] = cleanPoint(dataset, label, rng(), rng);
    x[2 * i] = cx + noise * standardNormal(rng);
    x[2 * i + 1] = cy + noise * standardNormal(rng);
    labels[i] = label;
  }
  return { x, labels };
}
