import * as tf from '@tensorflow/tfjs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { exactSign } from './exactSign';
import { setUpCpuBackend } from './fastCpuConvGrad';
import { setUpNodeWasmBackend } from './node/wasmBackend';

/** Magnitudes from the smallest normal float32s' neighbourhood up to ordinary gradients. */
const MAGNITUDES = [1e-30, 1e-20, 1e-12, 1e-10, 1e-8, 1e-7, 5e-7, 1e-6, 1e-5, 1e-3, 1, 1e3];

describe.each([
  ['wasm', setUpNodeWasmBackend],
  ['cpu', setUpCpuBackend],
] as const)('exactSign on %s', (_backend, setUp) => {
  let previous = '';
  beforeAll(async () => {
    previous = tf.getBackend();
    await setUp();
  });
  afterAll(async () => {
    if (previous) await tf.setBackend(previous);
  });

  it('is ±1 for every nonzero value, however small, and 0 for zero', async () => {
    const values = [...MAGNITUDES, ...MAGNITUDES.map((m) => -m), 0];
    const signs = await exactSign(tf.tensor1d(values)).data();
    expect(Array.from(signs)).toEqual(values.map((v) => Math.sign(v)));
  });
});
