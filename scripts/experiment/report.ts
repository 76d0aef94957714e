import type { RunRobustness } from '../../src/contract/reports';
import { formatMeanStd } from '../../src/mixup/stats';

/** What the tables read of one arm at one epoch: the app's epoch summaries and PyTorch's both have it. */
export interface ArmMetrics {
  accuracy: number;
  nll: number;
  ece: number;
  trainAccuracy: number;
}

export interface SeedRun {
  seed: number;
  epochs: { baseline: ArmMetrics; mixup: ArmMetrics }[];
  /** The FGSM attack after a finished run; null when the run stopped early. */
  robustness: RunRobustness | null;
}

type ArmKey = 'baseline' | 'mixup';
const ARMS: ArmKey[] = ['baseline', 'mixup'];

interface Column {
  title: string;
  pick: (arm: ArmMetrics) => number;
  digits: number;
  scale: number;
}

const COLUMNS: Column[] = [
  { title: 'test acc %', pick: (arm) => arm.accuracy, digits: 2, scale: 100 },
  { title: 'test NLL', pick: (arm) => arm.nll, digits: 4, scale: 1 },
  { title: 'ECE', pick: (arm) => arm.ece, digits: 4, scale: 1 },
  { title: 'train acc %', pick: (arm) => arm.trainAccuracy, digits: 2, scale: 100 },
];

function table(header: string[], rows: string[][]): string {
  const widths = header.map((title, c) => Math.max(title.length, ...rows.map((row) => (row[c] ?? '').length)));
  const line = (cells: string[]) => cells.map((cell, c) => cell.padStart(widths[c] ?? 0)).join('  ');
  return [line(header), widths.map((w) => '─'.repeat(w)).join('  '), ...rows.map(line)].join('\n');
}

/** Epochs completed by every seed: a stopped seed shortens the table rather than skewing a mean. */
function commonEpochs(runs: readonly SeedRun[]): number {
  return Math.min(...runs.map((run) => run.epochs.length));
}

/** One row per epoch and arm: the full-test-set metrics, mean ± std over seeds. */
export function epochTable(runs: readonly SeedRun[]): string {
  const rows: string[][] = [];
  for (let e = 0; e < commonEpochs(runs); e++) {
    for (const arm of ARMS) {
      const summaries = runs.map((run) => run.epochs[e]?.[arm]).filter((s): s is ArmMetrics => !!s);
      rows.push([
        String(e + 1),
        arm,
        ...COLUMNS.map((col) => formatMeanStd(summaries.map(col.pick), col.digits, col.scale)),
      ]);
    }
  }
  return table(['epoch', 'arm', ...COLUMNS.map((col) => col.title)], rows);
}

/** Final and best test accuracy, final NLL and ECE per arm, and the mixup − baseline difference. */
export function summaryTable(runs: readonly SeedRun[]): string {
  const last = commonEpochs(runs) - 1;
  if (last < 0) return 'No epoch finished: nothing to summarise.';
  const finalOf = (arm: ArmKey) => runs.map((run) => run.epochs[last]?.[arm]).filter((s): s is ArmMetrics => !!s);
  const bestAccuracy = (arm: ArmKey) => runs.map((run) => Math.max(...run.epochs.map((e) => e[arm].accuracy)));
  const rows = ARMS.map((arm) => [
    arm,
    formatMeanStd(
      finalOf(arm).map((s) => s.accuracy),
      2,
      100,
    ),
    formatMeanStd(bestAccuracy(arm), 2, 100),
    formatMeanStd(
      finalOf(arm).map((s) => s.nll),
      4,
    ),
    formatMeanStd(
      finalOf(arm).map((s) => s.ece),
      4,
    ),
  ]);
  const difference = (pick: (s: ArmMetrics) => number) =>
    runs.map((run) => {
      const epoch = run.epochs[last];
      return epoch ? pick(epoch.mixup) - pick(epoch.baseline) : NaN;
    });
  rows.push([
    'mixup − baseline',
    formatMeanStd(
      difference((s) => s.accuracy),
      2,
      100,
    ),
    '',
    formatMeanStd(
      difference((s) => s.nll),
      4,
    ),
    formatMeanStd(
      difference((s) => s.ece),
      4,
    ),
  ]);
  return table(['', 'final acc %', 'best acc %', 'final NLL', 'final ECE'], rows);
}

/** Accuracy under the FGSM attack per ε and arm, mean ± std over the seeds whose runs finished. */
export function robustnessTable(runs: readonly SeedRun[]): string {
  const attacked = runs.map((run) => run.robustness).filter((r): r is RunRobustness => r !== null);
  const first = attacked[0];
  if (!first) return 'No run finished: no robustness to report.';
  const rows = first.baseline.map((point, i) => [
    String(point.epsilon),
    ...ARMS.map((arm) =>
      formatMeanStd(
        attacked.map((r) => r[arm][i]?.accuracy ?? NaN),
        2,
        100,
      ),
    ),
    formatMeanStd(
      attacked.map((r) => (r.mixup[i]?.accuracy ?? NaN) - (r.baseline[i]?.accuracy ?? NaN)),
      2,
      100,
    ),
  ]);
  return table(['ε', 'baseline acc %', 'mixup acc %', 'mixup − baseline'], rows);
}

export interface SweepPoint {
  alpha: number;
  runs: SeedRun[];
}

/**
 * The α sweep: each α's mixup arm at the end of its runs (final and best test accuracy, final NLL and
 * ECE, mean ± std over seeds), under the baseline as the reference row. With one seed list for every α,
 * the baseline arm trains on the same data in the same order each time, so its row is taken once.
 */
export function sweepTable(points: readonly SweepPoint[]): string {
  const rowFor = (label: string, runs: readonly SeedRun[], arm: ArmKey): string[] => {
    const last = commonEpochs(runs) - 1;
    if (last < 0) return [label, '—', '—', '—', '—'];
    const finals = runs.map((run) => run.epochs[last]?.[arm]).filter((s): s is ArmMetrics => !!s);
    return [
      label,
      formatMeanStd(
        finals.map((s) => s.accuracy),
        2,
        100,
      ),
      formatMeanStd(
        runs.map((run) => Math.max(...run.epochs.map((e) => e[arm].accuracy))),
        2,
        100,
      ),
      formatMeanStd(
        finals.map((s) => s.nll),
        4,
      ),
      formatMeanStd(
        finals.map((s) => s.ece),
        4,
      ),
    ];
  };
  const first = points[0];
  if (!first) return 'No α was swept.';
  const rows = [
    rowFor('baseline', first.runs, 'baseline'),
    ...points.map((point) => rowFor(`α = ${point.alpha}`, point.runs, 'mixup')),
  ];
  return table(['', 'final acc %', 'best acc %', 'final NLL', 'final ECE'], rows);
}
