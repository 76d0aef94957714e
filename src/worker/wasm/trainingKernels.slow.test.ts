import * as tf from '@tensorflow/tfjs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { setUpCpuBackend } from '../fastCpuConvGrad';
import { buildModel, trainableVariables } from '../models';
import { setUpNodeWasmBackend } from '../node/wasmBackend';
import { expectMatch as expectWithin, on, onBoth, randomArray, sizeOf, take, type Shape4 } from './testing/backends';

/**
 * The wasm training kernels (./registerTrainingKernels.ts) against the cpu backend, the reference:
 * every case computes the same thing on both backends from the same Float32Array inputs (tensors
 * made anew on each) and asks for max|wasm − cpu| / max|cpu| ≤ 1e-4, with a reference that is not
 * all zeros, so that a kernel that returns nothing cannot pass.
 */

const TOLERANCE = 1e-4;
const SLOW = 120_000;
type Pad = 'valid' | 'same' | number | tf.backend_util.ExplicitPadding;
const expectMatch = (actual: ArrayLike<number>, expected: ArrayLike<number>, label: string) =>
  expectWithin(actual, expected, label, TOLERANCE);

/** Counts the calls to one wasm kernel (looked up by name, as the training kernels do) while `body` runs. */
async function countingCalls<T>(kernelName: string, body: () => Promise<T>): Promise<{ calls: number; result: T }> {
  const original = tf.getKernel(kernelName, 'wasm');
  if (!original) throw new Error(`no wasm ${kernelName}`);
  let calls = 0;
  tf.unregisterKernel(kernelName, 'wasm');
  tf.registerKernel({
    ...original,
    kernelFunc: (args) => {
      calls++;
      return original.kernelFunc(args);
    },
  });
  try {
    const result = await body();
    return { calls, result };
  } finally {
    tf.unregisterKernel(kernelName, 'wasm');
    tf.registerKernel(original);
  }
}

beforeAll(async () => {
  await setUpNodeWasmBackend();
  await setUpCpuBackend();
}, SLOW);

afterAll(async () => {
  await tf.setBackend('cpu');
});

// ---------------------------------------------------------------------------------------------
// Convolution gradients

interface ConvCase {
  name: string;
  x: Shape4;
  w: Shape4;
  strides: number | [number, number];
  pad: Pad;
}

const convCases: ConvCase[] = [
  {
    name: 'seed-cnn conv2: x [64,26,26,32], w [3,3,32,64], valid',
    x: [64, 26, 26, 32],
    w: [3, 3, 32, 64],
    strides: 1,
    pad: 'valid',
  },
  {
    name: 'seed-cnn conv1: x [64,28,28,1], w [3,3,1,32], valid',
    x: [64, 28, 28, 1],
    w: [3, 3, 1, 32],
    strides: 1,
    pad: 'valid',
  },
  {
    name: 'tiny conv1: x [64,28,28,1], w [5,5,1,8], valid',
    x: [64, 28, 28, 1],
    w: [5, 5, 1, 8],
    strides: 1,
    pad: 'valid',
  },
  {
    name: 'tiny conv2: x [64,12,12,8], w [5,5,8,16], valid',
    x: [64, 12, 12, 8],
    w: [5, 5, 8, 16],
    strides: 1,
    pad: 'valid',
  },
  { name: 'same, stride 1', x: [8, 14, 14, 3], w: [3, 3, 3, 6], strides: 1, pad: 'same' },
  { name: 'same, stride 1, even filter (uneven padding)', x: [4, 10, 11, 3], w: [4, 4, 3, 5], strides: 1, pad: 'same' },
  { name: 'same, stride 2', x: [8, 14, 14, 3], w: [3, 3, 3, 6], strides: 2, pad: 'same' },
  { name: 'valid, stride 2, odd size', x: [5, 15, 13, 2], w: [3, 3, 2, 4], strides: 2, pad: 'valid' },
  { name: 'batch 1, tiny conv1', x: [1, 28, 28, 1], w: [5, 5, 1, 8], strides: 1, pad: 'valid' },
  { name: 'batch 1, seed-cnn conv2', x: [1, 26, 26, 32], w: [3, 3, 32, 64], strides: 1, pad: 'valid' },
  { name: 'odd sizes, stride [2,1], valid', x: [3, 7, 9, 5], w: [2, 3, 5, 4], strides: [2, 1], pad: 'valid' },
  { name: 'odd sizes, stride [2,1], same', x: [3, 7, 9, 5], w: [2, 3, 5, 4], strides: [2, 1], pad: 'same' },
  { name: 'odd sizes, stride [1,2], same', x: [3, 7, 9, 5], w: [3, 2, 5, 4], strides: [1, 2], pad: 'same' },
  { name: 'numeric pad 1, stride 1', x: [2, 6, 7, 3], w: [3, 3, 3, 2], strides: 1, pad: 1 },
  {
    name: 'numeric pad 3 wider than the filter reach (input grad falls back)',
    x: [2, 5, 5, 2],
    w: [2, 2, 2, 3],
    strides: 1,
    pad: 3,
  },
  {
    name: 'explicit asymmetric padding',
    x: [2, 6, 8, 3],
    w: [3, 2, 3, 4],
    strides: 1,
    pad: [
      [0, 0],
      [2, 0],
      [1, 1],
      [0, 0],
    ],
  },
  { name: '1×1 filter', x: [4, 5, 5, 6], w: [1, 1, 6, 7], strides: 1, pad: 'valid' },
  { name: 'filter as large as the image', x: [3, 5, 4, 2], w: [5, 4, 2, 3], strides: 1, pad: 'valid' },
];

