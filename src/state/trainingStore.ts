import { create } from 'zustand';
import { TrainingEngine } from '../client/trainingEngine';
import { ConfigError, DEFAULT_CONFIG, isAllowed, validateConfig, type TrainConfig } from '../contract/config';
import {
  configProblem,
  type BackendChoice,
  type BackendInfo,
  type EngineError,
  type EngineName,
  type WorkerStatus,
} from '../contract/protocol';
import { presetConfig, type PresetId } from '../contract/presets';
import type {
  EpochSummary,
  MetricsPoint,
  PaceShape,
  ProgressUpdate,
  ReusedBaseline,
  RunResult,
} from '../contract/reports';
import type { SavedRun } from '../storage/savedRun';
import { t } from '../i18n/i18n';
import { downsample } from '../views/downsample';
import type { ArmCount } from '../views/runEstimate';
import { DATA_URL } from './dataUrl';
import { useLanguageStore } from './languageStore';
import { paceKey, usePaceStore } from './paceStore';

/**
 * The run on screen: one of this page's, or one reopened from storage. Replaced whole, never cleared field by field.
 */
export interface RunOnScreen {
  /** Its settings; null before any run. */
  config: TrainConfig | null;
  /** How many arms the worker trains: one when the run reuses a baseline trained before (a sweep's later α). */
  armsTrained: ArmCount;
  points: MetricsPoint[];
  /** `points` thinned for the charts, refreshed at most every CHART_INTERVAL_MS. */
  chartPoints: MetricsPoint[];
  epochs: EpochSummary[];
  progress: ProgressUpdate | null;
  result: RunResult | null;
  /** The id it is saved under: a fresh one when the worker starts a run, a saved one's when reopened. */
  savedId: string | null;
  /** When it began (or, reopened, when it was first saved): every write of it carries this date. */
  createdAt: number;
  /** The saved run it was reopened from, as saved; null for a run of this page. */
  reopened: SavedRun | null;
}

export const NO_RUN: Readonly<RunOnScreen> = {
  config: null,
  armsTrained: 2,
  points: [],
  chartPoints: [],
  epochs: [],
  progress: null,
  result: null,
  savedId: null,
  createdAt: 0,
  reopened: null,
};

interface TrainingState {
  status: WorkerStatus;
  backendChoice: BackendChoice;
  /** The engine webgpu trains with; other backends always train with TF.js's kernels. */
  engineChoice: EngineName;
  /** The worker's backend, and the engine of its latest run (or, before one, of its next). */
  backend: BackendInfo | null;
  loading: { stage: string; loadedBytes: number; totalBytes: number } | null;
  /** The settings being edited; checked by validateConfig when Start is pressed. */
  draft: TrainConfig;
  /** The preset last loaded into the draft; the draft may have been edited since. */
  preset: PresetId | null;
  /** A non-blocking message, e.g. that a chosen backend could not start and another runs instead. */
  notice: string | null;
  run: RunOnScreen;
  error: EngineError | null;
  chooseBackend: (choice: BackendChoice) => void;
  chooseEngine: (choice: EngineName) => void;
  setDraft: <K extends keyof TrainConfig>(field: K, value: TrainConfig[K]) => void;
  applyPreset: (id: PresetId) => void;
  /** Opens a setup from a link: its settings, preset, backend and engine. */
  applySetup: (setup: {
    config: TrainConfig;
    preset: PresetId | null;
    backend: BackendChoice;
    engine: EngineName;
  }) => void;
  start: () => void;
  pause: () => void;
  resume: () => void;
  stop: () => void;
  reset: () => void;
  dismissError: () => void;
  dismissNotice: () => void;
  /** Puts a saved run on screen, curves and results, and its settings in the draft. */
  showSavedRun: (run: SavedRun) => void;
  /** A saved run was renamed: the reopened run on screen, if it is that one, takes the name too. */
  renameSaved: (id: string, name: string) => void;
}

const MAX_CHART_POINTS = 300;

/** The worker, as the store hears it: each event it reports becomes a change of the store's state. */
const engine = new TrainingEngine({
  language: () => useLanguageStore.getState().language,
  onLanguageChange: (listener) => useLanguageStore.subscribe(({ language }) => listener(language)),
  loading: ({ stage, loadedBytes, totalBytes }) =>
    useTrainingStore.setState({ status: 'loading', loading: { stage, loadedBytes, totalBytes } }),
  ready: (backend) => {
    const forcedButUnavailable = backend.requested !== 'auto' && backend.requested !== backend.name;
    useTrainingStore.setState((state) => ({
      status: 'ready',
      backend,
      loading: null,
      notice: forcedButUnavailable
        ? t('results:backend.forcedButUnavailable', {
            requested: backend.requested,
            skipped: backend.skipped.join(t('results:backend.skippedSeparator')),
            backend: backend.name,
          })
        : state.notice,
    }));
  },
  started: (event) => {
    // A run whose settings the fused engine refuses trains on TF.js's kernels: the badge says so, and why.
    useTrainingStore.setState((state) => ({
      backend: state.backend && { ...state.backend, engine: event.engine, engineReason: event.engineReason },
    }));
    replaceRun({
      ...NO_RUN,
      config: event.config,
      armsTrained: event.trained.length === 1 ? 1 : 2,
      savedId: crypto.randomUUID(),
      createdAt: Date.now(),
    });
  },
  append: (points, progress) =>
    updateRun((run) => ({
      points: points.length ? [...run.points, ...points] : run.points,
      progress: progress ?? run.progress,
    })),
  redrawCharts: () => updateRun((run) => ({ chartPoints: downsample(run.points, MAX_CHART_POINTS) })),
  epochEnded: (summary) => updateRun((run) => ({ epochs: [...run.epochs, summary] })),
  status: (status) => useTrainingStore.setState({ status }),
  pace: (event) => usePaceStore.getState().record(event.backend, event.engine, event.shape, event.pace),
  finished: (result) => updateRun(() => ({ result })),
  failed: (error) =>
    useTrainingStore.setState((state) => ({
      error,
      // A crashed worker is gone: the page must offer a fresh start, keeping what was drawn.
      status: error.kind === 'internal' || error.kind === 'device-lost' ? 'idle' : state.status,
    })),
});

