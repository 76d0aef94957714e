import type { BenchRecord } from '../../bench/protocol';

export interface BenchEnvironment {
  /** The command line that produced the figures. */
  command: string;
  date: string;
  machine: string;
  browser: string;
  adapters: string[];
  notes: string[];
}

interface Row {
  backend: string;
  model: string;
  batchSize: number;
  paired: number | null;
  bare: number | null;
}

/** Pairs each paired-loop record with the bare-loop record of the same backend, model and batch. */
export function pairRecords(records: readonly BenchRecord[]): Row[] {
  const rows = new Map<string, Row>();
  for (const r of records) {
    const key = `${r.backend}|${r.model}|${r.batchSize}`;
    const row = rows.get(key) ?? {
      backend: r.backend,
      model: r.model,
      batchSize: r.batchSize,
      paired: null,
      bare: null,
    };
    row[r.loop] = r.examplesPerSecond;
    rows.set(key, row);
  }
  return [...rows.values()];
}

const rate = (value: number | null) => (value === null ? '—' : value.toFixed(1));
const ratio = (row: Row) => (row.paired !== null && row.bare ? `${((100 * row.paired) / row.bare).toFixed(0)}%` : '—');

function cells(rows: Row[]): string[][] {
  return rows.map((row) => [
    row.backend,
    row.model,
    String(row.batchSize),
    rate(row.paired),
    rate(row.bare),
    ratio(row),
  ]);
}

/** What each reference in the speed-up lines is, for a reader of RESULTS.md. */
const REFERENCES: Record<string, string> = {
  cpu: "the app's CPU backend (with its fast filter gradient)",
  'cpu-stock': "TF.js's CPU backend as shipped",
  'wasm-naive': 'stock wasm with the naive filter-gradient stand-in',
  webgl: 'WebGL',
  webgpu: 'WebGPU',
};

/** How many times as fast the wasm path trains (paired loop) as each other target, per model. */
export function wasmSpeedups(records: readonly BenchRecord[]): string[] {
  const rows = pairRecords(records);
  const lines: string[] = [];
  for (const row of rows.filter((r) => r.backend === 'wasm' && r.paired)) {
    for (const [target, label] of Object.entries(REFERENCES)) {
      const other = rows.find((r) => r.backend === target && r.model === row.model && r.batchSize === row.batchSize);
      if (other?.paired && row.paired)
        lines.push(`${row.model}: wasm ${(row.paired / other.paired).toFixed(1)}× ${label}`);
    }
  }
  return lines;
}

const HEADER = ['backend', 'model', 'batch', 'paired ex/s', 'bare ex/s', 'paired / bare'];

export function benchTable(records: readonly BenchRecord[]): string {
  const rows = [HEADER, ...cells(pairRecords(records))];
  const widths = HEADER.map((_, c) => Math.max(...rows.map((row) => (row[c] ?? '').length)));
  return rows.map((row) => row.map((cell, c) => cell.padStart(widths[c] ?? 0)).join('  ')).join('\n');
}

export function resultsMarkdown(records: readonly BenchRecord[], env: BenchEnvironment): string {
  const table = [HEADER, HEADER.map(() => '---'), ...cells(pairRecords(records))].map(
    (row) => `| ${row.join(' | ')} |`,
  );
  return [
    '# Benchmark results',
    '',
    'Written by `npm run bench`. Examples per second count examples × models trained: the paired loop',
    'trains the baseline and the mixup arm each step, the bare loop one model, so with no overhead the two',
    'figures would be equal. "paired / bare" is what the paired loop (worker, mixup on the device, progress',
    'reporting) keeps of a bare TF.js training loop on the same model and batch size. Each figure is the',
    'best of two alternating rounds, measured side by side in one run: compare ratios, not runs (on a',
    'noisy 2-core machine, repeated runs differ by a few percent).',
    '',
    "`wasm`, `cpu`, `webgl` and `webgpu` are the app's backends as the app sets them up (wasm with the",
    'kernels of `src/engine/wasm/`, cpu with its fast filter gradient). Two reference points show what those',
    "kernels gained: `cpu-stock` is TF.js's CPU backend as shipped, and `wasm-naive` is TF.js's wasm backend",
    'as shipped with the naive filter-gradient stand-in (`bench/naiveFilterGrad.ts`) — the two figures issue 5',
    'started from (about 80 and 77 examples/s).',
    '',
    `- Command: \`${env.command}\``,
    `- Date: ${env.date}`,
    `- Machine: ${env.machine}`,
    `- Browser: ${env.browser}`,
    ...(env.adapters.length ? [`- Adapters and threads: ${env.adapters.join('; ')}`] : []),
    '',
    ...table,
    ...(wasmSpeedups(records).length
      ? ['', 'Speed-ups, paired loop:', '', ...wasmSpeedups(records).map((line) => `- ${line}`)]
      : []),
    ...(env.notes.length ? ['', 'Not measured:', '', ...env.notes.map((note) => `- ${note}`)] : []),
    '',
  ].join('\n');
}