function convOutShape(c: ConvCase): Shape4 {
  return tf.backend_util.computeConv2DInfo(c.x, c.w, c.strides, 1, c.pad as 'valid').outShape as Shape4;
}

interface ConvInputs {
  x: Float32Array;
  w: Float32Array;
  dy: Float32Array;
}

function convInputs(c: ConvCase, seed: number): ConvInputs {
  return {
    x: randomArray(sizeOf(c.x), seed),
    w: randomArray(sizeOf(c.w), seed + 1, -0.5, 0.5),
    dy: randomArray(sizeOf(convOutShape(c)), seed + 2),
  };
}

/** Both gradients of Σ dy·conv2d(x, w), on the current backend: dx is Conv2DBackpropInput, dw Conv2DBackpropFilter. */
async function convGradients(c: ConvCase, inputs: ConvInputs): Promise<{ dx: Float32Array; dw: Float32Array }> {
  const x = tf.tensor4d(inputs.x, c.x);
  const w = tf.tensor4d(inputs.w, c.w);
  const dy = tf.tensor4d(inputs.dy, convOutShape(c));
  const [dx, dw] = tf.grads((a, b) =>
    tf.sum(tf.mul(tf.conv2d(a as tf.Tensor4D, b as tf.Tensor4D, c.strides, c.pad as 'valid'), dy)),
  )([x, w]);
  tf.dispose([x, w, dy]);
  return { dx: await take(dx as tf.Tensor), dw: await take(dw as tf.Tensor) };
}

/** One computation per case on each backend, shared by the filter and the input gradient tests. */
const convResults = new Map<
  string,
  Promise<{ wasm: { dx: Float32Array; dw: Float32Array }; cpu: { dx: Float32Array; dw: Float32Array } }>
>();
function convResultsFor(c: ConvCase, index: number) {
  let results = convResults.get(c.name);
  if (!results) {
    const inputs = convInputs(c, 100 + 10 * index);
    results = onBoth(() => convGradients(c, inputs));
    convResults.set(c.name, results);
  }
  return results;
}

describe('Conv2DBackpropFilter on wasm', () => {
  it('is registered as our kernel', () => {
    const kernel = tf.getKernel('Conv2DBackpropFilter', 'wasm');
    expect(kernel).toBeDefined();
    expect(kernel?.kernelFunc.name).toBe('wasmConv2DBackpropFilter');
  });

  it.each(convCases.map((c, i) => [c.name, c, i] as const))(
    'matches cpu: %s',
    async (_name, c, index) => {
      const { wasm, cpu } = await convResultsFor(c, index);
      expectMatch(wasm.dw, cpu.dw, `dw ${c.name}`);
    },
    SLOW,
  );

  it('refuses a dy whose shape is not the convolution output', async () => {
    await tf.setBackend('wasm');
    const before = tf.backend().numDataIds();
    tf.tidy(() => {
      const x = tf.ones([2, 6, 6, 3]);
      const dy = tf.ones([2, 5, 5, 4]);
      expect(() =>
        tf
          .engine()
          .runKernel(
            'Conv2DBackpropFilter',
            { x, dy },
            { strides: 1, pad: 'valid', dataFormat: 'NHWC', filterShape: [3, 3, 3, 4] },
          ),
      ).toThrow(/dy has shape \[2, 5, 5, 4\], the convolution gives \[2, 4, 4, 4\]/);
    });
    expect(tf.backend().numDataIds()).toBe(before);
  });
});

