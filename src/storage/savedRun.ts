/**
 * What the page keeps of a run or a sweep in the browser's storage, and what an export writes: the
 * configuration, everything measured, and the backend and browser it ran on. Plain data (it must
 * survive IndexedDB's structured clone and JSON), no React, no TF.js.
 */
import type { TrainConfig } from '../contract/config';
import type { PresetId } from '../contract/presets';
import type { BackendInfo } from '../contract/protocol';
import type { EpochSummary, MetricsPoint, RunResult } from '../contract/reports';
import { bestAlpha, type AlphaComparison, type SweepRecord } from './sweepSummary';

/** running: still training, or cut off by a reload, a crash or a closed tab (see displayStatus). */
export type SavedRunStatus = 'running' | 'finished' | 'stopped' | 'failed';

interface SavedBase {
  id: string;
  name: string;
  /** Milliseconds since the epoch. */
  createdAt: number;
  updatedAt: number;
  backend: BackendInfo | null;
  /** navigator.userAgent of the browser it ran in. */
  browser: string;
}

export interface SavedRun extends SavedBase {
  kind: 'run';
  status: SavedRunStatus;
  config: TrainConfig;
  preset: PresetId | null;
  points: MetricsPoint[];
  epochs: EpochSummary[];
  result: RunResult | null;
  /** Why a failed run failed. */
  error: string | null;
}

export interface SavedSweep extends SavedBase {
  kind: 'sweep';
  status: 'running' | 'finished' | 'cancelled' | 'failed';
  /** The settings every run shares; each run changes α and the seed. */
  config: TrainConfig;
  alphas: number[];
  seedCount: number;
  records: SweepRecord[];
}

export type SavedItem = SavedRun | SavedSweep;

/**
 * How long a running item may go unsaved before it counts as cut off, where the browser cannot say: several save
 * intervals.
 */
export const STALE_AFTER_MS = 15_000;

export type DisplayStatus = SavedItem['status'] | 'interrupted';

/**
 * What the Runs list calls an item. A page holds a lock per item it is still saving, so an item
 * marked running whose lock nobody holds was cut off (a reload, a crash, a closed tab). Without
 * the browser's lock list (`liveIds` null), an item unsaved for STALE_AFTER_MS counts as cut off.
 */
export function displayStatus(
  item: Pick<SavedItem, 'id' | 'status' | 'updatedAt'>,
  liveIds: ReadonlySet<string> | null,
  now: number,
): DisplayStatus {
  if (item.status !== 'running') return item.status;
  const live = liveIds ? liveIds.has(item.id) : now - item.updatedAt <= STALE_AFTER_MS;
  return live ? 'running' : 'interrupted';
}

/** What the Runs list shows of an item, kept apart from it so listing never loads every curve. */
export interface SavedSummary {
  id: string;
  kind: SavedItem['kind'];
  name: string;
  createdAt: number;
  updatedAt: number;
  status: SavedItem['status'];
  /** Final test accuracy per arm; for a sweep, means over the best α's seeds. Null until measured. */
  baselineAccuracy: number | null;
  mixupAccuracy: number | null;
  /**
   * A sweep's best α by mean accuracy over seeds, against the baseline; null for a run, a sweep with no finished run,
   * and a summary saved before it was kept.
   */
  best: AlphaComparison | null;
  /** Quick evaluations kept (runs) or finished runs (sweeps). */
  pointCount: number;
  backendName: string | null;
  config: TrainConfig;
}

export function summariseItem(item: SavedItem): SavedSummary {
  const common = {
    id: item.id,
    kind: item.kind,
    name: item.name,
    createdAt: item.createdAt,
    updatedAt: item.updatedAt,
    status: item.status,
    backendName: item.backend?.name ?? null,
    config: item.config,
  };
  if (item.kind === 'run') {
    const last = item.result?.final ?? item.epochs[item.epochs.length - 1];
    return {
      ...common,
      baselineAccuracy: last?.baseline.accuracy ?? null,
      mixupAccuracy: last?.mixup.accuracy ?? null,
      best: null,
      pointCount: item.points.length,
    };
  }
  const best = bestAlpha(item.records);
  return {
    ...common,
    baselineAccuracy: best?.baseline.metrics.accuracy.mean ?? null,
    mixupAccuracy: best?.mixup.metrics.accuracy.mean ?? null,
    best,
    pointCount: item.records.length,
  };
}
