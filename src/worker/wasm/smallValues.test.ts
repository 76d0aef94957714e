import * as tf from '@tensorflow/tfjs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { exactSign } from '../exactSign';
import { setUpCpuBackend } from '../fastCpuConvGrad';
import { buildModel, trainableVariables } from '../models';
import { setUpNodeWasmBackend } from '../node/wasmBackend';
import { expectMatch, onBoth, randomArray, take, type Shape4 } from './testing/backends';

/**
 * The audit after TF.js's wasm Sign was found to return 0 below |x| ≈ 1e-6: every op the app runs on
 * wasm, stock and ours, on values from 1e-30 to 1e3, against the cpu backend. Element-wise ops are
 * compared value by value (relative to each value, so a small one flushed to zero fails however
 * large its neighbours); sums of products (convolutions, matrix products, pooling gradients, whole
 * gradients) at each scale, relative to the largest value at that scale.
 */

const MAGNITUDES = [1e-30, 1e-25, 1e-20, 1e-15, 1e-12, 1e-10, 1e-8, 1e-7, 5e-7, 1e-6, 1e-5, 1e-3, 0.1, 1, 10, 1e3];
const SIGNED = [...MAGNITUDES, ...MAGNITUDES.map((m) => -m), 0];
const SCALES = [1e-30, 1e-20, 1e-10, 1e-5, 1, 1e3];
/** Per value: float32 ops agree to the last bit or two; transcendental ones to a few ulps. */
const ELEMENT_TOLERANCE = 1e-6;
/**
 * The smallest normal float32. wasm's softmax flushes subnormal results to zero (cpu gave 2.2e-42
 * where wasm gave 0); probabilities are floored at 1e-7 before any logarithm, so that cannot matter.
 */
const FLOAT32_MIN_NORMAL = 1.1754944e-38;
const SUM_TOLERANCE = 1e-4;

/** |a − b| ≤ tolerance·|b| for each value (equal infinities and zeros included), or both subnormal. */
function expectEachClose(actual: Float32Array, expected: Float32Array, inputs: readonly number[], label: string): void {
  expected.forEach((want, i) => {
    const got = actual[i] ?? NaN;
    const close =
      got === want ||
      Math.abs(got - want) <= ELEMENT_TOLERANCE * Math.abs(want) ||
      (Math.abs(got) < FLOAT32_MIN_NORMAL && Math.abs(want) < FLOAT32_MIN_NORMAL);
    expect(close, `${label}(${inputs[i]}): wasm ${got}, cpu ${want}`).toBe(true);
  });
}

beforeAll(async () => {
  await setUpNodeWasmBackend();
  await setUpCpuBackend();
}, 60_000);

afterAll(async () => {
  await tf.setBackend('cpu');
});