describe('Conv2DBackpropInput on wasm', () => {
  it('is wrapped by our kernel', () => {
    expect(tf.getKernel('Conv2DBackpropInput', 'wasm')?.kernelFunc.name).toBe('wasmConv2DBackpropInputAsConv');
  });

  it.each(convCases.map((c, i) => [c.name, c, i] as const))(
    'matches cpu: %s',
    async (_name, c, index) => {
      const { wasm, cpu } = await convResultsFor(c, index);
      expectMatch(wasm.dx, cpu.dx, `dx ${c.name}`);
    },
    SLOW,
  );

  it('runs stride 1 as a forward Conv2D and leaves stride 2 and over-wide padding to the stock kernel', async () => {
    await tf.setBackend('wasm');
    const convCallsFor = async (strides: number, pad: Pad, filterSize: number) => {
      const inputShape: Shape4 = [2, 9, 9, 3];
      const c: ConvCase = { name: '', x: inputShape, w: [filterSize, filterSize, 3, 4], strides, pad };
      const dy = tf.tensor4d(randomArray(sizeOf(convOutShape(c)), 5), convOutShape(c));
      const w = tf.tensor4d(randomArray(sizeOf(c.w), 6), c.w);
      const { calls, result } = await countingCalls('Conv2D', async () =>
        tf.engine().runKernel('Conv2DBackpropInput', { dy, filter: w }, {
          strides,
          pad,
          dataFormat: 'NHWC',
          dimRoundingMode: undefined,
          inputShape,
        } as unknown as tf.NamedAttrMap),
      );
      tf.dispose([dy, w, result as tf.Tensor]);
      return calls;
    };
    expect(await convCallsFor(1, 'valid', 3)).toBe(1);
    expect(await convCallsFor(1, 'same', 3)).toBe(1);
    expect(await convCallsFor(2, 'same', 3)).toBe(0);
    expect(await convCallsFor(1, 3, 2)).toBe(0);
  });
});

// ---------------------------------------------------------------------------------------------
// Matrix products

interface MatMulCase {
  name: string;
  a: number[];
  b: number[];
  transposeA: boolean;
  transposeB: boolean;
  /** How many Transposes the wrapper runs: 0 where it hands the product to the stock kernel as is. */
  transposes: number;
}

const matMulCases: MatMulCase[] = [
  { name: 'plain', a: [37, 53], b: [53, 29], transposeA: false, transposeB: false, transposes: 0 },
  {
    name: 'transposeA (a dense layer’s weight gradient, xᵀ·dy)',
    a: [53, 37],
    b: [53, 29],
    transposeA: true,
    transposeB: false,
    transposes: 1,
  },
  {
    name: 'transposeB (a dense layer’s input gradient, dy·Wᵀ)',
    a: [37, 53],
    b: [29, 53],
    transposeA: false,
    transposeB: true,
    transposes: 1,
  },
  { name: 'both transposed', a: [53, 37], b: [29, 53], transposeA: true, transposeB: true, transposes: 2 },
  {
    name: 'rank 3, batch 1, transposeA',
    a: [1, 53, 37],
    b: [1, 53, 29],
    transposeA: true,
    transposeB: false,
    transposes: 1,
  },
  {
    name: 'dense-layer sized, transposeA',
    a: [64, 9216],
    b: [64, 128],
    transposeA: true,
    transposeB: false,
    transposes: 1,
  },
  {
    name: 'rank 3, batch 3, transposeA (stock kernel)',
    a: [3, 11, 7],
    b: [3, 11, 5],
    transposeA: true,
    transposeB: false,
    transposes: 0,
  },
  {
    name: 'rank 3, batch 3, transposeB (stock kernel)',
    a: [3, 7, 11],
    b: [3, 5, 11],
    transposeA: false,
    transposeB: true,
    transposes: 0,
  },
  {
    name: 'rank 3, batch 3, both (stock kernel)',
    a: [3, 11, 7],
    b: [3, 5, 11],
    transposeA: true,
    transposeB: true,
    transposes: 0,
  },
];

