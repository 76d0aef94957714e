/**
 * The two models as the fused step sees them: a list of layers with their shapes (matching
 * models.ts's TF.js layers), and where each layer's activations and gradients sit in the work buffer.
 */
import type { ModelKind } from '../../contract/config';

export interface ConvLayer {
  kind: 'conv';
  /** Square kernel side. */
  size: number;
  inChannels: number;
  outChannels: number;
  /** Square input side. */
  inSide: number;
  /** A 2×2 stride-2 max pool follows the ReLU. */
  pool: boolean;
}

export interface DenseLayer {
  kind: 'dense';
  inputs: number;
  outputs: number;
  /** Hidden layers have ReLU; the last layer (no ReLU) gives the logits the loss reads. */
  relu: boolean;
}

export type Layer = ConvLayer | DenseLayer;

export const CLASSES = 10;
const IMAGE_SIDE = 28;

export function layersOf(model: ModelKind): Layer[] {
  if (model === 'tiny') {
    return [
      { kind: 'conv', size: 5, inChannels: 1, outChannels: 8, inSide: IMAGE_SIDE, pool: true },
      { kind: 'conv', size: 5, inChannels: 8, outChannels: 16, inSide: 12, pool: true },
      { kind: 'dense', inputs: 256, outputs: CLASSES, relu: false },
    ];
  }
  return [
    { kind: 'conv', size: 3, inChannels: 1, outChannels: 32, inSide: IMAGE_SIDE, pool: false },
    { kind: 'conv', size: 3, inChannels: 32, outChannels: 64, inSide: 26, pool: true },
    { kind: 'dense', inputs: 9216, outputs: 128, relu: true },
    { kind: 'dense', inputs: 128, outputs: CLASSES, relu: false },
  ];
}

/** A convolution's output side before the pool ('valid', stride 1). */
export const convSide = (layer: ConvLayer) => layer.inSide - layer.size + 1;
/** The side of what a convolution layer hands on: after the pool when it has one. */
export const resultSide = (layer: ConvLayer) => (layer.pool ? Math.floor(convSide(layer) / 2) : convSide(layer));

/** Values per example a layer hands on. */
export function outputSize(layer: Layer): number {
  return layer.kind === 'dense' ? layer.outputs : resultSide(layer) ** 2 * layer.outChannels;
}

/** Values per example a layer reads. */
export function inputSize(layer: Layer): number {
  return layer.kind === 'dense' ? layer.inputs : layer.inSide ** 2 * layer.inChannels;
}

/** A convolution's output values per example before the pool: its pre-activation gradient's size. */
export function preActivationSize(layer: Layer): number {
  return layer.kind === 'dense' ? layer.outputs : convSide(layer) ** 2 * layer.outChannels;
}

/** A layer's kernel and bias values, adjacent in the parameter layout. */
export function parameterCount(layer: Layer): number {
  return layer.kind === 'dense'
    ? (layer.inputs + 1) * layer.outputs
    : (layer.size ** 2 * layer.inChannels + 1) * layer.outChannels;
}

/** Float offsets into the work buffer; each activation region is [arms][batch][per example]. */
export interface LayerRegions {
  /** The layer's output (post-ReLU, post-pool); for the last layer, ∂loss/∂logits. */
  out: number;
  /** Conv with pool: which of the four window positions won (0…3, as floats); else −1. */
  arg: number;
  /**
   * ∂loss/∂(the layer's pre-activation), written by the next layer's input-gradient kernel through
   * this layer's pool and ReLU; for the last layer, the same region as `out`.
   */
  dPre: number;
  /** Conv: per-chunk partial sums of the kernel and bias gradients, [arms][chunks][parameters]; else −1. */
  gradParts: number;
}

export interface WorkLayout {
  layers: LayerRegions[];
  /** Conv weight gradients are summed over the batch in this many interleaved chunks, then by the optimiser. */
  chunks: number;
  /** Per-example cross-entropy, [arms][batch]. */
  losses: number;
  /** The optimiser's per-workgroup sums of squared kernels. */
  partials: number;
  total: number;
}

/** Enough chunks to keep the GPU busy on the few weights of a convolution, few enough to stay small. */
export const chunksFor = (batch: number) => Math.min(batch, 16);

export function layoutWork(layers: readonly Layer[], arms: number, batch: number, partials: number): WorkLayout {
  let next = 0;
  const take = (size: number) => {
    const at = next;
    next += size;
    return at;
  };
  const rows = arms * batch;
  const chunks = chunksFor(batch);
  const regions = layers.map((layer, index) => {
    const out = take(rows * outputSize(layer));
    const arg = layer.kind === 'conv' && layer.pool ? take(rows * outputSize(layer)) : -1;
    const dPre = index === layers.length - 1 ? out : take(rows * preActivationSize(layer));
    const gradParts = layer.kind === 'conv' ? take(arms * chunks * parameterCount(layer)) : -1;
    return { out, arg, dPre, gradParts };
  });
  const losses = take(rows);
  const partialsAt = take(partials);
  return { layers: regions, chunks, losses, partials: partialsAt, total: next };
}
