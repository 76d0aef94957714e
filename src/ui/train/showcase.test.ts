import { describe, expect, it } from 'vitest';
import { showcaseCards } from './showcase';

const predictions = (predicted: number[], confidence: number[]) => ({
  showcase: { predicted: Uint8Array.from(predicted), confidence: Float32Array.from(confidence) },
});

describe('showcaseCards', () => {
  // Test digits 10, 11, 12, 13 with true labels 3, 5, 7, 1.
  const labels = Object.assign(new Uint8Array(20), { 10: 3, 11: 5, 12: 7, 13: 1 });
  const summary = {
    showcaseIndices: Int32Array.from([10, 11, 12, 13]),
    baseline: predictions([3, 5, 2, 1], [0.5, 0.9, 0.75, 0.25]),
    mixup: predictions([3, 6, 7, 1], [0.75, 0.5, 0.5, 0.5]),
  };

  it('puts digits either arm got wrong first, then the least confident', () => {
    const cards = showcaseCards(summary, labels, 10);
    // Wrong: 11 (mixup, lower confidence 0.5) and 12 (baseline, lower 0.5): a tie keeps their order.
    // Right: 13 (lower confidence 0.25) before 10 (0.5).
    expect(cards.map((card) => card.index)).toEqual([11, 12, 13, 10]);
  });

  it("reads each arm's guess against the true label", () => {
    const [first] = showcaseCards(summary, labels, 1);
    expect(first).toEqual({
      index: 11,
      label: 5,
      baseline: { predicted: 5, confidence: 0.8999999761581421, correct: true },
      mixup: { predicted: 6, confidence: 0.5, correct: false },
    });
  });

  it('keeps at most `limit` cards', () => {
    expect(showcaseCards(summary, labels, 2)).toHaveLength(2);
  });
});
