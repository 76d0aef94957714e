/**
 * The WGSL of every dispatch of one fused paired step, in order: forward through each layer (the last
 * one with the loss), backward from the last layer to the first, the optimiser, the loss averages.
 * Shapes and offsets are compiled in as constants, so each model and batch size gets its own shaders.
 */
import { LOSS_EMA_DECAY } from '../stepper';
import common from './common.wgsl?raw';
import convForward from './convForward.wgsl?raw';
import convGradInput from './convGradInput.wgsl?raw';
import convGradWeights from './convGradWeights.wgsl?raw';
import denseForward from './denseForward.wgsl?raw';
import denseGradInput from './denseGradInput.wgsl?raw';
import denseGradWeights from './denseGradWeights.wgsl?raw';
import denseLoss from './denseLoss.wgsl?raw';
import finalize from './finalize.wgsl?raw';
import optimizer from './optimizer.wgsl?raw';
import {
  convSide,
  outputSize,
  parameterCount,
  resultSide,
  type ConvLayer,
  type DenseLayer,
  type Layer,
  type WorkLayout,
} from './network';
import { kernelRanges, type ParamLayout } from './paramLayout';

/** Threads per workgroup of the layer kernels. */
const LAYER_WG = 64;
/** Threads per workgroup of the optimiser; the parameter layout's arms are aligned to it. */
export const OPTIMIZER_WG = 256;

export interface OptimiserSettings {
  kind: 'adam' | 'sgd';
  learningRate: number;
  weightDecay: number;
}

export interface KernelSource {
  name: string;
  code: string;
  /** Invocations needed; the dispatch rounds up to whole workgroups. */
  threads: number;
  workgroupSize: number;
}

export interface StepShape {
  layers: readonly Layer[];
  params: ParamLayout;
  work: WorkLayout;
  batch: number;
  /** Bit a set when arm a trains on the mixed batch. */
  mixArms: number;
  /** The targets tensor's buffer holds int32 values (see tfjsGpu's holdsIntegers). */
  targetsAreIntegers: boolean;
  optimiser: OptimiserSettings;
}

type Constants = Record<string, number | boolean>;

const u32 = (n: number) => {
  if (!(Number.isInteger(n) && n >= 0 && n < 2 ** 32)) throw new Error(`not a u32 constant: ${n}`);
  return `${n}u`;
};
/** Float constants as the nearest f32, as TF.js's scalars hold them. */
const f32 = (n: number) => Math.fround(n).toExponential();

function declare(constants: Constants): string {
  return Object.entries(constants)
    .map(([name, value]) => {
      if (typeof value === 'boolean') return `const ${name}: bool = ${value};`;
      // Floats are named F_… here, so a float that happens to be whole is not taken for a u32.
      return name.startsWith('F_')
        ? `const ${name.slice(2)}: f32 = ${f32(value)};`
        : `const ${name}: u32 = ${u32(value)};`;
    })
    .join('\n');
}

function assemble(shape: StepShape, workgroupSize: number, constants: Constants, body: string, extra = ''): string {
  const header = declare({
    A: shape.params.arms,
    B: shape.batch,
    ARM_STRIDE: shape.params.armStride,
    ARM_SIZE: shape.params.armSize,
    WG: workgroupSize,
    MIX_ARMS: shape.mixArms,
    TARGETS_INT: shape.targetsAreIntegers,
    ...constants,
  });
  return `${header}\n${common}\n${extra}\n${body}`;
}

const rowsOf = (shape: StepShape) => shape.params.arms * shape.batch;

function paramOffsets(shape: StepShape, index: number): Constants {
  const kernel = shape.params.variables[2 * index];
  const bias = shape.params.variables[2 * index + 1];
  if (!kernel?.isKernel || !bias || bias.isKernel) throw new Error(`layer ${index} has no kernel and bias`);
  return { K_OFF: kernel.offset, BIAS_OFF: bias.offset };
}

/** What layer `index` reads: the (mixed) pixels for the first layer, else the previous layer's output. */
function inputAccessor(shape: StepShape, index: number, layer: ConvLayer): string {
  if (index === 0) return 'fn inAt(a: u32, b: u32, y: u32, x: u32, ci: u32) -> f32 { return pixel(a, b, y, x); }';
  const from = shape.work.layers[index - 1]?.out ?? -1;
  const side = layer.inSide;
  return `fn inAt(a: u32, b: u32, y: u32, x: u32, ci: u32) -> f32 {
  return work[${u32(from)} + (((a * B + b) * ${u32(side)} + y) * ${u32(side)} + x) * CI + ci];
}`;
}

/**
 * How an input-gradient kernel of layer `index` hands ∂loss/∂input to the previous layer: as that
 * layer's pre-activation gradient, through its ReLU and (unpooling to the recorded window position) its
 * pool, so the previous layer's kernels read it plainly. `k` indexes the previous layer's output per example.
 */
