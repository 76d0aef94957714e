/**
 * The one message protocol between the page and the training worker. Both sides import these types,
 * so the compiler checks every message; this file holds types, constants and one plain mapping, so
 * importing it never loads TF.js on the main thread.
 */
import { t } from '../i18n/i18n';
import type { Language } from '../i18n/language';
import type { ConfigError, TrainConfig } from './config';
import type {
  EpochSummary,
  MetricsPoint,
  PaceShape,
  ProgressUpdate,
  ReusedBaseline,
  RunResult,
  WorkPace,
} from './reports';

/** The two arms of a paired run, in the order every report lists them. */
export const ARMS = ['baseline', 'mixup'] as const;
export type ArmName = (typeof ARMS)[number];

export const BACKEND_NAMES = ['webgpu', 'wasm', 'webgl', 'cpu'] as const;
export type BackendName = (typeof BACKEND_NAMES)[number];
export type BackendChoice = BackendName | 'auto';

/**
 * Which implementation trains: the fused WebGPU step (webgpu only, the default there), or TF.js's kernels (any
 * backend, and the reference the fused one is compared with).
 */
export const ENGINE_NAMES = ['fused', 'tfjs'] as const;
export type EngineName = (typeof ENGINE_NAMES)[number];

/** What the badge calls each engine. */
export const ENGINE_LABELS: Readonly<Record<EngineName, string>> = { fused: 'fused', tfjs: 'TF.js kernels' };

/** The engine that trains, and why, in words for the badge. */
export interface EngineUse {
  engine: EngineName;
  engineReason: string;
}

export interface GpuAdapterSummary {
  vendor: string;
  architecture: string;
  description: string;
  /** A software or fallback adapter (SwiftShader): correct, but far slower than a real GPU. */
  isFallback: boolean;
}

/**
 * `engine` is the one this worker's runs train with; a run whose settings the fused engine refuses trains on TF.js's
 * kernels, and its `started` event says so.
 */
export interface BackendInfo extends EngineUse {
  name: BackendName;
  requested: BackendChoice;
  /** Why this backend was tried first, in words for the badge. */
  reason: string;
  /** Why each backend tried before `name` was passed over; empty when the first choice worked. */
  skipped: string[];
  adapter: GpuAdapterSummary | null;
  /** The wasm backend's thread count; null on other backends. */
  threads: number | null;
  /** Whether the page is cross-origin isolated, which the wasm backend's threads need. */
  crossOriginIsolated: boolean;
}

/** What starting a backend tells; the session adds which engine trains on it. */
export type StartedBackend = Omit<BackendInfo, keyof EngineUse>;

/** Page → worker. */
export type WorkerCommand =
  /** `engine` is a preference: only webgpu has the fused engine, and it may refuse a run's settings. */
  | { type: 'init'; backend: BackendChoice; engine: EngineName; dataUrl: string }
  /** With `reuse`, only the mixup arm is trained; the baseline's reports are replayed from it. */
  | { type: 'start'; config: TrainConfig; reuse?: ReusedBaseline }
  /** A short run of the model, reported only by its pace, so a run's time can be told before the first one. */
  | { type: 'calibrate'; shape: PaceShape }
  | { type: 'pause' }
  | { type: 'resume' }
  | { type: 'stop' }
  | { type: 'reset' }
  /** The page's language, for the messages the worker writes (errors and their hints); sent first to every worker. */
  | { type: 'language'; language: Language };

export type ErrorKind = 'data' | 'backend' | 'config' | 'diverged' | 'device-lost' | 'refused' | 'internal';

export interface EngineError {
  kind: ErrorKind;
  message: string;
  /** What the user can do about it. */
  hint: string;
  /** The field at fault, for a refused configuration. */
  field?: string;
}

/** A refused setting, the same whether the page or the worker caught it. */
export function configProblem(error: ConfigError): EngineError {
  return { kind: 'config', message: error.message, hint: t('errors:worker.configHint'), field: error.field };
}

export type WorkerStatus = 'idle' | 'loading' | 'ready' | 'training' | 'paused';

/** Worker → page. */
export type WorkerEvent =
  | { type: 'loading'; stage: 'backend' | 'data'; loadedBytes: number; totalBytes: number }
  | { type: 'ready'; backend: BackendInfo }
  /** `trained`: the arms this run trains; a reused baseline is left out. */
  | ({ type: 'started'; config: TrainConfig; trained: ArmName[] } & EngineUse)
  | { type: 'progress'; progress: ProgressUpdate }
  | { type: 'metrics'; point: MetricsPoint }
  | { type: 'epoch-end'; summary: EpochSummary }
  | { type: 'status'; status: WorkerStatus }
  | { type: 'finished'; result: RunResult }
  /** How fast this backend and engine ran the model: after every finished run and every calibration. */
  | { type: 'pace'; backend: BackendName; engine: EngineName; shape: PaceShape; pace: WorkPace }
  | { type: 'error'; error: EngineError };

/** What the worker posts: its events, and while a job is in flight a keep-alive (heartbeat.ts) the client reads. */
export type WorkerMessage = WorkerEvent | { type: 'alive' };
