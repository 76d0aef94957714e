import { describe, expect, it } from 'vitest';
import { createRng } from '../mixup/rng';
import { adamStep, createAdam, initParams, lossAndGradient, parameterCount, predict } from './mlp';

const SIZES = [2, 5, 4, 3];

describe('the MLP', () => {
  it('counts weights and biases layer by layer', () => {
    expect(parameterCount(SIZES)).toBe(3 * 5 + 6 * 4 + 5 * 3);
  });

  it('matches a finite-difference gradient on soft targets', () => {
    const params = initParams(SIZES, createRng(1));
    // Biases off zero, so every parameter's derivative is exercised.
    params.forEach((value, i) => (params[i] = value + 0.1 * Math.sin(i)));
    const x = [0.3, -0.7, 1.2, 0.4, -0.5, -0.9];
    const targets = [0.2, 0.8, 0, 0, 0.6, 0.4, 1, 0, 0];
    const gradient = new Float64Array(params.length);
    lossAndGradient(params, SIZES, x, targets, gradient);
    const scratch = new Float64Array(params.length);
    const h = 1e-6;
    for (let i = 0; i < params.length; i++) {
      const held = params[i] ?? 0;
      params[i] = held + h;
      const up = lossAndGradient(params, SIZES, x, targets, scratch);
      params[i] = held - h;
      const down = lossAndGradient(params, SIZES, x, targets, scratch);
      params[i] = held;
      expect(gradient[i], `parameter ${i}`).toBeCloseTo((up - down) / (2 * h), 6);
    }
  });

  it('gives probability rows that sum to 1, and the loss −ln p of a one-hot target', () => {
    const params = initParams(SIZES, createRng(2));
    const x = [0.5, 0.5];
    const probs = predict(params, SIZES, x);
    expect(probs.reduce((s, p) => s + p, 0)).toBeCloseTo(1, 6);
    const loss = lossAndGradient(params, SIZES, x, [0, 1, 0], new Float64Array(params.length));
    expect(loss).toBeCloseTo(-Math.log(probs[1] ?? 0), 5);
  });

  it('learns XOR with Adam', () => {
    const sizes = [2, 8, 2];
    const params = initParams(sizes, createRng(3));
    const adam = createAdam(params.length);
    const gradient = new Float64Array(params.length);
    const x = [0, 0, 0, 1, 1, 0, 1, 1];
    const targets = [1, 0, 0, 1, 0, 1, 1, 0];
    for (let step = 0; step < 500; step++) {
      lossAndGradient(params, sizes, x, targets, gradient);
      adamStep(adam, params, gradient, 0.05);
    }
    const probs = predict(params, sizes, x);
    for (let r = 0; r < 4; r++) expect(probs[2 * r + (targets[2 * r] === 1 ? 0 : 1)]).toBeGreaterThan(0.9);
  });
});
