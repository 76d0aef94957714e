import { describe, expect, it } from 'vitest';
import { robustnessTable, type SeedRun } from './report';

const run = (seed: number, baseline: number[], mixup: number[]): SeedRun => ({
  seed,
  epochs: [],
  robustness: {
    size: 1000,
    baseline: baseline.map((accuracy, i) => ({ epsilon: [0, 0.1][i] ?? NaN, accuracy })),
    mixup: mixup.map((accuracy, i) => ({ epsilon: [0, 0.1][i] ?? NaN, accuracy })),
  },
});

describe('robustnessTable', () => {
  it('gives each ε the arms’ mean ± std and the difference, over the seeds that finished', () => {
    const table = robustnessTable([run(1, [0.9, 0.4], [0.88, 0.5]), run(2, [0.92, 0.42], [0.9, 0.54]), { seed: 3, epochs: [], robustness: null }]);
    const lines = table.split('\n');
    expect(lines[0]).toMatch(/ε\s+baseline acc %\s+mixup acc %\s+mixup − baseline/);
    expect(lines[2]).toMatch(/^\s*0\s+91\.00 ± 1\.41\s+89\.00 ± 1\.41\s+-2\.00 ± 0\.00$/);
    expect(lines[3]).toMatch(/^\s*0\.1\s+41\.00 ± 1\.41\s+52\.00 ± 2\.83\s+11\.00 ± 1\.41$/);
  });

  it('says so when no run finished', () => {
    expect(robustnessTable([{ seed: 1, epochs: [], robustness: null }])).toBe('No run finished: no robustness to report.');
  });
});
