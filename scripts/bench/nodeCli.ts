/**
 * `npm run bench -- --runtime node`, and the packed bench (`npm run bench:pack`): the Node runtime's
 * command line. Each record goes to stdout as one line of JSON when it is measured; progress, notes and
 * the closing table go to stderr.
 */
import { writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { BENCH_TARGETS } from '../../bench/protocol';
import { ENGINES } from '../../src/engine/engines';
import { runNodeBench, type NodeBenchRecord } from './nodeRuntime';
import { DEFAULT_STEPS, MODELS, parseInteger, parseList } from './options';

const BATCHES = ['32', '64', '256'];

function table(records: readonly NodeBenchRecord[]): string {
  const header = ['engine', 'model', 'batch', 'paired ex/s', 'dispatches/step'];
  const rows = records.map((r) => [
    r.engine,
    r.model,
    String(r.batchSize),
    r.examplesPerSecond.toFixed(1),
    r.dispatchesPerStep.toFixed(1),
  ]);
  const widths = header.map((title, c) => Math.max(title.length, ...rows.map((row) => row[c]?.length ?? 0)));
  return [header, ...rows].map((cells) => cells.map((cell, c) => cell.padStart(widths[c] ?? 0)).join('  ')).join('\n');
}

export async function runNodeCli(argv: string[]): Promise<void> {
  const { values } = parseArgs({
    args: argv,
    options: {
      runtime: { type: 'string' },
      json: { type: 'string' },
      backends: { type: 'string' },
      models: { type: 'string' },
      batches: { type: 'string' },
      engines: { type: 'string' },
      steps: { type: 'string' },
      rounds: { type: 'string' },
      data: { type: 'string' },
    },
  });
  const backends = values.backends === undefined ? [] : parseList(values.backends, BENCH_TARGETS, 'backends');
  if (backends.some((backend) => backend !== 'webgpu'))
    throw new Error('--runtime node measures webgpu only; the other backends run in Chromium (--runtime chromium)');
  const steps = parseInteger(values.steps, 'steps', 1, 1000);
  const rounds = parseInteger(values.rounds, 'rounds', 1, 10) ?? 2;
  const plan = {
    models: parseList(values.models, MODELS, 'models'),
    batches: parseList(values.batches, BATCHES, 'batches').map(Number),
    engines: parseList(values.engines, ENGINES, 'engines'),
    steps: (model: keyof typeof DEFAULT_STEPS) => steps ?? DEFAULT_STEPS[model],
    rounds,
    dataFolder: values.data,
  };
  const records: NodeBenchRecord[] = [];
  const { adapter } = await runNodeBench(
    plan,
    (record) => {
      records.push(record);
      console.log(JSON.stringify(record));
    },
    (line) => console.error(line),
  );
  console.error(`\nwebgpu in Node on ${adapter}, best of ${rounds} round(s):\n\n${table(records)}`);
  if (values.json) {
    writeFileSync(values.json, `${JSON.stringify(records, null, 2)}\n`);
    console.error(`\nWrote ${values.json}`);
  }
}
