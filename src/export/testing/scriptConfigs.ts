/**
 * The settings the exported script is tested with: its text in pytorchScript.test.ts, and its runs
 * under PyTorch in pytorchScript.slow.test.ts.
 */
import { validateConfig } from '../../contract/config';

/** Adam on the tiny model, mixup with one λ per batch: the paper's setting. 40 steps = one epoch. */
export const TINY = validateConfig({
  model: 'tiny',
  trainSize: 1280,
  epochs: 1,
  batchSize: 32,
  learningRate: 0.003,
  testSize: 1000,
});
/** Every other branch at once: SGD, weight decay, label noise, asymmetric Beta, CutMix, λ per example. */
export const SEED_CNN = validateConfig({
  model: 'seed-cnn',
  trainSize: 1280,
  epochs: 1,
  batchSize: 32,
  optimizer: 'sgd',
  learningRate: 0.05,
  weightDecay: 5e-4,
  labelNoise: 0.2,
  alpha: 1,
  beta: 0.5,
  mixMode: 'cutmix',
  lambdaPer: 'example',
  testSize: 100,
});
/** α = 0 with 10 steps per epoch, stopped 2 steps into the second epoch. */
export const NO_MIXING = validateConfig({ trainSize: 320, epochs: 2, batchSize: 32, alpha: 0, testSize: 100 });
