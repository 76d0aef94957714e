/**
 * The worker's state machine: loading, ready, training, paused. It turns commands into events and
 * every failure into an error event, so the page always hears what happened. It knows nothing of
 * postMessage or the browser: the worker passes those in, and the Node tests pass their own.
 */
import { DataLoadError } from '../data/loadErrors';
import { setLanguage, t } from '../i18n/i18n';
import type { MnistSplit, Split } from '../data/loadMnist';
import { ConfigError, sameBaseline, SETTINGS, validateConfig, type TrainConfig } from '../contract/config';
import { createDeviceData, type DeviceData } from './deviceData';
import {
  configProblem,
  type BackendChoice,
  type BackendInfo,
  type BackendName,
  type EngineError,
  type EngineName,
  type EngineUse,
  type StartedBackend,
  type WorkerCommand,
  type WorkerEvent,
  type WorkerStatus,
} from '../contract/protocol';
import type { PaceShape, ReusedBaseline } from '../contract/reports';
import type { StepperFactory } from './stepper';
import { createTfjsStepper } from './tfjsStepper';
import type { TrainerHooks } from './trainer';
import { runPairedTraining, trainedArms, TrainingDivergedError } from './trainer';

/** The fused WebGPU engine; the worker passes it in, so the Node tests can stand in for it without a GPU. */
export interface FusedEngine {
  create: StepperFactory;
  /** Null when it can train `config`; otherwise why not, in a sentence. */
  support(config: TrainConfig): string | null;
}

export interface SessionDeps {
  initBackend(choice: BackendChoice): Promise<StartedBackend>;
  loadSplit(split: Split, dataUrl: string, onProgress: (loaded: number, total: number) => void): Promise<MnistSplit>;
  watchDeviceLoss(backend: BackendName, onLost: (message: string) => void): void;
  fused: FusedEngine;
}

/** The engine a worker on `backend` trains with when a run's settings allow it: fused on webgpu unless told not to. */
export function preferredEngine(backend: BackendName, choice: EngineName): EngineUse {
  if (backend !== 'webgpu') {
    return { engine: 'tfjs', engineReason: t('results:backend.engineReasons.notWebgpu', { backend }) };
  }
  if (choice === 'tfjs') {
    return { engine: 'tfjs', engineReason: t('results:backend.engineReasons.chosen') };
  }
  return {
    engine: 'fused',
    engineReason: t('results:backend.engineReasons.fused'),
  };
}

/**
 * The calibration run at the model and batch size to be timed: four steps or more (the first, the warm-up, is not
 * timed), 300 digits evaluated and 200 attacked per arm. About a second for the tiny model at batch 32 on a two-core
 * machine's wasm, a few for the seed-cnn.
 */
function calibrationConfig({ model, batchSize }: PaceShape): TrainConfig {
  const trainSize = Math.max(SETTINGS.trainSize.min, 4 * batchSize);
  return validateConfig({ model, trainSize, batchSize, epochs: 1, evalEvery: 10000, testSize: 200 });
}

export function describeFailure(error: unknown): EngineError {
  if (error instanceof ConfigError) {
    return configProblem(error);
  }
  if (error instanceof TrainingDivergedError) {
    return { kind: 'diverged', message: error.message, hint: t('errors:worker.divergedHint') };
  }
  if (error instanceof DataLoadError) return { kind: 'data', message: error.message, hint: error.hint };
  const message = error instanceof Error ? error.message : String(error);
  return {
    kind: 'internal',
    message: t('errors:worker.trainingFailed', { message }),
    hint: t('errors:worker.retryHint'),
  };
}

