import { create } from 'zustand';
import { EngineClient } from '../engine/client';
import { ConfigError, DEFAULT_CONFIG, validateConfig, type TrainConfig } from '../engine/config';
import { configProblem, type BackendChoice, type BackendInfo, type EngineError, type WorkerEvent, type WorkerStatus } from '../engine/protocol';
import { presetConfig, type PresetId } from '../engine/presets';
import type { EpochSummary, MetricsPoint, ProgressUpdate, RunResult } from '../engine/reports';
import { DATA_URL } from './dataUrl';
import { downsample } from './downsample';
import type { SavedRun } from '../storage/savedRun';

interface TrainingState {
  status: WorkerStatus;
  backendChoice: BackendChoice;
  backend: BackendInfo | null;
  loading: { stage: string; loadedBytes: number; totalBytes: number } | null;
  /** The settings being edited; checked by validateConfig when Start is pressed. */
  draft: TrainConfig;
  /** The settings of the run on screen. */
  config: TrainConfig | null;
  /** The preset last loaded into the draft; the draft may have been edited since. */
  preset: PresetId | null;
  /** A non-blocking message, e.g. that a chosen backend could not start and another runs instead. */
  notice: string | null;
  progress: ProgressUpdate | null;
  points: MetricsPoint[];
  /** `points` thinned for the charts, refreshed at most every CHART_INTERVAL_MS. */
  chartPoints: MetricsPoint[];
  epochs: EpochSummary[];
  result: RunResult | null;
  error: EngineError | null;
  /** The id under which the run on screen is saved: a fresh one when a run starts, a saved one's when reopened. */
  savedId: string | null;
  /** Where the run on screen came from when it was reopened from storage; null for a run of this page. */
  reopened: Pick<SavedRun, 'name' | 'createdAt' | 'backend' | 'browser'> | null;
  chooseBackend: (choice: BackendChoice) => void;
  setDraft: <K extends keyof TrainConfig>(field: K, value: TrainConfig[K]) => void;
  applyPreset: (id: PresetId) => void;
  start: () => void;
  pause: () => void;
  resume: () => void;
  stop: () => void;
  reset: () => void;
  dismissError: () => void;
  dismissNotice: () => void;
  /** Puts a saved run on screen, curves and results, and its settings in the draft. */
  showSavedRun: (run: SavedRun) => void;
}

/**
 * Metric points and progress can arrive many times a second; they are buffered and applied once per
 * animation frame so the charts re-render at most at the display's rate, not per message.
 */
const pending: { points: MetricsPoint[]; progress: ProgressUpdate | null } = { points: [], progress: null };
let flushScheduled = false;

/**
 * Redrawing the four curve charts costs far more than a frame on a slow machine, so they follow the
 * points a few times a second, through a bounded number of points, instead of at display rate.
 */
export const CHART_INTERVAL_MS = 300;
const MAX_CHART_POINTS = 300;
let chartTimer: ReturnType<typeof setTimeout> | null = null;
let lastChartUpdate = -Infinity;

function updateChartPoints(): void {
  if (chartTimer !== null) clearTimeout(chartTimer);
  chartTimer = null;
  lastChartUpdate = performance.now();
  useTrainingStore.setState((state) => ({ chartPoints: downsample(state.points, MAX_CHART_POINTS) }));
}

function scheduleChartPoints(): void {
  if (chartTimer !== null) return;
  chartTimer = setTimeout(updateChartPoints, Math.max(0, lastChartUpdate + CHART_INTERVAL_MS - performance.now()));
}

function flushNow(): void {
  flushScheduled = false;
  if (!pending.points.length && !pending.progress) return;
  const { points, progress } = pending;
  pending.points = [];
  pending.progress = null;
  useTrainingStore.setState((state) => ({
    points: points.length ? [...state.points, ...points] : state.points,
    progress: progress ?? state.progress,
  }));
  if (points.length) scheduleChartPoints();
}

function scheduleFlush(): void {
  if (flushScheduled) return;
  flushScheduled = true;
  if (typeof requestAnimationFrame === 'function') requestAnimationFrame(flushNow);
  else setTimeout(flushNow, 16);
}