function inputGradientStore(shape: StepShape, index: number): string {
  const previous = shape.layers[index - 1];
  const regions = shape.work.layers[index - 1];
  if (!previous || !regions) throw new Error(`layer ${index} has no previous layer`);
  const size = outputSize(previous);
  const header = `fn storeInputGradient(a: u32, b: u32, k: u32, value: f32) {
  let j = (a * B + b) * ${u32(size)} + k;
  let keep = work[${u32(regions.out)} + j] > 0.0;`;
  if (previous.kind === 'conv' && previous.pool) {
    const channels = previous.outChannels;
    const side = convSide(previous);
    return `${header}
  let co = k % ${u32(channels)};
  let px = (k / ${u32(channels)}) % ${u32(resultSide(previous))};
  let py = k / (${u32(channels)} * ${u32(resultSide(previous))});
  let at = u32(work[${u32(regions.arg)} + j]);
  for (var w = 0u; w < 4u; w++) {
    let row = 2u * py + w / 2u;
    let column = 2u * px + w % 2u;
    let cell = ((a * B + b) * ${u32(side)} + row) * ${u32(side)} + column;
    work[${u32(regions.dPre)} + cell * ${u32(channels)} + co] = select(0.0, value, keep && w == at);
  }
}`;
  }
  return `${header}
  work[${u32(regions.dPre)} + j] = select(0.0, value, keep);
}`;
}

function convConstants(shape: StepShape, index: number, layer: ConvLayer): Constants {
  const regions = shape.work.layers[index];
  return {
    KH: layer.size,
    KW: layer.size,
    CI: layer.inChannels,
    CO: layer.outChannels,
    H: layer.inSide,
    W: layer.inSide,
    OH: convSide(layer),
    OW: convSide(layer),
    RH: resultSide(layer),
    RW: resultSide(layer),
    POOL: layer.pool,
    OUT_OFF: regions?.out ?? 0,
    ARG_OFF: Math.max(regions?.arg ?? 0, 0),
    DPRE_OFF: regions?.dPre ?? 0,
    GPART_OFF: Math.max(regions?.gradParts ?? 0, 0),
    CHUNKS: shape.work.chunks,
    ...paramOffsets(shape, index),
  };
}

function denseConstants(shape: StepShape, index: number, layer: DenseLayer): Constants {
  const regions = shape.work.layers[index];
  return {
    IN: layer.inputs,
    OUT: layer.outputs,
    IN_OFF: shape.work.layers[index - 1]?.out ?? 0,
    OUT_OFF: regions?.out ?? 0,
    DLOGITS_OFF: regions?.out ?? 0,
    DPRE_OFF: regions?.dPre ?? 0,
    LOSS_OFF: shape.work.losses,
    ...paramOffsets(shape, index),
  };
}

function forward(shape: StepShape, index: number, layer: Layer): KernelSource {
  const rows = rowsOf(shape);
  if (layer.kind === 'conv') {
    const constants = convConstants(shape, index, layer);
    return {
      name: `conv${index}Forward`,
      code: assemble(shape, LAYER_WG, constants, convForward, inputAccessor(shape, index, layer)),
      threads: rows * resultSide(layer) ** 2,
      workgroupSize: LAYER_WG,
    };
  }
  const constants = denseConstants(shape, index, layer);
  if (layer.relu) {
    return {
      name: `dense${index}Forward`,
      code: assemble(shape, LAYER_WG, constants, denseForward),
      threads: rows * layer.outputs,
      workgroupSize: LAYER_WG,
    };
  }
  return {
    name: `dense${index}Loss`,
    code: assemble(shape, LAYER_WG, constants, denseLoss),
    threads: rows,
    workgroupSize: LAYER_WG,
  };
}

function backward(shape: StepShape, index: number, layer: Layer): KernelSource[] {
  const arms = shape.params.arms;
  const kernels: KernelSource[] = [];
  const store = index > 0 ? inputGradientStore(shape, index) : '';
  if (layer.kind === 'conv') {
    const constants = convConstants(shape, index, layer);
    const input = inputAccessor(shape, index, layer);
    kernels.push({
      name: `conv${index}GradWeights`,
      code: assemble(shape, LAYER_WG, constants, convGradWeights, input),
      threads: arms * shape.work.chunks * (layer.size ** 2 * layer.inChannels + 1),
      workgroupSize: LAYER_WG,
    });
    if (index > 0) {
      kernels.push({
        name: `conv${index}GradInput`,
        code: assemble(shape, LAYER_WG, constants, convGradInput, store),
        threads: rowsOf(shape) * layer.inSide ** 2,
        workgroupSize: LAYER_WG,
      });
    }
    return kernels;
  }
  if (index === 0) throw new Error('a dense first layer is not supported');
  const constants = denseConstants(shape, index, layer);
  const gradient = 'fn dyAt(a: u32, b: u32, j: u32) -> f32 { return work[DPRE_OFF + (a * B + b) * OUT + j]; }';
  kernels.push({
    name: `dense${index}GradWeights`,
    code: assemble(shape, LAYER_WG, constants, denseGradWeights, gradient),
    threads: arms * (layer.inputs * layer.outputs + layer.outputs),
    workgroupSize: LAYER_WG,
  });
  kernels.push({
    name: `dense${index}GradInput`,
    code: assemble(shape, LAYER_WG, constants, denseGradInput, `${gradient}\n${store}`),
    threads: rowsOf(shape) * layer.inputs,
    workgroupSize: LAYER_WG,
  });
  return kernels;
}

