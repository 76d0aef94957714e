/**
 * A saved run's curves, epoch summaries and robustness, and a sweep's finished runs, as CSV tables
 * for a spreadsheet or pandas. RFC 4180 with `\n` line ends; numbers are written as String(x), the
 * shortest text that parses back to the same double, so nothing is lost on the way out. Pure: no DOM,
 * no React, no TF.js.
 */
import { ARMS, type ArmName } from '../contract/protocol';
import type { RobustnessPoint } from '../contract/reports';
import type { ArmEpochSummary, ArmPoint, EpochSummary, MetricsPoint } from '../contract/reports';
import type { SavedRun, SavedSweep } from '../storage/savedRun';
import type { FinalMetrics, SweepRecord } from '../storage/sweepSummary';

export type CsvCell = string | number | null;

/** A cell needs quotes only when it holds a separator, a quote or a line break. */
const NEEDS_QUOTES = /[",\r\n]/;

function cellText(cell: CsvCell): string {
  // NaN (a class with no test digits) and null (not measured) are both an empty cell: no value.
  if (cell === null || Number.isNaN(cell)) return '';
  const text = String(cell);
  return NEEDS_QUOTES.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

function line(cells: readonly CsvCell[]): string {
  return `${cells.map(cellText).join(',')}\n`;
}

/**
 * The table as RFC 4180 text, each record ending in `\n`.
 *
 * @throws Error when a row has more or fewer cells than the header: its values would land under the wrong names.
 */
export function toCsv(header: readonly string[], rows: readonly (readonly CsvCell[])[]): string {
  rows.forEach((row, i) => {
    if (row.length !== header.length)
      throw new Error(`CSV row ${i} has ${row.length} cells, but the header has ${header.length}`);
  });
  return [header, ...rows].map(line).join('');
}

/** A column: its name in the header and how a row gives its cell. */
type Column<T> = readonly [name: string, cell: (row: T) => CsvCell];

/** The keys of T whose values are numbers. */
type NumberKey<T> = { [K in keyof T]: T[K] extends number ? K : never }[keyof T];

/** Columns that copy number fields of the row, as [column name, field] pairs. */
function fieldColumns<T>(fields: readonly (readonly [name: string, key: NumberKey<T>])[]): Column<T>[] {
  return fields.map(([name, key]) => [name, (row) => row[key] as CsvCell]);
}

/** The same columns once per arm, baseline first, each name prefixed with its arm: baseline_ece, …, mixup_ece. */
function armColumns<A>(columns: readonly Column<A>[]): Column<Record<ArmName, A>>[] {
  return ARMS.flatMap((arm) =>
    columns.map(([name, cell]): Column<Record<ArmName, A>> => [`${arm}_${name}`, (row) => cell(row[arm])]),
  );
}

function table<T>(columns: readonly Column<T>[], rows: readonly T[]): string {
  return toCsv(
    columns.map(([name]) => name),
    rows.map((row) => columns.map(([, cell]) => cell(row))),
  );
}

const CURVE_COLUMNS: readonly Column<MetricsPoint>[] = [
  ...fieldColumns<MetricsPoint>([
    ['step', 'step'],
    ['epoch', 'epoch'],
    ['examples_seen', 'examplesSeen'],
  ]),
  ...armColumns(
    fieldColumns<ArmPoint>([
      ['train_loss', 'trainLoss'],
      ['test_accuracy', 'testAccuracy'],
      ['test_nll', 'testNll'],
      ['ece', 'ece'],
    ]),
  ),
];

const EPOCH_COLUMNS: readonly Column<EpochSummary>[] = [
  ...fieldColumns<EpochSummary>([
    ['epoch', 'epoch'],
    ['step', 'step'],
  ]),
  ...armColumns(
    fieldColumns<ArmEpochSummary>([
      ['test_accuracy', 'accuracy'],
      ['test_nll', 'nll'],
      ['ece', 'ece'],
      ['train_accuracy', 'trainAccuracy'],
    ]),
  ),
];

/** One attack strength with both arms' accuracy under it. */
type RobustnessRow = Record<ArmName, RobustnessPoint> & { epsilon: number };

const ROBUSTNESS_COLUMNS: readonly Column<RobustnessRow>[] = [
  ...fieldColumns<RobustnessRow>([['epsilon', 'epsilon']]),
  ...armColumns(fieldColumns<RobustnessPoint>([['accuracy', 'accuracy']])),
];

const SWEEP_COLUMNS: readonly Column<SweepRecord>[] = [
  ...fieldColumns<SweepRecord>([
    ['alpha', 'alpha'],
    ['seed', 'seed'],
  ]),
  ...armColumns(
    fieldColumns<FinalMetrics>([
      ['accuracy', 'accuracy'],
      ['nll', 'nll'],
      ['ece', 'ece'],
    ]),
  ),
  ...fieldColumns<SweepRecord>([['elapsed_ms', 'elapsedMs']]),
];

/** The live curves: one row per quick evaluation. */
export function curvesCsv(run: SavedRun): string {
  return table(CURVE_COLUMNS, run.points);
}

/** One row per finished epoch: the full test-subset evaluation and the clean training accuracy. */
export function epochsCsv(run: SavedRun): string {
  return table(EPOCH_COLUMNS, run.epochs);
}

/**
 * Accuracy under FGSM, one row per ε; only the header for a run without robustness (stopped or
 * unfinished). Both arms are attacked with the same ε list, so rows pair by position, as the page's
 * own table does.
 */
export function robustnessCsv(run: SavedRun): string {
  const robustness = run.result?.robustness;
  const rows =
    robustness?.baseline.map((baseline, i): RobustnessRow => ({
      epsilon: baseline.epsilon,
      baseline,
      mixup: robustness.mixup[i] ?? { epsilon: baseline.epsilon, accuracy: NaN },
    })) ?? [];
  return table(ROBUSTNESS_COLUMNS, rows);
}

/** One row per finished run of the sweep, in the order they ran. */
export function sweepCsv(sweep: SavedSweep): string {
  return table(SWEEP_COLUMNS, sweep.records);
}
