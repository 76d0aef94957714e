import type { ModelKind } from '../src/engine/config';
import type { BackendName } from '../src/engine/protocol';

export type LoopKind = 'paired' | 'bare';

export interface BenchRequest {
  backend: BackendName;
  model: ModelKind;
  batchSize: number;
  /** Timed steps after the warm-up step. */
  steps: number;
}

/**
 * One measurement. examplesPerSecond counts examples × models trained: the paired loop trains two
 * models per step, the bare loop one, so equal per-step cost gives equal numbers.
 */
export interface BenchRecord {
  backend: BackendName;
  model: ModelKind;
  loop: LoopKind;
  batchSize: number;
  examplesPerSecond: number;
}

export interface BenchReply {
  records: BenchRecord[];
  /** The backend that actually ran, its adapter, and why it differs from the one asked for. */
  backendUsed: string;
  adapter: string | null;
  skipped: string[];
}

export type BenchMessage = { ok: true; reply: BenchReply } | { ok: false; error: string };
