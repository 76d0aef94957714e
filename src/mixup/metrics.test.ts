import { describe, expect, it } from 'vitest';
import { accuracy, expectedCalibrationError, meanNll, reliabilityBins, topPredictions } from './metrics';
import { createRng } from './rng';

/**
 * Four two-class predictions, worked by hand with 5 bins (edges 0.2, 0.4, 0.6, 0.8, 1):
 *   #  probs            label  confidence  correct  bin
 *   1  [0.875, 0.125]   0      0.875       yes      4 (0.8, 1]
 *   2  [0.625, 0.375]   1      0.625       no       3 (0.6, 0.8]
 *   3  [0.75, 0.25]     0      0.75        yes      3
 *   4  [0.4375, 0.5625] 1      0.5625      yes      2 (0.4, 0.6]
 * Bin 4: n = 1, conf 0.875,  acc 1   → (1/4)·0.125  = 0.03125
 * Bin 3: n = 2, conf 0.6875, acc 0.5 → (2/4)·0.1875 = 0.09375
 * Bin 2: n = 1, conf 0.5625, acc 1   → (1/4)·0.4375 = 0.109375
 * ECE = 0.234375; accuracy = 3/4; NLL = −(ln 0.875 + ln 0.375 + ln 0.75 + ln 0.5625)/4.
 */
/** The next float32 above fround(x), for x > 0: add one to the bit pattern. */
function nextFloat32Above(x: number): number {
  const bits = new Uint32Array(Float32Array.of(x).buffer);
  bits[0] = (bits[0] ?? 0) + 1;
  return new Float32Array(bits.buffer)[0] ?? NaN;
}

const handProbs = Float32Array.from([0.875, 0.125, 0.625, 0.375, 0.75, 0.25, 0.4375, 0.5625]);
const handLabels = [0, 1, 0, 1];

describe('accuracy and meanNll by hand', () => {
  it('accuracy is 3/4', () => {
    expect(accuracy(handProbs, handLabels, 2)).toBe(0.75);
  });

  it('meanNll averages −ln p[label]', () => {
    const expected = -(Math.log(0.875) + Math.log(0.375) + Math.log(0.75) + Math.log(0.5625)) / 4;
    expect(meanNll(handProbs, handLabels, 2)).toBeCloseTo(expected, 14);
  });

  it('breaks argmax ties towards the lowest index', () => {
    // Row 0 ties classes 1 and 2 → predicts 1; row 1 ties classes 1 and 2 below class 0 → predicts 0.
    const probs = Float32Array.from([0.25, 0.5, 0.5, 0.5, 0.25, 0.25]);
    expect(accuracy(probs, [1, 0], 3)).toBe(1);
    expect(accuracy(probs, [2, 0], 3)).toBe(0.5);
  });

  it('turns one confident mistake into −ln 1e-7 ≈ 16.1, not Infinity', () => {
    expect(meanNll(Float32Array.from([1, 0]), [1], 2)).toBeCloseTo(-Math.log(1e-7), 12);
  });

  it('uses the default K = 10', () => {
    const probs = new Float32Array(10).fill(0.1);
    expect(accuracy(probs, [0])).toBe(1);
    expect(meanNll(probs, [3])).toBeCloseTo(-Math.log(Math.fround(0.1)), 12);
  });
});