describe('BatchMatMul on wasm', () => {
  it('is wrapped by our kernel', () => {
    expect(tf.getKernel('BatchMatMul', 'wasm')?.kernelFunc.name).toBe('wasmBatchMatMulUntransposed');
  });

  it.each(matMulCases.map((c, i) => [c.name, c, i] as const))('matches cpu: %s', async (_name, c, index) => {
    const a = randomArray(sizeOf(c.a), 300 + 3 * index);
    const b = randomArray(sizeOf(c.b), 301 + 3 * index);
    const product = () =>
      take(tf.tidy(() => tf.matMul(tf.tensor(a, c.a), tf.tensor(b, c.b), c.transposeA, c.transposeB)));
    const { calls, result: wasm } = await countingCalls('Transpose', () => on('wasm', product));
    const cpu = await on('cpu', product);
    expectMatch(wasm, cpu, c.name);
    expect(calls, 'Transposes run by the wrapper').toBe(c.transposes);
  });
});

// ---------------------------------------------------------------------------------------------
// Max pooling

interface PoolCase {
  name: string;
  x: Shape4;
  filter: number | [number, number];
  strides: number | [number, number];
  pad: 'valid' | 'same';
  values?: (length: number, seed: number) => Float32Array;
}

/** Few distinct values, so most windows hold their maximum more than once. */
const coarse = (length: number, seed: number) => randomArray(length, seed).map((v) => Math.round(v * 2));
/** All negative: a 'same' window's padding must not count as a zero. */
const negative = (length: number, seed: number) => randomArray(length, seed, -5, -1);

const poolCases: PoolCase[] = [
  { name: 'pool 2 stride 2 valid (the models’ pool)', x: [4, 24, 24, 8], filter: 2, strides: 2, pad: 'valid' },
  { name: 'seed-cnn pool: [64,24,24,64]', x: [64, 24, 24, 64], filter: 2, strides: 2, pad: 'valid' },
  {
    name: 'pool 2 stride 2 valid, odd size (last row and column unused)',
    x: [3, 9, 7, 5],
    filter: 2,
    strides: 2,
    pad: 'valid',
  },
  { name: 'pool 3 stride 2 same, odd size', x: [3, 9, 7, 5], filter: 3, strides: 2, pad: 'same' },
  { name: 'pool 3 stride 2 same, even size', x: [2, 8, 10, 4], filter: 3, strides: 2, pad: 'same' },
  { name: 'pool 3 stride 1 valid (overlapping windows)', x: [3, 9, 8, 4], filter: 3, strides: 1, pad: 'valid' },
  { name: 'pool 3 stride 1 same (overlapping windows)', x: [3, 9, 8, 4], filter: 3, strides: 1, pad: 'same' },
  { name: 'pool [2,3] stride [1,2] same', x: [2, 7, 9, 3], filter: [2, 3], strides: [1, 2], pad: 'same' },
  {
    name: 'ties: few distinct values, overlapping windows',
    x: [3, 10, 10, 4],
    filter: 3,
    strides: 1,
    pad: 'same',
    values: coarse,
  },
  {
    name: 'ties: few distinct values, pool 2 stride 2',
    x: [3, 10, 10, 4],
    filter: 2,
    strides: 2,
    pad: 'valid',
    values: coarse,
  },
  {
    name: 'ties: all values equal',
    x: [2, 6, 6, 3],
    filter: 3,
    strides: 2,
    pad: 'same',
    values: (n) => new Float32Array(n).fill(0.5),
  },
  { name: 'all negative with same padding', x: [2, 7, 7, 3], filter: 3, strides: 2, pad: 'same', values: negative },
];

async function maxPoolGradient(c: PoolCase, xs: Float32Array, dys: Float32Array): Promise<Float32Array> {
  const x = tf.tensor4d(xs, c.x);
  const out = tf.tidy(() => tf.maxPool(x, c.filter, c.strides, c.pad));
  const dy = tf.tensor(dys, out.shape);
  const dx = tf.grad((input) => tf.sum(tf.mul(tf.maxPool(input as tf.Tensor4D, c.filter, c.strides, c.pad), dy)))(x);
  tf.dispose([x, out, dy]);
  return take(dx);
}

