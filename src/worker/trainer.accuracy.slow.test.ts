import { beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_CONFIG, type TrainConfig } from '../contract/config';
import { createDeviceData } from './deviceData';
import { readMnist } from '../data/node/readMnist';
import { setUpNodeWasmBackend } from './node/wasmBackend';
import type { EpochSummary } from '../contract/reports';
import { runPairedTraining } from './trainer';

describe('paired training on real MNIST', () => {
  // The wasm backend with our training kernels: what the page uses without a GPU, and 5× faster here than cpu.
  beforeAll(setUpNodeWasmBackend);

  it(
    'reaches over 85% test accuracy in 2 epochs on 1,000 examples (tiny model, full test set)',
    { timeout: 180_000 },
    async () => {
      const config: TrainConfig = {
        ...DEFAULT_CONFIG,
        trainSize: 1000,
        epochs: 2,
        batchSize: 16,
        learningRate: 3e-3,
        // Epoch ends only: full-test evaluations dominate the time on a CPU.
        evalEvery: 10000,
        quickEvalSize: 100,
        trainEvalSize: 200,
      };
      const data = createDeviceData(readMnist('train'), readMnist('test'), config);
      const epochs: EpochSummary[] = [];
      const started = performance.now();
      const result = await runPairedTraining(
        data,
        config,
        { onProgress: () => undefined, onMetrics: () => undefined, onEpochEnd: (e) => epochs.push(e) },
        { isStopped: () => false, waitWhilePaused: () => Promise.resolve() },
      );
      data.dispose();
      const seconds = (performance.now() - started) / 1000;
      console.info(
        epochs
          .map(
            (e) =>
              `epoch ${e.epoch}: baseline ${e.baseline.accuracy.toFixed(4)} (NLL ${e.baseline.nll.toFixed(3)}, ECE ${e.baseline.ece.toFixed(3)}), mixup ${e.mixup.accuracy.toFixed(4)} (NLL ${e.mixup.nll.toFixed(3)}, ECE ${e.mixup.ece.toFixed(3)})`,
          )
          .join('\n'),
        `\n${seconds.toFixed(1)} s, ${result.examplesPerSecond.toFixed(0)} examples/s per arm`,
      );
      expect(data.test.labels).toHaveLength(10000);
      expect(result.final?.baseline.accuracy).toBeGreaterThan(0.85);
      expect(result.final?.mixup.accuracy).toBeGreaterThan(0.8);
    },
  );
});