/** The models and batch sizes the page has asked a run's length for (prepareEngine). */
const pacesWanted = new Map<string, PaceShape>();

function updateRun(change: (run: RunOnScreen) => Partial<RunOnScreen>): void {
  useTrainingStore.setState((state) => ({ run: { ...state.run, ...change(state.run) } }));
}

/** Replaces the run on screen; what was buffered belonged to the one before. */
function replaceRun(run: RunOnScreen): void {
  engine.forgetBuffered();
  useTrainingStore.setState({ run: { ...run, chartPoints: downsample(run.points, MAX_CHART_POINTS) }, error: null });
}

function ensureInitialised(): void {
  const { status, backendChoice, engineChoice } = useTrainingStore.getState();
  if (status !== 'idle') return;
  // Marked at once, so a second call before the worker answers does not initialise it twice.
  useTrainingStore.setState({ status: 'loading', loading: { stage: 'backend', loadedBytes: 0, totalBytes: 0 } });
  engine.send({ type: 'init', backend: backendChoice, engine: engineChoice, dataUrl: DATA_URL });
}

export const useTrainingStore = create<TrainingState>()((set, get) => ({
  status: 'idle',
  backendChoice: 'auto',
  engineChoice: 'fused',
  draft: { ...DEFAULT_CONFIG },
  preset: null,
  notice: null,
  backend: null,
  loading: null,
  run: NO_RUN,
  error: null,
  chooseBackend: (backendChoice) => {
    // A backend is picked when the worker starts, so a new choice needs a fresh worker.
    engine.restart();
    set({ backendChoice, backend: null, status: 'idle' });
    ensureInitialised();
  },
  chooseEngine: (engineChoice) => {
    const { backend } = get();
    // A worker on another backend trains with TF.js's kernels either way: keep it and its loaded data.
    if (backend && backend.name !== 'webgpu') {
      set({ engineChoice });
      return;
    }
    // The engine is picked when the worker starts, as the backend is.
    engine.restart();
    set({ engineChoice, backend: null, status: 'idle' });
    ensureInitialised();
  },
  setDraft: (field, value) =>
    set((state) => ({
      draft: { ...state.draft, [field]: value },
      error: state.error?.field === field ? null : state.error,
    })),
  applyPreset: (id) => set({ draft: presetConfig(id), preset: id, error: null }),
  applySetup: ({ config, preset, backend, engine }) =>
    set({ draft: config, preset, backendChoice: backend, engineChoice: engine }),
  start: () => {
    let config: TrainConfig;
    try {
      config = validateConfig(get().draft);
    } catch (error) {
      if (!(error instanceof ConfigError)) throw error;
      set({ error: configProblem(error) });
      return;
    }
    // The outcome is on screen already; nothing waits for it here.
    startRun(config).catch(() => undefined);
  },
  pause: () => engine.send({ type: 'pause' }),
  resume: () => engine.send({ type: 'resume' }),
  stop: () => engine.send({ type: 'stop' }),
  reset: () => {
    if (get().status === 'idle') {
      engine.restart();
      set({ backend: null });
    } else {
      engine.send({ type: 'reset' });
    }
    replaceRun(NO_RUN);
    ensureInitialised();
  },
  dismissError: () => set({ error: null }),
  dismissNotice: () => set({ notice: null }),
  showSavedRun: (run) => {
    set({ draft: run.config, preset: run.preset });
    replaceRun({
      ...NO_RUN,
      config: run.config,
      points: run.points,
      epochs: run.epochs,
      result: run.result,
      savedId: run.id,
      createdAt: run.createdAt,
      reopened: run,
    });
  },
  renameSaved: (id, name) => {
    const { reopened } = get().run;
    if (reopened?.id === id) updateRun(() => ({ reopened: { ...reopened, name } }));
  },
}));

/**
 * Once the worker is ready, it times a short run of each model and batch size the page wants a length for and has no
 * pace of on its backend and engine, so the page can tell a run's length before the first one.
 */
function calibrateWanted(): void {
  const { status, backend } = useTrainingStore.getState();
  if (status !== 'ready' || !backend) return;
  for (const shape of pacesWanted.values()) {
    const key = paceKey(backend.name, backend.engine, shape);
    if (!usePaceStore.getState().paces[key]) engine.calibrate(key, shape);
  }
}
useTrainingStore.subscribe(calibrateWanted);

/**
 * Starts the worker if it is not running, and asks for the pace of `shape` there: the backend the worker picks and
 * the pace it measures tell a run's length.
 */
export function prepareEngine({ model, batchSize }: PaceShape): void {
  ensureInitialised();
  // A half-typed batch size is not a run to time.
  if (!isAllowed('batchSize', batchSize)) return;
  pacesWanted.set(`${model}/${batchSize}`, { model, batchSize });
  calibrateWanted();
}

/**
 * Starts a run of an already validated config; the draft is left as it is (the α sweep runs its own
 * configs). Given `reuse`, the worker trains the mixup arm alone and the run shows `reuse`'s baseline.
 * Settles when the run ends: with its result (stopped or finished), or the error that ended it.
 */
export function startRun(config: TrainConfig, reuse: ReusedBaseline | null = null): Promise<RunResult> {
  ensureInitialised();
  return engine.run(config, reuse);
}
