import type { ModelKind } from '../src/contract/config';
import type { BackendName, EngineName } from '../src/contract/protocol';

export type LoopKind = 'paired' | 'bare';

/**
 * What trains: one of the app's backends as the app sets it up, or a reference point without our
 * kernels — the stock CPU backend, and stock wasm with the naive filter-gradient stand-in.
 */
export const BENCH_TARGETS = ['webgpu', 'webgl', 'wasm', 'wasm-naive', 'cpu', 'cpu-stock'] as const;
export type BenchTarget = (typeof BENCH_TARGETS)[number];

export function isAppBackend(target: BenchTarget): target is BackendName {
  return target !== 'wasm-naive' && target !== 'cpu-stock';
}

export interface BenchRequest {
  backend: BenchTarget;
  model: ModelKind;
  batchSize: number;
  /** Timed steps after the warm-up step. */
  steps: number;
  /** The engines whose paired loops are measured; only webgpu has one besides tfjs. */
  engines: EngineName[];
}

/**
 * One measurement, the same shape from the browser and the Node runtime. examplesPerSecond counts
 * examples × models trained: the paired loop trains two models per step, the bare loop one, so equal
 * per-step cost gives equal numbers.
 */
export interface BenchRecord {
  backend: BenchTarget;
  /** Which step trained: the bare loop and every backend but webgpu train through TF.js. */
  engine: EngineName;
  model: ModelKind;
  loop: LoopKind;
  batchSize: number;
  examplesPerSecond: number;
  /** Compute dispatches per step, counted on TF.js's GPUDevice; null off webgpu. */
  dispatchesPerStep: number | null;
  steps: number;
  /** The GPU adapter, or wasm's threads; null where there is nothing to say. */
  adapter: string | null;
}

export interface BenchReply {
  records: BenchRecord[];
  /** The backend that actually ran, its adapter, and why it differs from the one asked for. */
  backendUsed: string;
  adapter: string | null;
  skipped: string[];
}

export type BenchMessage = { ok: true; reply: BenchReply } | { ok: false; error: string };
