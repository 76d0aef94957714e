import * as tf from '@tensorflow/tfjs';
import { beforeAll, describe, expect, it } from 'vitest';
import { accuracy, expectedCalibrationError, meanNll, topPredictions } from '../mixup/metrics';
import { evaluate } from './evaluate';
import { buildModel } from './models';
import { setUpCpuBackend } from './fastCpuConvGrad';
import { readMnist } from '../data/node/readMnist';

// Real MNIST through TF.js on the cpu backend: seconds on an idle machine, more when two cores are shared, so the
// tests get room beyond vitest's 5 s default. Nothing here is a timing check.
describe('evaluate', { timeout: 60_000 }, () => {
  beforeAll(setUpCpuBackend);
  const test = readMnist('test', 1100);

  function evalSet() {
    const images = tf.tidy(() =>
      tf.tensor4d(
        Float32Array.from(test.images, (v) => v / 255),
        [test.count, 28, 28, 1],
      ),
    );
    return { images, labels: test.labels, indices: Int32Array.from({ length: test.count }, (_, i) => i) };
  }

  it('equals the src/mixup metrics of one unchunked forward pass', async () => {
    const model = buildModel('tiny', 2);
    const set = evalSet();
    const before = tf.memory().numTensors;
    const result = await evaluate(model, set, 5);
    expect(tf.memory().numTensors).toBe(before);

    const probsTensor = tf.tidy(() => tf.softmax(model.predict(set.images) as tf.Tensor2D));
    const probs = (await probsTensor.data()) as Float32Array;
    expect(result?.accuracy).toBeCloseTo(accuracy(probs, set.labels), 10);
    expect(result?.nll).toBeCloseTo(meanNll(probs, set.labels), 5);
    expect(result?.ece).toBeCloseTo(expectedCalibrationError(probs, set.labels), 5);
    expect(result?.reliability.reduce((sum, bin) => sum + bin.count, 0)).toBe(test.count);
    expect(result?.showcase).toEqual(topPredictions(probs, set.labels, 10, 5));

    const perClass = result?.perClassAccuracy ?? [];
    expect(perClass).toHaveLength(10);
    const classCounts = Array.from({ length: 10 }, (_, k) => set.labels.filter((y) => y === k).length);
    const weighted = perClass.reduce((sum, acc, k) => sum + acc * (classCounts[k] ?? 0), 0) / test.count;
    expect(weighted).toBeCloseTo(result?.accuracy ?? NaN, 10);
    tf.dispose([probsTensor, set.images]);
    model.dispose();
  });

  it('returns null when the outputs are not finite', async () => {
    const model = buildModel('tiny', 2);
    const set = evalSet();
    const [kernel, ...rest] = model.getWeights();
    model.setWeights([tf.fill(kernel?.shape ?? [], NaN), ...rest]);
    expect(await evaluate(model, set)).toBeNull();
    set.images.dispose();
    model.dispose();
  });
});
