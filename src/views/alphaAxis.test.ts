import { describe, expect, it } from 'vitest';
import { alphaAxis, formatAlpha } from './alphaAxis';

describe('alphaAxis', () => {
  it('spans whole decades around the default sweep and sets α = 0 apart on the left', () => {
    const axis = alphaAxis([0, 0.1, 0.2, 0.4, 1, 2, 4, 8]);
    expect(axis.ticks).toEqual([-1.6, -1, 0, 1]);
    expect(axis.ticks.map(axis.label)).toEqual(['0', '0.1', '1', '10']);
    expect(axis.domain[0]).toBeCloseTo(-1.9, 12);
    expect(axis.domain[1]).toBe(1);
    expect(axis.position(0)).toBe(-1.6);
    expect(axis.position(0.1)).toBeCloseTo(-1, 12);
    expect(axis.position(8)).toBeCloseTo(Math.log10(8), 12);
  });

  it('places every swept α inside the domain, in order', () => {
    for (const alphas of [[0.2, 4], [0, 1], [0.05, 0.07], [3], [0], [0, 0.001, 100]]) {
      const axis = alphaAxis(alphas);
      const positions = [...alphas].sort((a, b) => a - b).map(axis.position);
      for (const p of positions) {
        expect(p).toBeGreaterThanOrEqual(axis.domain[0]);
        expect(p).toBeLessThanOrEqual(axis.domain[1]);
      }
      expect([...positions].sort((a, b) => a - b)).toEqual(positions);
      expect(axis.ticks.length).toBeGreaterThanOrEqual(2);
    }
  });

  it('has no 0 tick when 0 was not swept, and at least one decade either side of a single α', () => {
    const axis = alphaAxis([1]);
    expect(axis.ticks.map(axis.label)).toEqual(['1', '10']);
    expect(alphaAxis([0.2, 4]).ticks.map(alphaAxis([0.2, 4]).label)).toEqual(['0.1', '1', '10']);
  });
});

describe('formatAlpha', () => {
  it('writes α without float noise', () => {
    expect(formatAlpha(0.1 + 0.2)).toBe('0.3');
    expect(formatAlpha(10 ** -1)).toBe('0.1');
    expect(formatAlpha(8)).toBe('8');
    expect(formatAlpha(0.001)).toBe('0.001');
  });
});
