import * as tf from '@tensorflow/tfjs';
import { expect } from 'vitest';

/**
 * Comparing the wasm backend with the cpu backend, the reference: the same computation on both from
 * the same Float32Array inputs (tensors made anew on each). Shared by the kernel tests.
 */

export type Backend = 'wasm' | 'cpu';
export type Shape4 = [number, number, number, number];

/** Uniform values in [lo, hi) from a 32-bit LCG: the same numbers on every run and machine. */
export function randomArray(length: number, seed: number, lo = -1, hi = 1): Float32Array {
  let state = (seed * 2654435761) >>> 0 || 1;
  const out = new Float32Array(length);
  for (let i = 0; i < length; i++) {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    out[i] = lo + (hi - lo) * (state / 2 ** 32);
  }
  return out;
}

export const sizeOf = (shape: readonly number[]) => shape.reduce((a, b) => a * b, 1);

/** max|actual − expected| / max|expected|, and max|expected|; NaN anywhere gives NaN. */
export function relativeError(
  actual: ArrayLike<number>,
  expected: ArrayLike<number>,
): { error: number; scale: number } {
  let diff = 0;
  let scale = 0;
  for (let i = 0; i < expected.length; i++) {
    diff = Math.max(diff, Math.abs((actual[i] as number) - (expected[i] as number)));
    scale = Math.max(scale, Math.abs(expected[i] as number));
  }
  return { error: diff / scale, scale };
}

/** relativeError ≤ tolerance, against a reference that is not all zeros (so an empty kernel cannot pass). */
export function expectMatch(
  actual: ArrayLike<number>,
  expected: ArrayLike<number>,
  label: string,
  tolerance: number,
): void {
  expect(actual.length, `${label}: length`).toBe(expected.length);
  const { error, scale } = relativeError(actual, expected);
  expect(scale, `${label}: the reference is all zeros`).toBeGreaterThan(0);
  expect(error, `${label}: relative error`).toBeLessThanOrEqual(tolerance);
}

export async function on<T>(backend: Backend, compute: () => Promise<T>): Promise<T> {
  if (!(await tf.setBackend(backend))) throw new Error(`could not switch to ${backend}`);
  expect(tf.getBackend()).toBe(backend);
  return compute();
}

export async function onBoth<T>(compute: () => Promise<T>): Promise<{ wasm: T; cpu: T }> {
  const wasm = await on('wasm', compute);
  const cpu = await on('cpu', compute);
  return { wasm, cpu };
}

/** Reads and disposes. */
export async function take(t: tf.Tensor): Promise<Float32Array> {
  const values = (await t.data()) as Float32Array;
  t.dispose();
  return values;
}