describe('element-wise ops on wasm agree with cpu from 1e-30 to 1e3', () => {
  const positive = MAGNITUDES;
  const unary: [string, readonly number[], (x: tf.Tensor) => tf.Tensor][] = [
    ['abs', SIGNED, (x) => tf.abs(x)],
    ['neg', SIGNED, (x) => tf.neg(x)],
    ['relu', SIGNED, (x) => tf.relu(x)],
    ['step (ReLU’s gradient)', SIGNED, (x) => tf.step(x)],
    ['square', SIGNED, (x) => tf.square(x)],
    ['sqrt', positive, (x) => tf.sqrt(x)],
    ['log', positive, (x) => tf.log(x)],
    ['exp', SIGNED.filter((v) => v <= 10), (x) => tf.exp(x)],
    ['clipByValue to [0, 1]', SIGNED, (x) => tf.clipByValue(x, 0, 1)],
    ['clipByValue to [1e-7, 1 − 1e-7] (the loss’s epsilon)', positive, (x) => tf.clipByValue(x, 1e-7, 1 - 1e-7)],
    ['exactSign (FGSM; replaces tf.sign)', SIGNED, (x) => exactSign(x)],
    ['greater than 0', SIGNED, (x) => tf.cast(tf.greater(x, 0), 'float32')],
  ];
  it.each(unary)('%s', async (name, inputs, op) => {
    const { wasm, cpu } = await onBoth(() => take(tf.tidy(() => op(tf.tensor1d(inputs as number[])))));
    expectEachClose(wasm, cpu, inputs, name);
  });

  // Every pair of magnitudes: Adam's m/(√v + ε), its moment updates, the mixing blend and weight decay.
  const pairs = SIGNED.flatMap((a) => MAGNITUDES.map((b) => [a, b] as const));
  const binary: [string, (a: tf.Tensor, b: tf.Tensor) => tf.Tensor][] = [
    ['add', (a, b) => tf.add(a, b)],
    ['sub', (a, b) => tf.sub(a, b)],
    ['mul', (a, b) => tf.mul(a, b)],
    ['div', (a, b) => tf.div(a, b)],
    ['maximum', (a, b) => tf.maximum(a, b)],
    ['squaredDifference', (a, b) => tf.squaredDifference(a, b)],
  ];
  it.each(binary)('%s', async (name, op) => {
    const { wasm, cpu } = await onBoth(() =>
      take(tf.tidy(() => op(tf.tensor1d(pairs.map(([a]) => a)), tf.tensor1d(pairs.map(([, b]) => b))))),
    );
    expectEachClose(
      wasm,
      cpu,
      pairs.map(([a, b]) => `${a}, ${b}` as unknown as number),
      name,
    );
  });

  it('softmax and log-softmax of logits at every scale', async () => {
    const logits = randomArray(8 * 10, 7, -5, 5);
    for (const scale of [...SCALES, 20]) {
      const { wasm, cpu } = await onBoth(async () => {
        const x = tf.tensor2d(
          logits.map((v) => v * scale),
          [8, 10],
        );
        const out = [await take(tf.softmax(x)), await take(tf.logSoftmax(x))];
        x.dispose();
        return out;
      });
      expectEachClose(wasm[0] ?? new Float32Array(), cpu[0] ?? new Float32Array(), [...logits], `softmax ×${scale}`);
      expectMatch(wasm[1] ?? [], cpu[1] ?? [], `logSoftmax ×${scale}`, SUM_TOLERANCE);
    }
  });
});

describe('forward kernels, reductions and copies on wasm agree with cpu at every input scale', () => {
  const xs = randomArray(4 * 12 * 12 * 8, 31);
  const ws = randomArray(5 * 5 * 8 * 16, 32);
  const bias = randomArray(16, 33);
  const dense = randomArray(64 * 10, 34);

  // The kernels tf.profile lists for a paired run on wasm, beside the gradient ones below: FusedConv2D,
  // _FusedMatMul, MaxPool, Max, Sum, GatherV2, Concat, Slice.
  it.each(SCALES)('at x × %s', async (scale) => {
    const xScaled = xs.map((v) => v * scale);
    const { wasm, cpu } = await onBoth(async () => {
      const x = tf.tensor4d(xScaled, [4, 12, 12, 8]);
      const b = tf.tensor1d(bias.map((v) => v * scale));
      const conv = await take(
        tf.fused.conv2d({
          x,
          filter: tf.tensor4d(ws, [5, 5, 8, 16]),
          strides: 1,
          pad: 'valid',
          bias: b,
          activation: 'relu',
        }),
      );
      const flat = tf.reshape(x, [-1, 64]);
      const matmul = await take(tf.fused.matMul({ a: flat, b: tf.tensor2d(dense, [64, 10]), bias: b.slice(0, 10) }));
      const pooled = await take(tf.maxPool(x, 2, 2, 'valid'));
      const reduced = await take(tf.concat([tf.max(flat, 1), tf.sum(flat, 1)]));
      const copied = await take(
        tf.concat([tf.gather(flat, [3, 1, 2]).flatten(), tf.slice(flat, [1, 0], [2, 64]).flatten()]),
      );
      tf.dispose([x, b, flat]);
      return { conv, matmul, pooled, reduced, copied };
    });
    for (const key of ['conv', 'matmul', 'pooled', 'reduced', 'copied'] as const) {
      expectMatch(wasm[key], cpu[key], `${key} at x × ${scale}`, SUM_TOLERANCE);
    }
  });
});

