/**
 * npm run bench: the paired training loop against a bare TF.js loop, per backend and model, side by
 * side in one headless Chromium run. Writes bench/RESULTS.md; --json FILE also writes the records.
 * --runtime node measures webgpu in Node instead, engine against engine (bench/node/nodeCli.ts).
 */
import { writeFileSync } from 'node:fs';
import os from 'node:os';
import { parseArgs } from 'node:util';
import { chromium } from '@playwright/test';
import { createServer } from 'vite';
import { BENCH_TARGETS, type BenchMessage, type BenchRecord, type BenchRequest, type BenchTarget } from './protocol';
import type { ModelKind } from '../src/contract/config';
import { ENGINES } from '../src/worker/engines';
import { CHROMIUM_ARGS, findChromium, INSTALL_HINT } from '../scripts/chromium';
import { DEFAULT_STEPS, MODELS, parseBatches, parseInteger, parseList } from './options';
import { benchTable, fusedSpeedups, resultsMarkdown } from './report';

/** wasm takes a tenth of a second for the steps the others take, too short to time; it gets ten times as many. */
const stepsFor = (target: BenchTarget, model: ModelKind, steps: number | null) =>
  (steps ?? DEFAULT_STEPS[model]) * (target.startsWith('wasm') ? 10 : 1);

async function main(): Promise<void> {
  const runtime = parseArgs({ options: { runtime: { type: 'string' } }, strict: false }).values.runtime;
  if (runtime === 'node') return (await import('./node/nodeCli')).runNodeCli(process.argv.slice(2));
  if (runtime !== undefined && runtime !== 'chromium')
    throw new Error(`--runtime ${String(runtime)}: use chromium or node`);
  const { values } = parseArgs({
    options: {
      runtime: { type: 'string' },
      json: { type: 'string' },
      backends: { type: 'string' },
      models: { type: 'string' },
      engines: { type: 'string' },
      steps: { type: 'string' },
      batches: { type: 'string' },
      skip: { type: 'string' },
      'no-write': { type: 'boolean' },
    },
  });
  // e.g. --skip webgpu:seed-cnn: SwiftShader needs most of an hour for that pair.
  const skipped = new Set((values.skip ?? '').split(',').filter(Boolean));
  const backends = parseList<BenchTarget>(values.backends, BENCH_TARGETS, 'backends');
  const models = parseList<ModelKind>(values.models, MODELS, 'models');
  const batches = parseBatches(values.batches);
  const engines = parseList(values.engines, ENGINES, 'engines');
  const steps = parseInteger(values.steps, 'steps', 1, 1000);

  const executablePath = findChromium();
  if (!executablePath) throw new Error(INSTALL_HINT);
  const server = await createServer({
    logLevel: 'error',
    // No watching: an edit elsewhere in the tree must not reload the page in the middle of a run.
    server: { port: 5174, strictPort: false, hmr: false, watch: null },
    // Pre-bundle TF.js up front: discovered late, Vite would reload the page in the middle of a run.
    optimizeDeps: {
      entries: ['bench/browser/index.html', 'bench/browser/worker.ts'],
      include: ['@tensorflow/tfjs', '@tensorflow/tfjs-backend-webgpu', '@tensorflow/tfjs-backend-wasm'],
    },
  });
  await server.listen();
  const url = server.resolvedUrls?.local[0];
  if (!url) throw new Error('the Vite server did not report its URL');
  const browser = await chromium.launch({ executablePath, args: CHROMIUM_ARGS });
  const records: BenchRecord[] = [];
  const notes: string[] = [];
  const adapters = new Set<string>();
  try {
    const page = await browser.newPage();
    await page.goto(`${url}bench/browser/index.html`);
    await page.waitForSelector('body[data-ready="true"]');
    for (const backend of backends) {
      for (const model of models) {
        if (skipped.has(`${backend}:${model}`)) {
          notes.push(`${backend} · ${model}: skipped (--skip)`);
          continue;
        }
        for (const batchSize of batches) {
          const request: BenchRequest = { backend, model, batchSize, steps: stepsFor(backend, model, steps), engines };
          console.log(`Measuring ${backend} · ${model} · batch ${batchSize} · ${request.steps} steps…`);
          const reply = await page.evaluate(
            (req) => (window as unknown as { runBench(r: BenchRequest): Promise<BenchMessage> }).runBench(req),
            request,
          );
          if (!reply.ok) {
            notes.push(`${backend} · ${model} · batch ${batchSize}: ${reply.error}`);
            console.log(`  skipped: ${reply.error}`);
            continue;
          }
          if (reply.reply.adapter) adapters.add(`${backend}: ${reply.reply.adapter}`);
          notes.push(...reply.reply.skipped);
          records.push(...reply.reply.records);
          for (const r of reply.reply.records) {
            const dispatches =
              r.dispatchesPerStep === null ? '' : `, ${r.dispatchesPerStep.toFixed(1)} dispatches/step`;
            console.log(
              `  ${r.loop.padEnd(6)} ${r.engine.padEnd(5)} ${r.examplesPerSecond.toFixed(1)} examples/s${dispatches}`,
            );
          }
        }
      }
    }
    const environment = {
      command: ['npm run bench', ...(process.argv.length > 2 ? ['--', ...process.argv.slice(2)] : [])].join(' '),
      date: new Date().toISOString().slice(0, 10),
      machine: `${os.cpus()[0]?.model ?? 'unknown CPU'}, ${os.cpus().length} cores, ${(os.totalmem() / 2 ** 30).toFixed(0)} GiB, ${os.platform()} ${os.arch()}`,
      browser: `Chromium ${browser.version()} (headless, --enable-unsafe-webgpu)`,
      adapters: [...adapters],
      notes,
    };
    console.log(`\n${benchTable(records)}\n\n${fusedSpeedups(records).join('\n')}`);
    if (!values['no-write']) {
      writeFileSync('bench/RESULTS.md', resultsMarkdown(records, environment));
      console.log('\nWrote bench/RESULTS.md');
    }
    if (values.json) {
      writeFileSync(values.json, `${JSON.stringify(records, null, 2)}\n`);
      console.log(`Wrote ${values.json}`);
    }
  } finally {
    await browser.close();
    await server.close();
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