function poolOutShape(c: PoolCase): Shape4 {
  return tf.backend_util.computePool2DInfo(c.x, c.filter, c.strides, 1, c.pad).outShape as Shape4;
}

describe('MaxPoolGrad on wasm', () => {
  it('is wrapped by our kernel', () => {
    expect(tf.getKernel('MaxPoolGrad', 'wasm')?.kernelFunc.name).toBe('wasmMaxPoolGradFromHeap');
  });

  it.each(poolCases.map((c, i) => [c.name, c, i] as const))(
    'matches cpu: %s',
    async (_name, c, index) => {
      const xs = (c.values ?? randomArray)(sizeOf(c.x), 500 + 3 * index);
      // Positive dy, so that gradients landing on the same position cannot cancel out.
      const dys = randomArray(sizeOf(poolOutShape(c)), 501 + 3 * index, 0.5, 1.5);
      const { wasm, cpu } = await onBoth(() => maxPoolGradient(c, xs, dys));
      expectMatch(wasm, cpu, c.name);
    },
    SLOW,
  );

  it('sends a tied window’s gradient to its first position, like the cpu backend', async () => {
    // One 2×2 window per one-channel image: [[1, 3], [3, 2]] ties at (0,1) and (1,0); (0,1) comes first.
    const xs = Float32Array.from([1, 3, 3, 2, 7, 7, 7, 7]);
    const c: PoolCase = { name: 'tie', x: [2, 2, 2, 1], filter: 2, strides: 2, pad: 'valid' };
    const dys = Float32Array.from([5, 9]);
    const { wasm, cpu } = await onBoth(() => maxPoolGradient(c, xs, dys));
    const expected = [0, 5, 0, 0, 9, 0, 0, 0];
    expect(Array.from(cpu)).toEqual(expected);
    expect(Array.from(wasm)).toEqual(expected);
  });
});

// ---------------------------------------------------------------------------------------------
// A whole training step

const BATCH = 16;

function trainingBatch(): { images: Float32Array; labels: Float32Array } {
  const images = randomArray(BATCH * 28 * 28, 900, 0, 1);
  const labels = new Float32Array(BATCH * 10);
  for (let i = 0; i < BATCH; i++) labels[i * 10 + ((i * 7 + 3) % 10)] = 1;
  return { images, labels };
}

function makeStep(
  model: tf.Sequential,
  images: Float32Array,
  labels: Float32Array,
  optimizer: tf.Optimizer,
): () => void {
  const variables = trainableVariables(model);
  return () =>
    tf.tidy(() => {
      const x = tf.tensor4d(images, [BATCH, 28, 28, 1]);
      const y = tf.tensor2d(labels, [BATCH, 10]);
      optimizer.minimize(
        () => tf.losses.softmaxCrossEntropy(y, model.apply(x, { training: true }) as tf.Tensor) as tf.Scalar,
        false,
        variables,
      );
    });
}

/** Weights before and after one SGD step, on the current backend. */
async function oneStep(
  kind: 'tiny' | 'seed-cnn',
): Promise<{ before: Float32Array[]; after: Float32Array[]; names: string[] }> {
  const { images, labels } = trainingBatch();
  const model = buildModel(kind, 7);
  const optimizer = tf.train.sgd(0.1);
  const variables = trainableVariables(model);
  const read = () => Promise.all(variables.map(async (v) => (await v.data()) as Float32Array));
  const before = await read();
  makeStep(model, images, labels, optimizer)();
  const after = await read();
  const names = variables.map((v) => v.name);
  model.dispose();
  optimizer.dispose();
  return { before, after, names };
}

