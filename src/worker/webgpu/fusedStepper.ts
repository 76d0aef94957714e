/// <reference types="@webgpu/types" />
/**
 * The fused paired step: both arms' forward pass, loss, backward pass and optimiser update for one
 * batch in a handful of WGSL dispatches on TF.js's own GPUDevice, submitted once per step. TF.js keeps
 * the data and evaluates; `syncModels` copies the trained weights into the models' variables.
 */
import type * as tf from '@tensorflow/tfjs';
import type { StepPlan } from '../batches';
import type { TrainConfig } from '../../contract/config';
import type { DeviceData } from '../deviceData';
import { trainableVariables } from '../models';
import type { PairedStepper, StepperArm, StepperFactory } from '../stepper';
import { ADAM, OPTIMIZER_WG, stateLayout, stepKernels, type KernelSource } from './kernels';
import { layersOf, layoutWork, type Layer } from './network';
import { layoutParams, type ParamLayout, type VariableSpec } from './paramLayout';
import { flushTfjs, forgetCpuCopy, holdsIntegers, tensorBuffer, tfjsDevice } from './tfjsGpu';

/** The smallest maxStorageBufferBindingSize WebGPU guarantees: what fusedSupport can promise without a device. */
const GUARANTEED_BINDING_BYTES = 128 * 1024 * 1024;
const MAX_WORKGROUPS_PER_DIMENSION = 65535;

function expectedSpecs(layers: readonly Layer[]): VariableSpec[] {
  return layers.flatMap((layer, index) => {
    const kernel =
      layer.kind === 'conv'
        ? [layer.size, layer.size, layer.inChannels, layer.outChannels]
        : [layer.inputs, layer.outputs];
    const outputs = layer.kind === 'conv' ? layer.outChannels : layer.outputs;
    return [
      { name: `layer ${index} kernel`, shape: kernel, isKernel: true },
      { name: `layer ${index} bias`, shape: [outputs], isKernel: false },
    ];
  });
}

function layouts(config: TrainConfig, arms: number) {
  const layers = layersOf(config.model);
  const params = layoutParams(expectedSpecs(layers), arms, OPTIMIZER_WG);
  const work = layoutWork(layers, arms, config.batchSize, params.total / OPTIMIZER_WG);
  return { layers, params, work };
}

/** Null when the fused step can train `config`; otherwise why not, in a sentence. */
export function fusedSupport(config: TrainConfig, maxBindingBytes = GUARANTEED_BINDING_BYTES): string | null {
  if (config.model !== 'tiny' && config.model !== 'seed-cnn') return `The fused step has no ${config.model} model.`;
  const bytes = layouts(config, 2).work.total * 4;
  if (bytes > maxBindingBytes) {
    return `The fused step would need ${Math.ceil(bytes / 2 ** 20)} MiB of activations at batch size ${config.batchSize}, more than one GPU buffer may bind (${Math.floor(maxBindingBytes / 2 ** 20)} MiB); use a smaller batch.`;
  }
  return null;
}

function checkVariables(arm: StepperArm, params: ParamLayout): tf.Variable[] {
  const variables = trainableVariables(arm.model);
  const matches =
    variables.length === params.variables.length &&
    variables.every((v, i) => v.shape.join() === params.variables[i]?.shape.join());
  if (!matches)
    throw new Error(`the ${arm.name} model's variables are not the fused step's ${params.variables.length}`);
  return variables;
}

/** Workgroups for `kernel`, folded into two dimensions past the per-dimension limit. */
function dispatchSize(kernel: KernelSource): [number, number] {
  const groups = Math.ceil(kernel.threads / kernel.workgroupSize);
  const x = Math.min(groups, MAX_WORKGROUPS_PER_DIMENSION);
  return [x, Math.ceil(groups / x)];
}

const STORAGE = 0x80; // GPUBufferUsage.STORAGE, spelled out so this module loads where WebGPU's globals are absent.

export class FusedStepper implements PairedStepper {
  readonly engine = 'fused';
  readonly dispatchesPerStep: number;
  private readonly device: GPUDevice;
  private readonly params: ParamLayout;
  private readonly variables: tf.Variable[][];
  private readonly buffers: GPUBuffer[] = [];
  private readonly paramBuffer: GPUBuffer;
  private readonly stateBuffer: GPUBuffer;
  private readonly planBuffer: GPUBuffer;
  private readonly staging: GPUBuffer;
  private readonly planWords: Uint32Array<ArrayBuffer>;
  private readonly planFloats: Float32Array;
  private readonly passes: { pipeline: GPUComputePipeline; size: [number, number] }[];
  private readonly bindGroup: GPUBindGroup;
  private reading: Promise<unknown> = Promise.resolve();

