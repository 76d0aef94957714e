import * as tf from '@tensorflow/tfjs';
import { beforeAll, describe, expect, it } from 'vitest';
import { setUpNodeWasmBackend } from './node/wasmBackend';
import { logitGradientDirection } from './robustness';

// The backend the attack runs on where the page has no GPU; robustness.slow.test.ts attacks trained models.
beforeAll(setUpNodeWasmBackend);

describe('logitGradientDirection', () => {
  const direction = async (logits: number[][], labels: number[]) => {
    const d = tf.tidy(() =>
      logitGradientDirection(
        tf.tensor2d(logits),
        tf.oneHot(tf.tensor1d(labels, 'int32'), logits[0]?.length ?? 0) as tf.Tensor2D,
      ),
    );
    const rows = (await d.array()) as number[][];
    d.dispose();
    return rows;
  };

  it('is softmax − onehot times a positive factor per row', async () => {
    const logits = [
      [1, 2, 3],
      [0.5, -1, 4],
      [2, 2, 2],
    ];
    const labels = [2, 0, 1];
    const rows = await direction(logits, labels);
    rows.forEach((row, r) => {
      const z = logits[r] ?? [];
      const total = z.reduce((sum, v) => sum + Math.exp(v), 0);
      const exact = z.map((v, k) => Math.exp(v) / total - (k === labels[r] ? 1 : 0));
      const ratios = row.map((v, k) => v / (exact[k] ?? NaN));
      for (const ratio of ratios) {
        expect(ratio).toBeGreaterThan(0);
        expect(ratio).toBeCloseTo(ratios[0] ?? NaN, 5);
      }
    });
  });

  it('keeps the true class’s term where float32’s softmax rounds it away', async () => {
    // By hand: the wrong logits' largest is 0, so q = (–, 1, e^−5) and the true class gets −(1 + e^−5).
    const [confident] = await direction([[30, 0, -5]], [0]);
    expect(confident?.[0]).toBeCloseTo(-(1 + Math.exp(-5)), 6);
    expect(confident?.[1]).toBeCloseTo(1, 6);
    expect(confident?.[2]).toBeCloseTo(Math.exp(-5), 6);
    // softmax − onehot is exactly 0 here in float32: every probability is 1 or below 1e-38.
    const [extreme] = await direction([[200, 0, -300]], [0]);
    expect(extreme).toEqual([-1, 1, 0]);
  });
});
