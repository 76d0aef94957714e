/**
 * `npm run bench -- --runtime node`, and the packed bench (`npm run bench:pack`): the Node runtime's
 * command line. Each record goes to stdout as one line of JSON when it is measured; progress, notes and
 * the closing table go to stderr.
 */
import { writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { BENCH_TARGETS, type BenchRecord } from '../protocol';
import { ENGINES } from '../../src/worker/engines';
import { runNodeBench } from './nodeRuntime';
import { DEFAULT_STEPS, MODELS, parseBatches, parseInteger, parseList } from '../options';
import { benchTable, fusedSpeedups } from '../report';

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
    batches: parseBatches(values.batches),
    engines: parseList(values.engines, ENGINES, 'engines'),
    steps: (model: keyof typeof DEFAULT_STEPS) => steps ?? DEFAULT_STEPS[model],
    rounds,
    dataFolder: values.data,
  };
  const records: BenchRecord[] = [];
  const { adapter } = await runNodeBench(
    plan,
    (record) => {
      records.push(record);
      console.log(JSON.stringify(record));
    },
    (line) => console.error(line),
  );
  const speedups = fusedSpeedups(records).join('\n');
  console.error(`\nwebgpu in Node on ${adapter}, best of ${rounds} round(s):\n\n${benchTable(records)}\n\n${speedups}`);
  if (values.json) {
    writeFileSync(values.json, `${JSON.stringify(records, null, 2)}\n`);
    console.error(`\nWrote ${values.json}`);
  }
}