export class TrainingSession {
  private status: WorkerStatus = 'idle';
  private backend: BackendName | null = null;
  /** The engine this worker's runs train with when their settings allow it. */
  private engine: EngineUse = preferredEngine('cpu', 'tfjs');
  private dataset: { train: MnistSplit; test: MnistSplit } | null = null;
  /** Start waits for a pending init, so a Start pressed while the data loads runs once it is ready. */
  private initialising: Promise<void> = Promise.resolve();
  /** The run in progress, if any: it resolves once the run has stopped and freed its tensors. */
  private running: Promise<void> | null = null;
  /** A calibration in progress: a run waits for it, since both would share the device. */
  private calibrating: Promise<void> = Promise.resolve();
  /**
   * Starts waiting for a calibration to let go of the device. A calibration stops at its next step while
   * one waits, and one asked for meanwhile is skipped: timing the next run never delays it (on an emulated
   * GPU a calibration compiles its kernels for a minute and more).
   */
  private startsWaiting = 0;
  private stopRequested = false;
  private paused = false;
  private resumeGate: (() => void) | null = null;

  constructor(
    private readonly post: (event: WorkerEvent) => void,
    private readonly deps: SessionDeps,
  ) {}

  /** Never rejects: a failure becomes an error event. */
  async handle(command: WorkerCommand): Promise<void> {
    try {
      await this.dispatch(command);
    } catch (error) {
      if (this.status === 'loading') this.setStatus('idle');
      this.fail(describeFailure(error));
    }
  }

  private async dispatch(command: WorkerCommand): Promise<void> {
    switch (command.type) {
      case 'init':
        this.initialising = this.init(command.backend, command.engine, command.dataUrl);
        return this.initialising;
      case 'start':
        return this.start(command.config, command.reuse ?? null);
      case 'calibrate':
        return this.calibrate(command.shape);
      case 'pause':
        if (this.status !== 'training') return;
        this.paused = true;
        this.setStatus('paused');
        return;
      case 'resume':
        if (this.status !== 'paused') return;
        this.releasePause();
        this.setStatus('training');
        return;
      case 'language':
        setLanguage(command.language);
        return;
      case 'stop':
      case 'reset':
        // The trainer checks the flag between steps, the only point where stopping is safe.
        this.stopRequested = true;
        this.releasePause();
        await this.running;
        return;
    }
  }

  private setStatus(next: WorkerStatus): void {
    this.status = next;
    this.post({ type: 'status', status: next });
  }

  private fail(error: EngineError): void {
    this.post({ type: 'error', error });
  }

  private releasePause(): void {
    this.paused = false;
    this.resumeGate?.();
    this.resumeGate = null;
  }

  private async init(choice: BackendChoice, engine: EngineName, dataUrl: string): Promise<void> {
    this.setStatus('loading');
    this.post({ type: 'loading', stage: 'backend', loadedBytes: 0, totalBytes: 0 });
    const started = await this.deps.initBackend(choice);
    this.backend = started.name;
    this.engine = preferredEngine(started.name, engine);
    const backend: BackendInfo = { ...started, ...this.engine };
    this.deps.watchDeviceLoss(backend.name, (message) => {
      this.stopRequested = true;
      this.releasePause();
      this.setStatus('idle');
      this.fail({ kind: 'device-lost', message, hint: t('errors:worker.resetHint') });
    });
    // Both splits download together; progress is their combined bytes.
    const bytes: Record<Split, [number, number]> = { train: [0, 0], test: [0, 0] };
    const load = (split: Split) =>
      this.deps.loadSplit(split, dataUrl, (loaded, total) => {
        bytes[split] = [loaded, total];
        this.post({
          type: 'loading',
          stage: 'data',
          loadedBytes: bytes.train[0] + bytes.test[0],
          totalBytes: bytes.train[1] + bytes.test[1],
        });
      });
    const [train, test] = await Promise.all([load('train'), load('test')]);
    this.dataset = { train, test };
    this.post({ type: 'ready', backend });
    this.setStatus('ready');
  }

  /** What a finished run or a calibration measured, tagged with what it ran on. */
  private postPace({ model, batchSize }: PaceShape, engine: EngineName): Required<TrainerHooks>['onPace'] {
    return (pace) => {
      if (this.backend) this.post({ type: 'pace', backend: this.backend, engine, shape: { model, batchSize }, pace });
    };
  }

