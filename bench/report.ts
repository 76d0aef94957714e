import type { BenchRecord } from './protocol';

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
  engine: string;
  model: string;
  batchSize: number;
  paired: number | null;
  bare: number | null;
  /** The paired loop's, as only its steps train both arms. */
  dispatchesPerStep: number | null;
}

/**
 * Pairs each paired-loop record with the bare-loop record of the same backend, engine, model and batch.
 * The bare loop is TF.js's, so a fused row has none.
 */
export function pairRecords(records: readonly BenchRecord[]): Row[] {
  const rows = new Map<string, Row>();
  for (const r of records) {
    const key = `${r.backend}|${r.engine}|${r.model}|${r.batchSize}`;
    const row = rows.get(key) ?? {
      backend: r.backend,
      engine: r.engine,
      model: r.model,
      batchSize: r.batchSize,
      paired: null,
      bare: null,
      dispatchesPerStep: null,
    };
    row[r.loop] = r.examplesPerSecond;
    if (r.loop === 'paired') row.dispatchesPerStep = r.dispatchesPerStep;
    rows.set(key, row);
  }
  return [...rows.values()];
}

const rate = (value: number | null) => (value === null ? '—' : value.toFixed(1));
const ratio = (row: Row) => (row.paired !== null && row.bare ? `${((100 * row.paired) / row.bare).toFixed(0)}%` : '—');

function cells(rows: Row[]): string[][] {
  return rows.map((row) => [
    row.backend,
    row.engine,
    row.model,
    String(row.batchSize),
    rate(row.paired),
    rate(row.bare),
    ratio(row),
    row.dispatchesPerStep === null ? '—' : row.dispatchesPerStep.toFixed(1),
  ]);
}

/** What each reference in the speed-up lines is, for a reader of RESULTS.md. */
const REFERENCES: Record<string, string> = {
  cpu: "the app's CPU backend (with its fast filter gradient)",
  'cpu-stock': "TF.js's CPU backend as shipped",
  'wasm-naive': 'stock wasm with the naive filter-gradient stand-in',
  webgl: 'WebGL',
  webgpu: "WebGPU with TF.js's kernels",
};

const sameRun = (a: Row, b: Row) => a.model === b.model && a.batchSize === b.batchSize;

/**
 * How many times as fast the wasm path trains (paired loop) as each other target, per model and batch;
 * webgpu is TF.js's engine there, the one every backend shares.
 */
export function wasmSpeedups(records: readonly BenchRecord[]): string[] {
  const rows = pairRecords(records).filter((r) => r.engine === 'tfjs');
  const lines: string[] = [];
  for (const row of rows.filter((r) => r.backend === 'wasm' && r.paired)) {
    for (const [target, label] of Object.entries(REFERENCES)) {
      const other = rows.find((r) => r.backend === target && sameRun(r, row));
      if (other?.paired && row.paired)
        lines.push(`${row.model} · batch ${row.batchSize}: wasm ${(row.paired / other.paired).toFixed(1)}× ${label}`);
    }
  }
  return lines;
}

/** How many times as fast the fused webgpu step trains (paired loop) as TF.js's kernels, per model and batch. */
export function fusedSpeedups(records: readonly BenchRecord[]): string[] {
  const rows = pairRecords(records).filter((r) => r.backend === 'webgpu');
  return rows.flatMap((fused) => {
    const tfjs = rows.find((r) => r.engine === 'tfjs' && sameRun(r, fused));
    if (fused.engine !== 'fused' || !fused.paired || !tfjs?.paired) return [];
    return [`${fused.model} · batch ${fused.batchSize}: fused / TF.js ${(fused.paired / tfjs.paired).toFixed(1)}×`];
  });
}

const HEADER = ['backend', 'engine', 'model', 'batch', 'paired ex/s', 'bare ex/s', 'paired / bare', 'dispatches/step'];

export function benchTable(records: readonly BenchRecord[]): string {
  const rows = [HEADER, ...cells(pairRecords(records))];
  const widths = HEADER.map((_, c) => Math.max(...rows.map((row) => (row[c] ?? '').length)));
  return rows.map((row) => row.map((cell, c) => cell.padStart(widths[c] ?? 0)).join('  ')).join('\n');
}

export function resultsMarkdown(records: readonly BenchRecord[], env: BenchEnvironment): string {
  const table = [HEADER, HEADER.map(() => '---'), ...cells(pairRecords(records))].map(
    (row) => `| ${row.join(' | ')} |`,
  );
  const speedups = [...fusedSpeedups(records), ...wasmSpeedups(records)];
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
    'kernels of `src/worker/wasm/`, cpu with its fast filter gradient). Two reference points show what those',
    "kernels gained: `cpu-stock` is TF.js's CPU backend as shipped, and `wasm-naive` is TF.js's wasm backend",
    'as shipped with the naive filter-gradient stand-in (`bench/browser/naiveFilterGrad.ts`) — the two figures issue 5',
    'started from (about 80 and 77 examples/s).',
    '',
    'On webgpu the paired loop runs twice: `fused` is our one-pass step (`src/worker/webgpu/fusedStepper.ts`),',
    "`tfjs` the app's TF.js kernels; every other backend, and every bare loop, is TF.js's. dispatches/step",
    "counts the compute passes' dispatches per paired step (both arms) on TF.js's GPUDevice.",
    '',
    `- Command: \`${env.command}\``,
    `- Date: ${env.date}`,
    `- Machine: ${env.machine}`,
    `- Browser: ${env.browser}`,
    ...(env.adapters.length ? [`- Adapters and threads: ${env.adapters.join('; ')}`] : []),
    '',
    ...table,
    ...(speedups.length ? ['', 'Speed-ups, paired loop:', '', ...speedups.map((line) => `- ${line}`)] : []),
    ...(env.notes.length ? ['', 'Not measured:', '', ...env.notes.map((note) => `- ${note}`)] : []),
    '',
  ].join('\n');
}