function handleEvent(event: WorkerEvent): void {
  const set = useTrainingStore.setState;
  switch (event.type) {
    case 'loading':
      set({ status: 'loading', loading: { stage: event.stage, loadedBytes: event.loadedBytes, totalBytes: event.totalBytes } });
      return;
    case 'ready': {
      const { backend } = event;
      const forcedButUnavailable = backend.requested !== 'auto' && backend.requested !== backend.name;
      set((state) => ({
        status: 'ready',
        backend,
        loading: null,
        notice: forcedButUnavailable
          ? `${backend.requested} could not be used (${backend.skipped.join('; ')}), so training runs on ${backend.name}.`
          : state.notice,
      }));
      return;
    }
    case 'started':
      // Anything still buffered belongs to the previous run: apply it before clearing.
      flushNow();
      set({ config: event.config, points: [], epochs: [], result: null, progress: null, error: null, savedId: crypto.randomUUID(), reopened: null });
      updateChartPoints();
      return;
    case 'progress':
      pending.progress = event.progress;
      scheduleFlush();
      return;
    case 'metrics':
      pending.points.push(event.point);
      scheduleFlush();
      return;
    case 'epoch-end':
      flushNow();
      set((state) => ({ epochs: [...state.epochs, event.summary] }));
      return;
    case 'status':
      set({ status: event.status });
      return;
    case 'finished':
      flushNow();
      updateChartPoints();
      set({ result: event.result });
      return;
    case 'error':
      flushNow();
      updateChartPoints();
      set((state) => ({
        error: event.error,
        // A crashed worker is gone: the page must offer a fresh start, keeping what was drawn.
        status: event.error.kind === 'internal' || event.error.kind === 'device-lost' ? 'idle' : state.status,
      }));
      return;
  }
}

let client: EngineClient | null = null;
function engine(): EngineClient {
  client ??= new EngineClient(handleEvent);
  return client;
}

function ensureInitialised(): void {
  const { status, backendChoice } = useTrainingStore.getState();
  if (status !== 'idle') return;
  // Marked at once, so a second call before the worker answers does not initialise it twice.
  useTrainingStore.setState({ status: 'loading', loading: { stage: 'backend', loadedBytes: 0, totalBytes: 0 } });
  engine().send({ type: 'init', backend: backendChoice, dataUrl: DATA_URL });
}

export const useTrainingStore = create<TrainingState>()((set) => ({
  status: 'idle',
  backendChoice: 'auto',
  draft: { ...DEFAULT_CONFIG },
  preset: null,
  notice: null,
  backend: null,
  loading: null,
  config: null,
  progress: null,
  points: [],
  chartPoints: [],
  epochs: [],
  result: null,
  error: null,
  savedId: null,
  reopened: null,
  chooseBackend: (backendChoice) => {
    // A backend is picked when the worker starts, so a new choice needs a fresh worker.
    engine().restart();
    set({ backendChoice, backend: null, status: 'idle' });
    ensureInitialised();
  },
  setDraft: (field, value) =>
    set((state) => ({
      draft: { ...state.draft, [field]: value },
      error: state.error?.field === field ? null : state.error,
    })),
  applyPreset: (id) => set({ draft: presetConfig(id), preset: id, error: null }),
  start: () => {
    let config: TrainConfig;
    try {
      config = validateConfig(useTrainingStore.getState().draft);
    } catch (error) {
      if (!(error instanceof ConfigError)) throw error;
      set({ error: configProblem(error) });
      return;
    }
    startRun(config);
  },
  pause: () => engine().send({ type: 'pause' }),
  resume: () => engine().send({ type: 'resume' }),
  stop: () => engine().send({ type: 'stop' }),
  reset: () => {
    const { status } = useTrainingStore.getState();
    if (status === 'idle') {
      engine().restart();
      set({ backend: null });
    } else {
      engine().send({ type: 'reset' });
    }
    flushNow();
    set({ points: [], epochs: [], result: null, progress: null, error: null, config: null, savedId: null, reopened: null });
    updateChartPoints();
    ensureInitialised();
  },
  dismissError: () => set({ error: null }),
  dismissNotice: () => set({ notice: null }),
  showSavedRun: (run) => {
    flushNow();
    set({
      config: run.config,
      draft: run.config,
      preset: run.preset,
      points: run.points,
      epochs: run.epochs,
      result: run.result,
      progress: null,
      error: null,
      savedId: run.id,
      reopened: { name: run.name, createdAt: run.createdAt, backend: run.backend, browser: run.browser },
    });
    updateChartPoints();
  },
}));

/** Starts a run of an already validated config; the draft is left as it is (the α sweep runs its own configs). */
export function startRun(config: TrainConfig): void {
  ensureInitialised();
  engine().send({ type: 'start', config });
}
