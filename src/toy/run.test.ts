import { describe, expect, it } from 'vitest';
import { GRID_SIZE, TOY_DEFAULTS, ToyRun, gridPoints, toyData, validateToyConfig, type ToyConfig } from './run';

const config = (overrides: Partial<ToyConfig>): ToyConfig => ({ ...TOY_DEFAULTS, steps: 200, ...overrides });

describe('ToyRun', () => {
  it('with α = 0 trains the mixup arm exactly as the baseline', () => {
    const run = new ToyRun(config({ alpha: 0 }));
    run.advance(200);
    expect(run.params.mixup).toEqual(run.params.baseline);
    expect(run.pictures().pairs).toEqual([]);
  });

  it('with α > 0 starts both arms from the same weights and ends them apart', () => {
    const run = new ToyRun(config({ alpha: 1 }));
    expect(run.params.mixup).toEqual(run.params.baseline);
    run.advance(50);
    expect(run.params.mixup).not.toEqual(run.params.baseline);
  });

  it('gives the baseline the same weights whatever α is', () => {
    const a = new ToyRun(config({ alpha: 0.2 }));
    const b = new ToyRun(config({ alpha: 4 }));
    a.advance(100);
    b.advance(100);
    expect(a.params.baseline).toEqual(b.params.baseline);
  });

  it('stops at the configured number of steps', () => {
    const run = new ToyRun(config({ steps: 120 }));
    run.advance(100);
    expect(run.done).toBe(false);
    run.advance(100);
    expect(run.step).toBe(120);
    expect(run.done).toBe(true);
  });

  it('shows mixed pairs whose λ lies in [0, 1] and whose ends are training points', () => {
    const run = new ToyRun(config({ trainSize: 10 }));
    run.advance(5);
    const { pairs } = run.pictures();
    expect(pairs.length).toBeGreaterThan(0);
    const points = new Set(
      Array.from({ length: 10 }, (_, i) => `${run.data.train.x[2 * i]},${run.data.train.x[2 * i + 1]}`),
    );
    for (const pair of pairs) {
      expect(pair.lambda).toBeGreaterThanOrEqual(0);
      expect(pair.lambda).toBeLessThanOrEqual(1);
      expect(points.has(pair.from.join(','))).toBe(true);
      expect(points.has(pair.to.join(','))).toBe(true);
    }
  });

  it('reports pictures, slice and figures in range after training on moons', () => {
    const run = new ToyRun(config({ steps: 1500 }));
    run.advance(1500);
    const result = run.result();
    expect(result.grids.baseline).toHaveLength(GRID_SIZE * GRID_SIZE * 2);
    expect(result.trainPredicted.mixup).toHaveLength(TOY_DEFAULTS.trainSize);
    for (const arm of ['baseline', 'mixup'] as const) {
      const summary = result.summary[arm];
      expect(summary.trainAccuracy).toBe(1);
      expect(summary.testAccuracy).toBeGreaterThan(0.85);
      expect(summary.testEce).toBeGreaterThanOrEqual(0);
      // The slice runs from class 0 to class 1: p(class 1) low at its start, high at its end.
      expect(result.slice.p[arm][0]).toBeLessThan(0.1);
      expect(result.slice.p[arm].at(-1)).toBeGreaterThan(0.9);
    }
  });
});

describe('toyData', () => {
  it('flips the requested share of training labels only', () => {
    const data = toyData(config({ trainSize: 50, labelNoise: 0.2 }));
    const clean = toyData(config({ trainSize: 50, labelNoise: 0 }));
    expect(data.flipped).toHaveLength(10);
    const changed = Array.from(data.train.labels).filter((label, i) => label !== clean.train.labels[i]).length;
    expect(changed).toBe(10);
    expect(data.test).toEqual(clean.test);
  });
});

describe('gridPoints', () => {
  it('puts cell centres row by row from the top-left corner', () => {
    const points = gridPoints(2);
    const cell = 4 / GRID_SIZE;
    expect(points[0]).toBeCloseTo(-2 + cell / 2, 6);
    expect(points[1]).toBeCloseTo(2 - cell / 2, 6);
    expect(points.at(-2)).toBeCloseTo(2 - cell / 2, 6);
    expect(points.at(-1)).toBeCloseTo(-2 + cell / 2, 6);
  });
});

describe('validateToyConfig', () => {
  it('names the setting out of range', () => {
    expect(() => validateToyConfig(config({ trainSize: 2 }))).toThrow(/trainSize/);
    expect(() => validateToyConfig(config({ steps: 10.5 }))).toThrow(/steps/);
  });
});