  constructor(
    private readonly arms: readonly StepperArm[],
    data: DeviceData,
    private readonly config: TrainConfig,
  ) {
    const unsupported = fusedSupport(config);
    if (unsupported) throw new Error(unsupported);
    if (arms.length < 1 || arms.length > 2) throw new Error(`the fused step trains 1 or 2 arms, not ${arms.length}`);
    this.device = tfjsDevice();
    const { layers, params, work } = layouts(config, arms.length);
    this.params = params;
    this.variables = arms.map((arm) => checkVariables(arm, params));
    const batch = config.batchSize;
    const mixArms = arms.reduce((bits, arm, a) => (arm.name === 'mixup' ? bits | (1 << a) : bits), 0);
    const kernels = stepKernels({
      layers,
      params,
      work,
      batch,
      mixArms,
      targetsAreIntegers: holdsIntegers(data.train.targets),
      optimiser: { kind: config.optimizer, learningRate: config.learningRate, weightDecay: config.weightDecay },
    });
    this.dispatchesPerStep = kernels.length;

    const state = stateLayout(params);
    const usage = GPUBufferUsage;
    this.paramBuffer = this.buffer(params.total, STORAGE | usage.COPY_SRC | usage.COPY_DST);
    const gradBuffer = this.buffer(params.total, STORAGE | usage.COPY_SRC);
    const workBuffer = this.buffer(work.total, STORAGE | usage.COPY_SRC);
    this.stateBuffer = this.buffer(state.total, STORAGE | usage.COPY_SRC | usage.COPY_DST);
    this.planWords = new Uint32Array(4 + 7 * batch);
    this.planFloats = new Float32Array(this.planWords.buffer);
    this.planBuffer = this.buffer(this.planWords.length, STORAGE | usage.COPY_DST);
    this.staging = this.buffer(Math.max(arms.length, 1), usage.MAP_READ | usage.COPY_DST);
    this.device.queue.writeBuffer(this.stateBuffer, state.accBeta1 * 4, new Float32Array([ADAM.beta1, ADAM.beta2]));

    const storage = (type: GPUBufferBindingType) => (binding: number) => ({
      binding,
      visibility: 4, // GPUShaderStage.COMPUTE
      buffer: { type },
    });
    const layout = this.device.createBindGroupLayout({
      entries: [...[0, 1, 2, 3].map(storage('storage')), ...[4, 5, 6].map(storage('read-only-storage'))],
    });
    const resources = [
      this.paramBuffer,
      gradBuffer,
      workBuffer,
      this.stateBuffer,
      this.planBuffer,
      tensorBuffer(data.train.images),
      tensorBuffer(data.train.targets),
    ];
    this.bindGroup = this.device.createBindGroup({
      layout,
      entries: resources.map((buffer, binding) => ({ binding, resource: { buffer } })),
    });
    const pipelineLayout = this.device.createPipelineLayout({ bindGroupLayouts: [layout] });
    this.passes = kernels.map((kernel) => ({
      pipeline: this.device.createComputePipeline({
        label: kernel.name,
        layout: pipelineLayout,
        compute: {
          module: this.device.createShaderModule({ label: kernel.name, code: kernel.code }),
          entryPoint: 'main',
        },
      }),
      size: dispatchSize(kernel),
    }));
    this.copyWeights('fromModels');
  }

  private buffer(floats: number, usage: number): GPUBuffer {
    const buffer = this.device.createBuffer({ size: Math.ceil((floats * 4) / 16) * 16, usage });
    this.buffers.push(buffer);
    return buffer;
  }

  /** Copies between the packed weights and the models' variables, entirely on the GPU. */
  private copyWeights(direction: 'fromModels' | 'toModels'): void {
    const targets = this.variables.map((variables) => variables.map(tensorBuffer));
    flushTfjs();
    const encoder = this.device.createCommandEncoder();
    targets.forEach((buffers, a) =>
      buffers.forEach((buffer, i) => {
        const placed = this.params.variables[i];
        if (!placed) return;
        const packed = (a * this.params.armStride + placed.offset) * 4;
        if (direction === 'fromModels')
          encoder.copyBufferToBuffer(buffer, 0, this.paramBuffer, packed, placed.size * 4);
        else encoder.copyBufferToBuffer(this.paramBuffer, packed, buffer, 0, placed.size * 4);
      }),
    );
    this.device.queue.submit([encoder.finish()]);
    if (direction === 'toModels') this.variables.flat().forEach(forgetCpuCopy);
  }

  step(plan: StepPlan): void {
    const batch = this.config.batchSize;
    if (plan.indices.length !== batch) throw new Error(`a plan of ${plan.indices.length} examples, not ${batch}`);
    const words = this.planWords;
    const mix = plan.mix;
    words[0] = mix ? 1 : 0;
    words[1] = mix?.boxes ? 1 : 0;
    words.set(plan.indices, 4);
    if (mix) {
      words.set(mix.partners, 4 + batch);
      this.planFloats.set(mix.lambdas, 4 + 2 * batch);
      mix.boxes?.forEach((box, i) => words.set([box.x0, box.y0, box.x1, box.y1], 4 + 3 * batch + 4 * i));
    }
    this.device.queue.writeBuffer(this.planBuffer, 0, words);
    flushTfjs();
    const encoder = this.device.createCommandEncoder();
    const pass = encoder.beginComputePass();
    pass.setBindGroup(0, this.bindGroup);
    for (const { pipeline, size } of this.passes) {
      pass.setPipeline(pipeline);
      pass.dispatchWorkgroups(size[0], size[1]);
    }
    pass.end();
    this.device.queue.submit([encoder.finish()]);
  }

  lossAverages(): Promise<number[]> {
    const read = this.reading.then(async () => {
      const bytes = this.arms.length * 4;
      const encoder = this.device.createCommandEncoder();
      encoder.copyBufferToBuffer(this.stateBuffer, 0, this.staging, 0, bytes);
      this.device.queue.submit([encoder.finish()]);
      await this.staging.mapAsync(GPUMapMode.READ, 0, bytes);
      const values = Array.from(new Float32Array(this.staging.getMappedRange(0, bytes).slice(0)));
      this.staging.unmap();
      return values;
    });
    this.reading = read.catch(() => undefined);
    return read;
  }

  syncModels(): void {
    this.copyWeights('toModels');
  }

  dispose(): void {
    for (const buffer of this.buffers) buffer.destroy();
    this.buffers.length = 0;
  }
}

export const createFusedStepper: StepperFactory = (arms, data, config) => new FusedStepper(arms, data, config);
