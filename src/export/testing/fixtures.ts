/**
 * Saved items for the export tests, filled with numbers that text formats get wrong: sums that are
 * not what they look like (0.1 + 0.2), tiny and huge magnitudes, float32 values, and NaN where the
 * data model allows it (a class with no test digits).
 */
import { presetConfig } from '../../contract/presets';
import type { BackendInfo } from '../../contract/protocol';
import type { ArmEpochSummary, ArmPoint, EpochSummary, MetricsPoint } from '../../contract/reports';
import type { SavedRun, SavedSweep } from '../../storage/savedRun';

/** Numbers whose shortest decimal text is long or unusual; indexed cyclically. */
export const AWKWARD = [
  0.1 + 0.2,
  1e-7,
  1 / 3,
  5e-324,
  1e21,
  0.9999999999999999,
  123456.789e-3,
  Math.fround(0.7),
] as const;

const awkward = (i: number): number => AWKWARD[i % AWKWARD.length] ?? 0;

const BACKEND: BackendInfo = {
  name: 'wasm',
  requested: 'auto',
  reason: 'no hardware WebGPU adapter',
  skipped: ['webgpu: software adapter'],
  adapter: null,
  threads: 8,
  crossOriginIsolated: true,
  engine: 'tfjs',
  engineReason: 'TF.js kernels: the fused engine runs on webgpu only, not wasm',
};

function armPoint(i: number): ArmPoint {
  return {
    trainLoss: 2.302585092994046 / (i + 1),
    testAccuracy: awkward(i),
    testNll: awkward(i + 1),
    ece: awkward(i + 2),
  };
}

function metricsPoint(i: number): MetricsPoint {
  const step = (i + 1) * 25;
  return { step, epoch: step / 7, examplesSeen: step * 64, baseline: armPoint(i), mixup: armPoint(i + 3) };
}

function armEpochSummary(i: number): ArmEpochSummary {
  return {
    accuracy: awkward(i),
    nll: awkward(i + 1),
    ece: awkward(i + 2),
    trainAccuracy: awkward(i + 3),
    // Class 7 had no digits in the test subset.
    perClassAccuracy: Array.from({ length: 10 }, (_, k) => (k === 7 ? NaN : awkward(i + k))),
    reliability: [
      { lower: 0, upper: 0.5, count: 3, meanConfidence: 0.1 + 0.2, accuracy: 1 / 3 },
      { lower: 0.5, upper: 1, count: 0, meanConfidence: 0, accuracy: 0 },
    ],
    showcase: {
      predicted: Uint8Array.from([7, 2, 1, i % 10]),
      confidence: Float32Array.from([0.7, 1e-7, 0.99999, 1 / 3]),
    },
  };
}

function epochSummary(epoch: number): EpochSummary {
  return {
    epoch,
    step: epoch * 7,
    showcaseIndices: Int32Array.from([0, 9999, 42, epoch]),
    baseline: armEpochSummary(epoch),
    mixup: armEpochSummary(epoch + 4),
  };
}

export function savedRunFixture(overrides: Partial<SavedRun> = {}): SavedRun {
  const epochs = [1, 2, 3].map(epochSummary);
  return {
    kind: 'run',
    id: 'run-1',
    name: 'Small data, α = 0.2',
    createdAt: Date.UTC(2026, 10, 24, 3, 41, 27),
    updatedAt: Date.UTC(2026, 10, 24, 3, 45),
    backend: BACKEND,
    browser: 'Mozilla/5.0 (X11; Linux x86_64) Chrome/140.0',
    status: 'finished',
    config: presetConfig('small-data'),
    preset: 'small-data',
    points: Array.from({ length: 9 }, (_, i) => metricsPoint(i)),
    epochs,
    result: {
      stopped: false,
      steps: 21,
      epochsCompleted: 3,
      examplesPerSecond: 1234.5678901234,
      elapsedMs: 65432.1,
      final: epochs[2] ?? null,
      robustness: {
        size: 1000,
        baseline: [0, 0.05, 0.1].map((epsilon, i) => ({ epsilon, accuracy: awkward(i) })),
        mixup: [0, 0.05, 0.1].map((epsilon, i) => ({ epsilon, accuracy: awkward(i + 5) })),
      },
    },
    error: null,
    ...overrides,
  };
}

export function savedSweepFixture(overrides: Partial<SavedSweep> = {}): SavedSweep {
  const alphas = [0, 0.1 + 0.2, 4];
  return {
    kind: 'sweep',
    id: 'sweep-1',
    name: 'α sweep',
    createdAt: Date.UTC(2026, 10, 25, 23, 59, 59),
    updatedAt: Date.UTC(2026, 10, 26, 1, 0),
    backend: null,
    browser: 'Mozilla/5.0 (Macintosh) Firefox/145.0',
    status: 'finished',
    config: presetConfig('calibration'),
    alphas,
    seedCount: 2,
    records: alphas.flatMap((alpha, a) =>
      [1, 2].map((seed) => ({
        alpha,
        seed,
        baseline: { accuracy: awkward(seed), nll: awkward(seed + 1), ece: awkward(seed + 2) },
        mixup: { accuracy: awkward(a + seed + 3), nll: awkward(a + 4), ece: awkward(a + 5) },
        elapsedMs: 60000 / 7,
        trainedBaseline: true,
      })),
    ),
    ...overrides,
  };
}
