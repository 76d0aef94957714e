/**
 * A small fully connected network on flat Float64Arrays: layers of sizes[0] → sizes[1] → … → K, ReLU
 * between them, softmax at the end, trained with a soft-target cross-entropy and Adam. For a net of a
 * few thousand weights and batches of 32, plain loops beat TF.js, whose per-op dispatch costs more than
 * the arithmetic (docs/EXPERIMENTS.md, toy-2d). Pure, no DOM.
 */
import type { Rng } from '../mixup/rng';

/** Weights of layer l (sizes[l] × sizes[l+1], row-major by input), then its biases, layer after layer. */
export type Params = Float64Array;

export function parameterCount(sizes: readonly number[]): number {
  let total = 0;
  for (let l = 0; l + 1 < sizes.length; l++) total += ((sizes[l] ?? 0) + 1) * (sizes[l + 1] ?? 0);
  return total;
}

/** He-uniform weights, W ~ U(−√(6/fan-in), √(6/fan-in)), the usual start for ReLU layers; zero biases. */
export function initParams(sizes: readonly number[], rng: Rng): Params {
  const params = new Float64Array(parameterCount(sizes));
  let at = 0;
  for (let l = 0; l + 1 < sizes.length; l++) {
    const fanIn = sizes[l] ?? 1;
    const fanOut = sizes[l + 1] ?? 0;
    const limit = Math.sqrt(6 / fanIn);
    for (let i = 0; i < fanIn * fanOut; i++) params[at + i] = (2 * rng() - 1) * limit;
    at += (fanIn + 1) * fanOut;
  }
  return params;
}

/** Every layer's output for a batch: activations[0] is the input, the last the softmax probabilities. */
function forwardAll(params: Params, sizes: readonly number[], x: ArrayLike<number>, n: number): Float64Array[] {
  const activations: Float64Array[] = [Float64Array.from(x)];
  let at = 0;
  for (let l = 0; l + 1 < sizes.length; l++) {
    const fanIn = sizes[l] ?? 0;
    const fanOut = sizes[l + 1] ?? 0;
    const input = activations[l] ?? new Float64Array(0);
    const output = new Float64Array(n * fanOut);
    const biasAt = at + fanIn * fanOut;
    const last = l + 2 === sizes.length;
    // Input-major loops: the innermost runs along a row of weights, contiguous in memory.
    for (let r = 0; r < n; r++) {
      const row = r * fanOut;
      for (let j = 0; j < fanOut; j++) output[row + j] = params[biasAt + j] ?? 0;
      for (let i = 0; i < fanIn; i++) {
        const value = input[r * fanIn + i] ?? 0;
        if (value === 0) continue;
        const weights = at + i * fanOut;
        for (let j = 0; j < fanOut; j++) output[row + j] = (output[row + j] ?? 0) + value * (params[weights + j] ?? 0);
      }
      if (last) softmaxInPlace(output, row, fanOut);
      else for (let j = 0; j < fanOut; j++) if (!((output[row + j] ?? 0) > 0)) output[row + j] = 0;
    }
    activations.push(output);
    at = biasAt + fanOut;
  }
  return activations;
}

function softmaxInPlace(values: Float64Array, start: number, length: number): void {
  let max = -Infinity;
  for (let k = 0; k < length; k++) max = Math.max(max, values[start + k] ?? 0);
  let total = 0;
  for (let k = 0; k < length; k++) {
    const e = Math.exp((values[start + k] ?? 0) - max);
    values[start + k] = e;
    total += e;
  }
  for (let k = 0; k < length; k++) values[start + k] = (values[start + k] ?? 0) / total;
}

/** Class probabilities, N × K, for N inputs of sizes[0] values each. */
export function predict(params: Params, sizes: readonly number[], x: ArrayLike<number>): Float32Array {
  const n = x.length / (sizes[0] ?? 1);
  return Float32Array.from(forwardAll(params, sizes, x, n).at(-1) ?? []);
}

/**
 * The mean soft-target cross-entropy −(1/N) Σ_i Σ_k t_ik ln p_ik of a batch, and its gradient with
 * respect to every parameter written into `gradient`. The softmax and cross-entropy together have the
 * logit gradient (p − t)/N, so no ln p is differentiated.
 */
export function lossAndGradient(
  params: Params,
  sizes: readonly number[],
  x: ArrayLike<number>,
  targets: ArrayLike<number>,
  gradient: Float64Array,
): number {
  const classes = sizes.at(-1) ?? 1;
  const n = targets.length / classes;
  const activations = forwardAll(params, sizes, x, n);
  const probs = activations.at(-1) ?? new Float64Array(0);
  let loss = 0;
  let delta = new Float64Array(n * classes);
  for (let i = 0; i < n * classes; i++) {
    const t = targets[i] ?? 0;
    const p = probs[i] ?? 0;
    if (t > 0) loss -= t * Math.log(p);
    delta[i] = (p - t) / n;
  }
  gradient.fill(0);
  const offsets: number[] = [];
  for (let l = 0, at = 0; l + 1 < sizes.length; l++) {
    offsets.push(at);
    at += ((sizes[l] ?? 0) + 1) * (sizes[l + 1] ?? 0);
  }
  for (let l = sizes.length - 2; l >= 0; l--) {
    const fanIn = sizes[l] ?? 0;
    const fanOut = sizes[l + 1] ?? 0;
    const at = offsets[l] ?? 0;
    const biasAt = at + fanIn * fanOut;
    const input = activations[l] ?? new Float64Array(0);
    const back = new Float64Array(n * fanIn);
    for (let r = 0; r < n; r++) {
      const row = r * fanOut;
      for (let j = 0; j < fanOut; j++) gradient[biasAt + j] = (gradient[biasAt + j] ?? 0) + (delta[row + j] ?? 0);
      for (let i = 0; i < fanIn; i++) {
        const value = input[r * fanIn + i] ?? 0;
        // A unit its ReLU switched off adds nothing to its weights' gradient and passes nothing back.
        if (l > 0 && !(value > 0)) continue;
        const weights = at + i * fanOut;
        let sum = 0;
        for (let j = 0; j < fanOut; j++) {
          const d = delta[row + j] ?? 0;
          gradient[weights + j] = (gradient[weights + j] ?? 0) + d * value;
          sum += d * (params[weights + j] ?? 0);
        }
        back[r * fanIn + i] = sum;
      }
    }
    delta = back;
  }
  return loss / n;
}

/** Adam's moment estimates for one set of parameters (Kingma & Ba, 2015, with the usual defaults). */
export interface Adam {
  m: Float64Array;
  v: Float64Array;
  step: number;
}

export const createAdam = (size: number): Adam => ({ m: new Float64Array(size), v: new Float64Array(size), step: 0 });

const BETA1 = 0.9;
const BETA2 = 0.999;
const EPSILON = 1e-8;

export function adamStep(adam: Adam, params: Params, gradient: Float64Array, learningRate: number): void {
  adam.step++;
  const correction1 = 1 - BETA1 ** adam.step;
  const correction2 = 1 - BETA2 ** adam.step;
  for (let i = 0; i < params.length; i++) {
    const g = gradient[i] ?? 0;
    const m = BETA1 * (adam.m[i] ?? 0) + (1 - BETA1) * g;
    const v = BETA2 * (adam.v[i] ?? 0) + (1 - BETA2) * g * g;
    adam.m[i] = m;
    adam.v[i] = v;
    params[i] = (params[i] ?? 0) - (learningRate * (m / correction1)) / (Math.sqrt(v / correction2) + EPSILON);
  }
}