/** Where the optimiser state buffer keeps what: EMAs, β powers, then the moments. */
export function stateLayout(params: ParamLayout) {
  const head = Math.ceil((params.arms + 2) / 4) * 4;
  return {
    ema: 0,
    accBeta1: params.arms,
    accBeta2: params.arms + 1,
    m: head,
    v: head + params.total,
    total: head + 2 * params.total,
  };
}

export const ADAM = { beta1: 0.9, beta2: 0.999, epsilon: 1e-7 };
export const MOMENTUM = 0.9;

function updateConstants(shape: StepShape): Constants {
  const state = stateLayout(shape.params);
  const { optimiser } = shape;
  return {
    ADAM: optimiser.kind === 'adam',
    F_LEARNING_RATE: optimiser.learningRate,
    F_WEIGHT_DECAY: optimiser.weightDecay,
    F_BETA1: ADAM.beta1,
    F_BETA2: ADAM.beta2,
    F_ONE_MINUS_BETA1: 1 - ADAM.beta1,
    F_ONE_MINUS_BETA2: 1 - ADAM.beta2,
    F_EPSILON: ADAM.epsilon,
    F_MOMENTUM: MOMENTUM,
    F_EMA_DECAY: LOSS_EMA_DECAY,
    F_EMA_KEEP: 1 - LOSS_EMA_DECAY,
    EMA_OFF: state.ema,
    ACC_BETA1: state.accBeta1,
    ACC_BETA2: state.accBeta2,
    M_OFF: state.m,
    V_OFF: state.v,
    PARTIAL_OFF: shape.work.partials,
    LOSS_OFF: shape.work.losses,
    OPT_WG: OPTIMIZER_WG,
  };
}

function isKernelFunction(params: ParamLayout): string {
  const tests = kernelRanges(params).map(([start, end]) =>
    start === 0 ? `o < ${u32(end)}` : `(o >= ${u32(start)} && o < ${u32(end)})`,
  );
  return `fn isKernel(o: u32) -> bool { return ${tests.join(' || ') || 'false'}; }`;
}

/**
 * The optimiser's view of gradient i (arm a, offset o within the arm): the sum of a convolution's
 * per-chunk partials, in chunk order, or the dense layers' gradient as written.
 */
function gradientFunction(shape: StepShape): string {
  const chunks = u32(shape.work.chunks);
  const sums = shape.layers.flatMap((layer, index) => {
    const parts = shape.work.layers[index]?.gradParts ?? -1;
    if (layer.kind !== 'conv' || parts < 0) return [];
    const start = u32(paramOffsets(shape, index).K_OFF as number);
    const count = u32(parameterCount(layer));
    return [
      `  if (o >= ${start} && o < ${start} + ${count}) {
    var sum = 0.0;
    for (var c = 0u; c < ${chunks}; c++) {
      sum += work[${u32(parts)} + (a * ${chunks} + c) * ${count} + o - ${start}];
    }
    return sum;
  }`,
    ];
  });
  return `fn gradientAt(i: u32, a: u32, o: u32) -> f32 {\n${sums.join('\n')}\n  return grads[i];\n}`;
}

export function stepKernels(shape: StepShape): KernelSource[] {
  const { layers } = shape;
  const update = updateConstants(shape);
  const backwards = layers.map((layer, index) => backward(shape, index, layer)).reverse();
  return [
    ...layers.map((layer, index) => forward(shape, index, layer)),
    ...backwards.flat(),
    {
      name: 'optimizer',
      code: assemble(
        shape,
        OPTIMIZER_WG,
        update,
        optimizer,
        `${isKernelFunction(shape.params)}\n${gradientFunction(shape)}`,
      ),
      threads: shape.params.total,
      workgroupSize: OPTIMIZER_WG,
    },
    {
      name: 'finalize',
      code: assemble(shape, LAYER_WG, update, finalize),
      threads: LAYER_WG,
      workgroupSize: LAYER_WG,
    },
  ];
}
