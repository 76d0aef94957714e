import { describe, it } from 'vitest';
import { readMnist } from '../../data/node/readMnist';
import { BatchPlanner } from '../batches';
import { DEFAULT_CONFIG, type ModelKind, type TrainConfig } from '../config';
import { createDeviceData } from '../deviceData';
import { buildModel } from '../models';
import { setUpNodeWebGpuBackend } from '../node/webgpuBackend';
import type { StepperFactory } from '../stepper';
import { createTfjsStepper } from '../tfjsStepper';
import { createFusedStepper } from './fusedStepper';

/**
 * Paired steps per second of the fused step and the TF.js stepper on TF.js webgpu, in examples × arms
 * per second, after one warm-up step. Not part of the suite (minutes on SwiftShader):
 * FUSED_BENCH=1 [BENCH_MODEL=tiny] [BENCH_BATCH=64] [BENCH_STEPS=5] [BENCH_ENGINES=fused,tfjs]
 * npx vitest run src/engine/webgpu/speed.test.ts
 */
const enabled = Boolean(process.env.FUSED_BENCH);

describe.skipIf(!enabled)('fused step speed', () => {
  it('times both steppers', async () => {
    await setUpNodeWebGpuBackend();
    const model = (process.env.BENCH_MODEL ?? 'tiny') as ModelKind;
    const batchSize = Number(process.env.BENCH_BATCH ?? 64);
    const steps = Number(process.env.BENCH_STEPS ?? 5);
    const config: TrainConfig = { ...DEFAULT_CONFIG, model, trainSize: 512, batchSize, seed: 3 };
    const data = createDeviceData(readMnist('train', 2000), readMnist('test', 100), {
      ...config,
      quickEvalSize: 8,
      testSize: 8,
      trainEvalSize: 8,
    });
    const factories: [string, StepperFactory][] = [
      ['fused', createFusedStepper],
      ['tfjs', createTfjsStepper],
    ];
    const engines = process.env.BENCH_ENGINES?.split(',');
    for (const [name, factory] of factories.filter(([name]) => !engines || engines.includes(name))) {
      const arms = (['baseline', 'mixup'] as const).map((arm) => ({ name: arm, model: buildModel(model, 3) }));
      const stepper = factory(arms, data, config);
      const planner = new BatchPlanner(data.train.count, config);
      stepper.step(planner.next());
      await stepper.lossAverages();
      const start = performance.now();
      for (let s = 0; s < steps; s++) stepper.step(planner.next());
      await stepper.lossAverages();
      const seconds = (performance.now() - start) / 1000;
      console.log(
        `${name} ${model} batch ${batchSize}: ${((1000 * seconds) / steps).toFixed(0)} ms/step, ` +
          `${((2 * batchSize * steps) / seconds).toFixed(1)} examples·arms/s`,
      );
      stepper.dispose();
      for (const arm of arms) arm.model.dispose();
    }
    data.dispose();
  }, 1_800_000);
});
