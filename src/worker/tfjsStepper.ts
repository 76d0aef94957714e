/**
 * The reference step: TF.js's optimiser minimising `objective` on each arm in turn, on whatever backend
 * is set. Every other engine is checked against it.
 */
import * as tf from '@tensorflow/tfjs';
import { gatherBatch, mixOnDevice, type DeviceBatch, type StepPlan } from './batches';
import type { TrainConfig } from '../contract/config';
import type { DeviceData } from './deviceData';
import { objective } from './losses';
import { kernelVariables, trainableVariables } from './models';
import { LOSS_EMA_DECAY, type PairedStepper, type StepperArm } from './stepper';

interface ArmState {
  arm: StepperArm;
  optimizer: tf.Optimizer;
  variables: tf.Variable[];
  kernels: tf.Variable[];
  /** Kept on the device so steps never wait for it. */
  lossEma: tf.Variable<tf.Rank.R0>;
}

function disposeOptimizer(optimizer: tf.Optimizer): void {
  optimizer.dispose();
  // TF.js 4.22's MomentumOptimizer.dispose() forgets the −learningRate scalar its SGD parent keeps.
  if (optimizer.getClassName() === 'Momentum') (optimizer as unknown as { c: tf.Tensor }).c.dispose();
}

export class TfjsStepper implements PairedStepper {
  readonly engine = 'tfjs';
  private readonly states: ArmState[];

  constructor(
    arms: readonly StepperArm[],
    private readonly data: DeviceData,
    private readonly config: TrainConfig,
  ) {
    this.states = arms.map((arm) => ({
      arm,
      optimizer:
        config.optimizer === 'adam' ? tf.train.adam(config.learningRate) : tf.train.momentum(config.learningRate, 0.9),
      variables: trainableVariables(arm.model),
      kernels: kernelVariables(arm.model),
      // In a tidy so the initial scalar, which the variable copies, is freed.
      lossEma: tf.tidy(() => tf.variable(tf.scalar(0), false)),
    }));
  }

  step(plan: StepPlan): void {
    const { images, targets } = this.data.train;
    tf.tidy(() => {
      const batch = gatherBatch(images, targets, plan.indices);
      for (const state of this.states) {
        this.trainArm(state, state.arm.name === 'mixup' && plan.mix ? mixOnDevice(batch, plan.mix) : batch);
      }
    });
  }

  private trainArm(state: ArmState, batch: DeviceBatch): void {
    const cost = state.optimizer.minimize(
      () => objective(state.arm.model, batch.images, batch.targets, state.kernels, this.config.weightDecay),
      true,
      state.variables,
    );
    if (!cost) throw new Error('optimizer.minimize returned no cost');
    state.lossEma.assign(tf.add(tf.mul(LOSS_EMA_DECAY, state.lossEma), tf.mul(1 - LOSS_EMA_DECAY, cost)));
  }

  async lossAverages(): Promise<number[]> {
    const stacked = tf.stack(this.states.map((state) => state.lossEma));
    const values = await stacked.data();
    stacked.dispose();
    return Array.from(values);
  }

  /** The optimiser updates the models' own variables: nothing to copy. */
  syncModels(): void {}

  dispose(): void {
    for (const state of this.states) {
      disposeOptimizer(state.optimizer);
      state.lossEma.dispose();
    }
  }
}

export const createTfjsStepper = (arms: readonly StepperArm[], data: DeviceData, config: TrainConfig) =>
  new TfjsStepper(arms, data, config);
