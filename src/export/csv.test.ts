import { describe, expect, it } from 'vitest';
import type { ArmEpochSummary, ArmPoint } from '../contract/reports';
import type { FinalMetrics } from '../storage/sweepSummary';
import { curvesCsv, epochsCsv, robustnessCsv, sweepCsv, toCsv } from './csv';
import { AWKWARD, savedRunFixture, savedSweepFixture } from './testing/fixtures';
import { parseCsv } from './testing/parseCsv';

/** The header and every cell read back as a number; an empty cell reads as NaN. */
function readTable(csv: string): { header: string[]; rows: number[][] } {
  const [header = [], ...rows] = parseCsv(csv);
  return { header, rows: rows.map((row) => row.map((cell) => (cell === '' ? NaN : Number(cell)))) };
}

describe('toCsv', () => {
  it('writes numbers as String(x), NaN and null as empty cells, each record ending in \\n', () => {
    expect(
      toCsv(
        ['a', 'b', 'c', 'd'],
        [
          [0.1 + 0.2, 1e-7, NaN, null],
          [-1.5, 1e21, 'x', ''],
        ],
      ),
    ).toBe('a,b,c,d\n0.30000000000000004,1e-7,,\n-1.5,1e+21,x,\n');
  });

  it('quotes only a field that holds a comma, a quote or a line break, doubling its quotes', () => {
    const awkward = ['a,b', 'say "hi"', 'two\nlines', 'cr\r\nlf', 'plain', ' spaced '];
    const csv = toCsv(
      ['name'],
      awkward.map((text) => [text]),
    );
    expect(csv).toBe('name\n"a,b"\n"say ""hi"""\n"two\nlines"\n"cr\r\nlf"\nplain\n spaced \n');
    expect(parseCsv(csv).slice(1)).toEqual(awkward.map((text) => [text]));
  });

  it('quotes header names too', () => {
    expect(parseCsv(toCsv(['x,y', 'z'], []))).toEqual([['x,y', 'z']]);
  });

  it('refuses a row whose width differs from the header', () => {
    expect(() => toCsv(['a', 'b'], [[1, 2], [3]])).toThrow('CSV row 1 has 1 cells, but the header has 2');
  });
});

const armPointCells = (arm: ArmPoint): number[] => [arm.trainLoss, arm.testAccuracy, arm.testNll, arm.ece];
const armEpochCells = (arm: ArmEpochSummary): number[] => [arm.accuracy, arm.nll, arm.ece, arm.trainAccuracy];
const finalCells = (arm: FinalMetrics): number[] => [arm.accuracy, arm.nll, arm.ece];

describe('curvesCsv', () => {
  it('has one row per quick evaluation that reads back to exactly the same numbers', () => {
    const run = savedRunFixture();
    const { header, rows } = readTable(curvesCsv(run));
    expect(header).toEqual([
      'step',
      'epoch',
      'examples_seen',
      'baseline_train_loss',
      'baseline_test_accuracy',
      'baseline_test_nll',
      'baseline_ece',
      'mixup_train_loss',
      'mixup_test_accuracy',
      'mixup_test_nll',
      'mixup_ece',
    ]);
    expect(rows).toHaveLength(run.points.length);
    expect(rows).toEqual(
      run.points.map((p) => [p.step, p.epoch, p.examplesSeen, ...armPointCells(p.baseline), ...armPointCells(p.mixup)]),
    );
  });

  it('keeps every awkward number of the fixture exact', () => {
    const cells = readTable(curvesCsv(savedRunFixture())).rows.flat();
    for (const value of AWKWARD) expect(cells).toContain(value);
  });

  it('is only the header for a run with no points yet', () => {
    expect(parseCsv(curvesCsv(savedRunFixture({ points: [] })))).toHaveLength(1);
  });
});

describe('epochsCsv', () => {
  it('has one row per epoch summary that reads back to exactly the same numbers', () => {
    const run = savedRunFixture();
    const { header, rows } = readTable(epochsCsv(run));
    expect(header).toEqual([
      'epoch',
      'step',
      'baseline_test_accuracy',
      'baseline_test_nll',
      'baseline_ece',
      'baseline_train_accuracy',
      'mixup_test_accuracy',
      'mixup_test_nll',
      'mixup_ece',
      'mixup_train_accuracy',
    ]);
    expect(rows).toHaveLength(run.epochs.length);
    expect(rows).toEqual(
      run.epochs.map((e) => [e.epoch, e.step, ...armEpochCells(e.baseline), ...armEpochCells(e.mixup)]),
    );
  });
});

describe('robustnessCsv', () => {
  it('has one row per ε with both arms', () => {
    const run = savedRunFixture();
    const robustness = run.result?.robustness;
    const { header, rows } = readTable(robustnessCsv(run));
    expect(header).toEqual(['epsilon', 'baseline_accuracy', 'mixup_accuracy']);
    expect(rows).toEqual(
      robustness?.baseline.map((point, i) => [point.epsilon, point.accuracy, robustness.mixup[i]?.accuracy]),
    );
  });

  it("leaves an arm's cell empty where it has no point for that ε", () => {
    const run = savedRunFixture();
    const result = run.result && {
      ...run.result,
      robustness: { size: 10, baseline: [{ epsilon: 0.1, accuracy: 0.5 }], mixup: [] },
    };
    expect(robustnessCsv(savedRunFixture({ result }))).toBe('epsilon,baseline_accuracy,mixup_accuracy\n0.1,0.5,\n');
  });

  it('is only the header for a run without a result or without robustness', () => {
    const run = savedRunFixture();
    const stopped = savedRunFixture({ result: run.result && { ...run.result, stopped: true, robustness: null } });
    for (const item of [savedRunFixture({ result: null }), stopped]) {
      expect(robustnessCsv(item)).toBe('epsilon,baseline_accuracy,mixup_accuracy\n');
    }
  });
});

describe('sweepCsv', () => {
  it('has one row per finished run that reads back to exactly the same numbers', () => {
    const sweep = savedSweepFixture();
    const { header, rows } = readTable(sweepCsv(sweep));
    expect(header).toEqual([
      'alpha',
      'seed',
      'baseline_accuracy',
      'baseline_nll',
      'baseline_ece',
      'mixup_accuracy',
      'mixup_nll',
      'mixup_ece',
      'elapsed_ms',
    ]);
    expect(rows).toHaveLength(sweep.records.length);
    expect(rows).toEqual(
      sweep.records.map((r) => [r.alpha, r.seed, ...finalCells(r.baseline), ...finalCells(r.mixup), r.elapsedMs]),
    );
  });
});
