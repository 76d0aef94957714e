import { describe, expect, it } from 'vitest';
import { robustnessRows } from './robustnessRows';

describe('robustnessRows', () => {
  it('writes each ε with both accuracies and marks the higher against that ε’s spread, a tie marking neither', () => {
    const spread = { measuredOn: 'three seeds', accuracy: null, nll: null, ece: null, fgsm: new Map([[0.1, 0.05]]) };
    const rows = robustnessRows(
      {
        size: 1000,
        baseline: [
          { epsilon: 0, accuracy: 0.9 },
          { epsilon: 0.1, accuracy: 0.41 },
          { epsilon: 0.2, accuracy: 0.05 },
        ],
        mixup: [
          { epsilon: 0, accuracy: 0.88 },
          { epsilon: 0.1, accuracy: 0.523 },
          { epsilon: 0.2, accuracy: 0.05 },
        ],
      },
      spread,
    );
    expect(rows).toEqual([
      {
        kind: 'compared',
        label: 'ε = 0 (no attack)',
        cells: { baseline: '90.00%', mixup: '88.00%' },
        mark: { ahead: 'baseline', standing: 'unknown' },
      },
      // 11.3 points against a spread of 5.
      {
        kind: 'compared',
        label: 'ε = 0.1',
        cells: { baseline: '41.00%', mixup: '52.30%' },
        mark: { ahead: 'mixup', standing: 'clear' },
      },
      { kind: 'compared', label: 'ε = 0.2', cells: { baseline: '5.00%', mixup: '5.00%' }, mark: null },
    ]);
  });
});