describe('one training step on wasm', () => {
  it.each(['tiny', 'seed-cnn'] as const)(
    '%s: every weight update matches cpu',
    async (kind) => {
      const { wasm, cpu } = await onBoth(() => oneStep(kind));
      expect(wasm.before.length).toBe(cpu.before.length);
      cpu.before.forEach((initial, v) => {
        const name = cpu.names[v] ?? String(v);
        expect(Array.from(wasm.before[v] ?? []), `${name}: both models start alike`).toEqual(Array.from(initial));
        const delta = (weights: { before: Float32Array[]; after: Float32Array[] }) =>
          (weights.after[v] as Float32Array).map(
            (value, i) => value - ((weights.before[v] as Float32Array)[i] as number),
          );
        expectMatch(delta(wasm), delta(cpu), `${kind} ${name} update`);
      });
    },
    SLOW,
  );

  it.each(['tiny', 'seed-cnn'] as const)(
    '%s: the tensor count stays flat across steps',
    async (kind) => {
      await tf.setBackend('wasm');
      const { images, labels } = trainingBatch();
      const model = buildModel(kind, 7);
      const optimizer = tf.train.adam(1e-3);
      const step = makeStep(model, images, labels, optimizer);
      step(); // the first step makes Adam's slots
      const tensors = tf.memory().numTensors;
      const dataIds = tf.backend().numDataIds();
      step();
      step();
      expect(tf.memory().numTensors).toBe(tensors);
      expect(tf.backend().numDataIds()).toBe(dataIds);
      model.dispose();
      optimizer.dispose();
    },
    SLOW,
  );
});

// ---------------------------------------------------------------------------------------------
// Memory

describe('wasm training kernels release their intermediates', () => {
  const gradients: [string, () => tf.Tensor][] = [
    [
      'Conv2DBackpropFilter (several channels: transposed copy of x)',
      () => {
        const x = tf.tensor4d(randomArray(4 * 10 * 10 * 3, 41), [4, 10, 10, 3]);
        const dy = tf.tensor4d(randomArray(4 * 8 * 8 * 5, 42), [4, 8, 8, 5]);
        return tf.grad((w) => tf.sum(tf.mul(tf.conv2d(x, w as tf.Tensor4D, 1, 'valid'), dy)))(tf.zeros([3, 3, 3, 5]));
      },
    ],
    [
      'Conv2DBackpropFilter (one channel)',
      () => {
        const x = tf.tensor4d(randomArray(4 * 10 * 10, 43), [4, 10, 10, 1]);
        const dy = tf.tensor4d(randomArray(4 * 5 * 5 * 5, 44), [4, 5, 5, 5]);
        return tf.grad((w) => tf.sum(tf.mul(tf.conv2d(x, w as tf.Tensor4D, 2, 'same'), dy)))(tf.zeros([3, 3, 1, 5]));
      },
    ],
    [
      'Conv2DBackpropInput',
      () => {
        const w = tf.tensor4d(randomArray(3 * 3 * 3 * 5, 45), [3, 3, 3, 5]);
        const dy = tf.tensor4d(randomArray(4 * 10 * 10 * 5, 46), [4, 10, 10, 5]);
        return tf.grad((x) => tf.sum(tf.mul(tf.conv2d(x as tf.Tensor4D, w, 1, 'same'), dy)))(tf.zeros([4, 10, 10, 3]));
      },
    ],
    [
      'BatchMatMul, both transposed',
      () =>
        tf.matMul(
          tf.tensor2d(randomArray(12 * 7, 47), [12, 7]),
          tf.tensor2d(randomArray(5 * 12, 48), [5, 12]),
          true,
          true,
        ),
    ],
    [
      'MaxPoolGrad',
      () => {
        const dy = tf.tensor4d(randomArray(2 * 4 * 4 * 3, 49), [2, 4, 4, 3]);
        return tf.grad((x) => tf.sum(tf.mul(tf.maxPool(x as tf.Tensor4D, 2, 2, 'valid'), dy)))(
          tf.tensor4d(randomArray(2 * 8 * 8 * 3, 50), [2, 8, 8, 3]),
        );
      },
    ],
  ];

  it.each(gradients)('%s', async (_name, gradient) => {
    await tf.setBackend('wasm');
    const sums: number[] = [];
    const run = () => tf.tidy(() => sums.push(tf.sum(tf.abs(gradient())).dataSync()[0] ?? NaN));
    run(); // a first call may set things up once
    const tensors = tf.memory().numTensors;
    const dataIds = tf.backend().numDataIds();
    run();
    expect(tf.memory().numTensors).toBe(tensors);
    for (let i = 0; i < 5; i++) run();
    expect(tf.memory().numTensors).toBe(tensors);
    expect(tf.backend().numDataIds()).toBe(dataIds);
    expect(sums[0]).toBeGreaterThan(0);
    expect(new Set(sums).size).toBe(1);
  });
});