  /**
   * What trains `config`, runs and calibrations alike: settings the fused engine refuses train on TF.js's kernels,
   * with its reason for the badge, rather than failing.
   */
  private stepperFor(config: TrainConfig): EngineUse & { create: StepperFactory } {
    if (this.engine.engine === 'fused') {
      const refusal = this.deps.fused.support(config);
      if (refusal === null) return { ...this.engine, create: this.deps.fused.create };
      return {
        engine: 'tfjs',
        engineReason: t('results:backend.engineReasons.refused', { refusal: refusal.replace(/[.。]$/, '') }),
        create: createTfjsStepper,
      };
    }
    return { ...this.engine, create: createTfjsStepper };
  }

  /** Times a short run of that model and batch size on the loaded data, after any calibration asked for before it. */
  private calibrate(shape: PaceShape): Promise<void> {
    const run = Promise.all([this.initialising.catch(() => undefined), this.calibrating]).then(() =>
      this.calibrateNow(shape),
    );
    this.calibrating = run.catch(() => undefined);
    return run;
  }

  /** Skipped while a run trains or waits to, since a run measures its own pace. */
  private async calibrateNow(shape: PaceShape): Promise<void> {
    if (this.running || this.startsWaiting > 0 || !this.dataset) return;
    const config = calibrationConfig(shape);
    const { engine, create } = this.stepperFor(config);
    const data = createDeviceData(this.dataset.train, this.dataset.test, config);
    const ignore = () => undefined;
    try {
      await runPairedTraining(
        data,
        config,
        { onProgress: ignore, onMetrics: ignore, onEpochEnd: ignore, onPace: this.postPace(config, engine) },
        // A stopped calibration reports no pace: its robustness, which the pace needs, is never measured.
        { isStopped: () => this.startsWaiting > 0, waitWhilePaused: () => Promise.resolve() },
        null,
        create,
      );
    } finally {
      data.dispose();
    }
  }

  private async start(rawConfig: unknown, reuse: ReusedBaseline | null): Promise<void> {
    this.startsWaiting++;
    try {
      await this.initialising.catch(() => undefined);
      await this.calibrating;
    } finally {
      this.startsWaiting--;
    }
    if (this.running) {
      this.fail({
        kind: 'refused',
        message: t('errors:worker.busy'),
        hint: t('errors:worker.busyHint'),
      });
      return;
    }
    if (!this.dataset) {
      this.fail({
        kind: 'refused',
        message: t('errors:worker.notLoaded'),
        hint: t('errors:worker.notLoadedHint'),
      });
      return;
    }
    const config = validateConfig(rawConfig);
    if (reuse && !sameBaseline(config, validateConfig(reuse.config))) {
      this.fail({
        kind: 'refused',
        message: t('errors:worker.reuseMismatch'),
        hint: t('errors:worker.reuseMismatchHint'),
      });
      return;
    }
    this.running = this.train(this.dataset, config, reuse).finally(() => {
      this.running = null;
    });
    return this.running;
  }

  private async train(
    dataset: { train: MnistSplit; test: MnistSplit },
    config: TrainConfig,
    reuse: ReusedBaseline | null,
  ): Promise<void> {
    this.stopRequested = false;
    this.paused = false;
    this.setStatus('training');
    const { create, ...engine } = this.stepperFor(config);
    this.post({ type: 'started', config, trained: trainedArms(reuse), ...engine });
    let data: DeviceData | null = null;
    try {
      data = createDeviceData(dataset.train, dataset.test, config);
      const result = await runPairedTraining(
        data,
        config,
        {
          onProgress: (progress) => this.post({ type: 'progress', progress }),
          onMetrics: (point) => this.post({ type: 'metrics', point }),
          onEpochEnd: (summary) => this.post({ type: 'epoch-end', summary }),
          onPace: this.postPace(config, engine.engine),
        },
        {
          isStopped: () => this.stopRequested,
          waitWhilePaused: () =>
            this.paused ? new Promise<void>((resolve) => (this.resumeGate = resolve)) : Promise.resolve(),
        },
        reuse,
        create,
      );
      this.post({ type: 'finished', result });
    } catch (error) {
      this.fail(describeFailure(error));
    } finally {
      data?.dispose();
      // A lost device already set 'idle': the page must offer Reset, not Start.
      if (this.status !== 'idle') this.setStatus('ready');
    }
  }
}