describe('gradient kernels on wasm agree with cpu when the incoming gradient is tiny', () => {
  const x: Shape4 = [4, 12, 12, 8];
  const w: Shape4 = [5, 5, 8, 16];
  const xs = randomArray(4 * 12 * 12 * 8, 11);
  const ws = randomArray(5 * 5 * 8 * 16, 12);
  const dyBase = randomArray(4 * 8 * 8 * 16, 13);

  it.each(SCALES)(
    'convolution filter and input gradients, max-pool gradient and matrix products at dy × %s',
    async (scale) => {
      const dyValues = dyBase.map((v) => v * scale);
      const { wasm, cpu } = await onBoth(async () => {
        const [xt, wt, dy] = [tf.tensor4d(xs, x), tf.tensor4d(ws, w), tf.tensor4d(dyValues, [4, 8, 8, 16])];
        // Each gradient is that of Σ(op(·) · dy), so dy arrives at the kernel exactly as given.
        const weighted = (out: tf.Tensor, by: tf.Tensor) => tf.sum(tf.mul(out, by));
        const dw = await take(
          tf.tidy(() => tf.grad((f: tf.Tensor) => weighted(tf.conv2d(xt, f as tf.Tensor4D, 1, 'valid'), dy))(wt)),
        );
        const dx = await take(
          tf.tidy(() =>
            tf.grad((input: tf.Tensor) => weighted(tf.conv2d(input as tf.Tensor4D, wt, 1, 'valid'), dy))(xt),
          ),
        );
        const pooled = tf.tensor4d(dyBase, [4, 8, 8, 16]);
        const dpool = await take(
          tf.tidy(() =>
            tf.grad((input: tf.Tensor) =>
              weighted(tf.maxPool(input as tf.Tensor4D, 2, 2, 'valid'), tf.slice(dy, 0, [4, 4, 4, 16])),
            )(pooled),
          ),
        );
        // The dense layer's gradients: xᵀ·dy for the kernel, dy·Wᵀ for the input.
        const [a, b] = [
          tf.tensor2d(dyValues.subarray(0, 64 * 16), [64, 16]),
          tf.tensor2d(ws.subarray(0, 64 * 10), [64, 10]),
        ];
        const matTA = await take(tf.matMul(b, a, true, false));
        const matTB = await take(tf.matMul(a, tf.tensor2d(ws.subarray(0, 10 * 16), [10, 16]), false, true));
        tf.dispose([xt, wt, dy, pooled, a, b]);
        return { dw, dx, dpool, matTA, matTB };
      });
      for (const key of ['dw', 'dx', 'dpool', 'matTA', 'matTB'] as const) {
        expectMatch(wasm[key], cpu[key], `${key} at dy × ${scale}`, SUM_TOLERANCE);
      }
    },
  );
});

describe('training on wasm agrees with cpu when the loss is nearly zero', () => {
  /** Images, one-hot labels and weights of a tiny model made confident: logits scaled by `sharpen`. */
  const images = randomArray(16 * 28 * 28, 21, 0, 1);
  const labels = Array.from({ length: 16 }, (_, i) => i % 10);

  it.each([1, 20, 100])('every variable’s gradient and one Adam step, logits × %s', async (sharpen) => {
    const { wasm, cpu } = await onBoth(async () => {
      const model = buildModel('tiny', 3);
      const output = model.layers.at(-1);
      output?.setWeights(output.getWeights().map((v) => tf.mul(v, sharpen)));
      const [x, y] = [tf.tensor4d(images, [16, 28, 28, 1]), tf.oneHot(tf.tensor1d(labels, 'int32'), 10)];
      const variables = trainableVariables(model);
      const { value, grads } = tf.variableGrads(
        () => tf.losses.softmaxCrossEntropy(y, model.apply(x) as tf.Tensor2D) as tf.Scalar,
        variables,
      );
      const gradients = await Promise.all(variables.map(async (v) => (await grads[v.name]?.data()) as Float32Array));
      const optimizer = tf.train.adam(1e-3);
      optimizer.applyGradients(variables.map((v) => ({ name: v.name, tensor: grads[v.name] as tf.Tensor })));
      const updated = await Promise.all(variables.map(async (v) => (await v.data()) as Float32Array));
      tf.dispose([value, x, y, ...Object.values(grads)]);
      optimizer.dispose();
      model.dispose();
      return { gradients, updated };
    });
    wasm.gradients.forEach((g, i) =>
      expectMatch(g, cpu.gradients[i] ?? [], `gradient ${i}, logits × ${sharpen}`, SUM_TOLERANCE),
    );
    wasm.updated.forEach((v, i) =>
      expectMatch(v, cpu.updated[i] ?? [], `weights after Adam ${i}, logits × ${sharpen}`, SUM_TOLERANCE),
    );
  });
});