describe('reliabilityBins and expectedCalibrationError', () => {
  it('reproduce the hand-worked table', () => {
    const bins = reliabilityBins(handProbs, handLabels, 2, 5);
    expect(bins.map((bin) => bin.count)).toEqual([0, 0, 1, 2, 1]);
    expect(bins[3]).toEqual({ lower: 0.6, upper: 0.8, count: 2, meanConfidence: 0.6875, accuracy: 0.5 });
    expect(bins[0]).toEqual({ lower: 0, upper: 0.2, count: 0, meanConfidence: 0, accuracy: 0 });
    expect(expectedCalibrationError(handProbs, handLabels, 2, 5)).toBe(0.234375);
  });

  it('gives ECE = 0 for a perfectly calibrated case', () => {
    // Four predictions at confidence 0.75 of which 3 are right, and two at 0.5 of which 1 is right
    // (the tie [0.5, 0.5] predicts class 0).
    const probs = Float32Array.from([0.75, 0.25, 0.75, 0.25, 0.25, 0.75, 0.25, 0.75, 0.5, 0.5, 0.5, 0.5]);
    expect(expectedCalibrationError(probs, [0, 0, 1, 0, 0, 1], 2)).toBe(0);
  });

  it('puts a confidence exactly on an edge in the lower bin', () => {
    // K = 4, B = 4: confidences 0.25, 0.5, 0.75 and 1 sit exactly on the edges of bins 0 … 3.
    const probs = Float32Array.from([0.25, 0.25, 0.25, 0.25, 0.5, 0.5, 0, 0, 0.75, 0.25, 0, 0, 1, 0, 0, 0]);
    expect(reliabilityBins(probs, [0, 0, 0, 0], 4, 4).map((bin) => bin.count)).toEqual([1, 1, 1, 1]);
  });

  it('puts float32 probabilities 1/15 and 2/15 in bins 0 and 1 of the default 15', () => {
    const uniform = new Float32Array(15).fill(1 / 15); // confidence fround(1/15), in bin 0
    const peaked = new Float32Array(15).fill(13 / 15 / 14); // others 0.062 < 2/15
    peaked[0] = 2 / 15; // confidence fround(2/15), in bin 1
    const justAbove = new Float32Array(15);
    justAbove[0] = nextFloat32Above(1 / 15); // the smallest float32 past the edge, in bin 1
    const probs = new Float32Array([...uniform, ...peaked, ...justAbove]);
    const bins = reliabilityBins(probs, [0, 0, 0], 15);
    expect(bins.slice(0, 3).map((bin) => bin.count)).toEqual([1, 2, 0]);
  });

  it('puts confidence 0 in bin 0 and confidence 1 in the last bin', () => {
    const bins = reliabilityBins(Float32Array.from([0, 0, 1, 0]), [0, 0], 2, 15);
    expect(bins[0]?.count).toBe(1);
    expect(bins[14]?.count).toBe(1);
  });

  it('has counts summing to N and bin edges b/B … (b + 1)/B', () => {
    const rng = createRng(4);
    const n = 1000;
    const probs = new Float32Array(n * 10);
    for (let i = 0; i < n; i++) {
      const weights = Array.from({ length: 10 }, () => rng() ** 4);
      const total = weights.reduce((a, b) => a + b, 0);
      weights.forEach((w, k) => (probs[i * 10 + k] = w / total));
    }
    const labels = Array.from({ length: n }, () => Math.floor(rng() * 10));
    const bins = reliabilityBins(probs, labels);
    expect(bins).toHaveLength(15);
    expect(bins.reduce((sum, bin) => sum + bin.count, 0)).toBe(n);
    bins.forEach((bin, b) => {
      expect(bin.lower).toBe(b / 15);
      expect(bin.upper).toBe((b + 1) / 15);
    });
    const ece = expectedCalibrationError(probs, labels);
    expect(ece).toBeGreaterThanOrEqual(0);
    expect(ece).toBeLessThanOrEqual(1);
  });
});

describe('topPredictions', () => {
  const probs = Float32Array.from([0.1, 0.7, 0.2, 0.5, 0.5, 0, 0.2, 0.3, 0.5]);

  it('gives each row its argmax, ties to the lowest class, and that probability', () => {
    const { predicted, confidence } = topPredictions(probs, [1, 1, 0], 3);
    expect(Array.from(predicted)).toEqual([1, 0, 2]);
    expect(Array.from(confidence)).toEqual([0.7, 0.5, 0.5].map(Math.fround));
  });

  it('stops after limit rows and still checks the whole input', () => {
    expect(Array.from(topPredictions(probs, [1, 1, 0], 3, 2).predicted)).toEqual([1, 0]);
    expect(() => topPredictions(probs, [1, 1, 3], 3, 1)).toThrow(/labels/);
  });
});

describe('metrics validation', () => {
  const metrics = [accuracy, meanNll, reliabilityBins, expectedCalibrationError].map(
    (metric) => [metric.name, metric] as const,
  );

  it.each(metrics)('%s rejects an empty batch', (_, metric) => {
    expect(() => metric(new Float32Array(0), [], 10)).toThrow('at least one example');
  });

  it.each(metrics)('%s rejects probs of the wrong length, naming both numbers', (_, metric) => {
    expect(() => metric(new Float32Array(15), [0, 1], 10)).toThrow('probs.length must be N·K = 2·10 = 20, got 15');
  });

  it.each(metrics)('%s rejects a bad label, naming its index and value', (_, metric) => {
    expect(() => metric(new Float32Array(20), [0, 10], 10)).toThrow('labels[1] must be an integer in [0, 10), got 10');
  });

  it.each(metrics)('%s rejects a NaN probability, naming its index', (_, metric) => {
    expect(() => metric(Float32Array.from([0.5, NaN]), [0], 2)).toThrow('probs[1] must be a finite number, got NaN');
  });

  it('rejects a bad number of bins', () => {
    expect(() => reliabilityBins(handProbs, handLabels, 2, 0)).toThrow('numBins must be a positive integer, got 0');
  });
});
