/**
 * The training step behind one small interface, so the run's loop, reports and controls are one piece of
 * code whatever trains: the TF.js reference (`tfjsStepper.ts`, any backend) or the fused WebGPU engine
 * (`webgpu/`). A stepper owns the optimiser state and the loss moving averages; the arms' TF.js models
 * are what evaluation reads, and `syncModels` makes them hold the stepper's weights.
 */
import type * as tf from '@tensorflow/tfjs';
import type { StepPlan } from './batches';
import type { TrainConfig } from '../contract/config';
import type { DeviceData } from './deviceData';
import type { ArmName, EngineName } from '../contract/protocol';

export type { EngineName };

export interface StepperArm {
  name: ArmName;
  /** Built from the run's seed, so every arm starts from the same weights; evaluation reads it. */
  model: tf.Sequential;
}

/** Smoothing of the reported training loss: roughly the last ten steps. */
export const LOSS_EMA_DECAY = 0.9;

export interface PairedStepper {
  readonly engine: EngineName;
  /**
   * Queues one optimiser step of every arm on `plan`'s examples (the mixup arm mixed as the plan says,
   * the baseline not) and returns without waiting for the device.
   */
  step(plan: StepPlan): void;
  /** Each arm's loss moving average (decay LOSS_EMA_DECAY, from 0, not bias-corrected); waits for queued steps. */
  lossAverages(): Promise<number[]>;
  /** Makes every arm's model hold the current weights; called before anything reads the models. */
  syncModels(): void;
  /** Frees what the stepper created; the arms' models belong to the trainer. */
  dispose(): void;
}

export type StepperFactory = (arms: readonly StepperArm[], data: DeviceData, config: TrainConfig) => PairedStepper;
