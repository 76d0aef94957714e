import { describe, expect, it } from 'vitest';
import type { ArmEpochSummary, EpochSummary } from '../../src/contract/reports';
import { robustnessTable, sweepTable, type SeedRun } from './report';

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
    const table = robustnessTable([
      run(1, [0.9, 0.4], [0.88, 0.5]),
      run(2, [0.92, 0.42], [0.9, 0.54]),
      { seed: 3, epochs: [], robustness: null },
    ]);
    const lines = table.split('\n');
    expect(lines[0]).toMatch(/ε\s+baseline acc %\s+mixup acc %\s+mixup − baseline/);
    expect(lines[2]).toMatch(/^\s*0\s+91\.00 ± 1\.41\s+89\.00 ± 1\.41\s+-2\.00 ± 0\.00$/);
    expect(lines[3]).toMatch(/^\s*0\.1\s+41\.00 ± 1\.41\s+52\.00 ± 2\.83\s+11\.00 ± 1\.41$/);
  });

  it('says so when no run finished', () => {
    expect(robustnessTable([{ seed: 1, epochs: [], robustness: null }])).toBe(
      'No run finished: no robustness to report.',
    );
  });
});

/** An epoch summary with only the fields the tables read. */
const epoch = (baseline: number, mixup: number): EpochSummary =>
  ({
    epoch: 1,
    baseline: { accuracy: baseline, nll: 1 - baseline, ece: 0.1 } as ArmEpochSummary,
    mixup: { accuracy: mixup, nll: 1 - mixup, ece: 0.05 } as ArmEpochSummary,
  }) as EpochSummary;

describe('sweepTable', () => {
  it('puts the baseline first, then the mixup arm of each α', () => {
    const seedRun = (seed: number, baseline: number, mixup: number): SeedRun => ({
      seed,
      epochs: [epoch(baseline, mixup)],
      robustness: null,
    });
    const lines = sweepTable([
      { alpha: 0.2, runs: [seedRun(1, 0.9, 0.91), seedRun(2, 0.9, 0.93)] },
      { alpha: 4, runs: [seedRun(1, 0.9, 0.8), seedRun(2, 0.9, 0.8)] },
    ]).split('\n');
    expect(lines[0]).toMatch(/final acc %\s+best acc %\s+final NLL\s+final ECE/);
    expect(lines[2]).toMatch(/^baseline\s+90\.00 ± 0\.00\s+90\.00 ± 0\.00\s+0\.1000 ± 0\.0000\s+0\.1000 ± 0\.0000$/);
    expect(lines[3]).toMatch(/^ *α = 0\.2\s+92\.00 ± 1\.41\s+92\.00 ± 1\.41/);
    expect(lines[4]).toMatch(/^ *α = 4\s+80\.00 ± 0\.00/);
  });
});
