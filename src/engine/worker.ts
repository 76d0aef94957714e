/// <reference lib="webworker" />
/**
 * The training worker: owns TF.js, the data on the device and the paired run. It speaks only the
 * typed protocol; everything it learns goes out as events.
 */
import { DataLoadError } from '../data/loadErrors';
import { loadMnistSplit, type MnistSplit } from '../data/loadMnist';
import { initBackend } from './backend';
import { ConfigError, validateConfig } from './config';
import { createDeviceData } from './deviceData';
import type { EngineError, WorkerCommand, WorkerEvent, WorkerStatus } from './protocol';
import { runPairedTraining, TrainingDivergedError } from './trainer';
import { watchDeviceLoss } from './deviceLoss';

const scope = self as unknown as DedicatedWorkerGlobalScope;

function post(event: WorkerEvent): void {
  scope.postMessage(event);
}

function fail(error: EngineError): void {
  post({ type: 'error', error });
}

let status: WorkerStatus = 'idle';
function setStatus(next: WorkerStatus): void {
  status = next;
  post({ type: 'status', status });
}

let dataset: { train: MnistSplit; test: MnistSplit } | null = null;
/** Start waits for a pending init, so a Start pressed while the data loads runs as soon as it is ready. */
let initialising: Promise<void> = Promise.resolve();

/** The run in progress: its stop flag and the pause gate the trainer awaits between steps. */
const run = {
  stopped: false,
  paused: false,
  resumeGate: null as (() => void) | null,
  finished: Promise.resolve(),
};

function releasePause(): void {
  run.paused = false;
  run.resumeGate?.();
  run.resumeGate = null;
}

async function init(backendChoice: Parameters<typeof initBackend>[0], dataUrl: string): Promise<void> {
  setStatus('loading');
  post({ type: 'loading', stage: 'backend', loadedBytes: 0, totalBytes: 0 });
  const backend = await initBackend(backendChoice);
  watchDeviceLoss(backend.name, (message) => {
    run.stopped = true;
    releasePause();
    setStatus('idle');
    fail({ kind: 'device-lost', message, hint: 'Press Reset to start again; the points already drawn are kept.' });
  });
  // Train and test download together; progress is their combined bytes.
  const progress = { train: [0, 0], test: [0, 0] };
  const report = () =>
    post({
      type: 'loading',
      stage: 'data',
      loadedBytes: (progress.train[0] ?? 0) + (progress.test[0] ?? 0),
      totalBytes: (progress.train[1] ?? 0) + (progress.test[1] ?? 0),
    });
  const [train, test] = await Promise.all(
    (['train', 'test'] as const).map((split) =>
      loadMnistSplit(split, {
        baseUrl: dataUrl,
        onProgress: (loaded, total) => {
          progress[split] = [loaded, total];
          report();
        },
      }),
    ),
  );
  if (!train || !test) throw new Error('MNIST splits missing after loading');
  dataset = { train, test };
  post({ type: 'ready', backend, trainCount: train.count, testCount: test.count });
  setStatus('ready');
}

async function start(rawConfig: unknown): Promise<void> {
  await initialising.catch(() => undefined);
  if (status === 'training' || status === 'paused') {
    fail({ kind: 'refused', message: 'A run is already in progress.', hint: 'Stop or Reset it before starting another.' });
    return;
  }
  if (!dataset) {
    fail({ kind: 'refused', message: 'The training data could not be loaded.', hint: 'Press Reset to try loading it again.' });
    return;
  }
  const config = validateConfig(rawConfig);
  run.stopped = false;
  run.paused = false;
  setStatus('training');
  post({ type: 'started', config });
  let data: ReturnType<typeof createDeviceData> | null = null;
  try {
    data = createDeviceData(dataset.train, dataset.test, config);
    const result = await runPairedTraining(
      data,
      config,
      {
        onProgress: (progress) => post({ type: 'progress', progress }),
        onMetrics: (point) => post({ type: 'metrics', points: [point] }),
        onEpochEnd: (summary) => post({ type: 'epoch-end', summary }),
      },
      {
        isStopped: () => run.stopped,
        waitWhilePaused: () =>
          run.paused ? new Promise<void>((resolve) => (run.resumeGate = resolve)) : Promise.resolve(),
      },
    );
    post({ type: 'finished', result });
  } finally {
    data?.dispose();
    if (status !== 'idle') setStatus('ready');
  }
}

function describe(error: unknown): EngineError {
  if (error instanceof ConfigError) {
    return { kind: 'config', message: error.message, hint: 'Change that setting and start again.', field: error.field };
  }
  if (error instanceof TrainingDivergedError) {
    return { kind: 'diverged', message: error.message, hint: 'Lower the learning rate and start again.' };
  }
  if (error instanceof DataLoadError) return { kind: 'data', message: error.message, hint: error.hint };
  const message = error instanceof Error ? error.message : String(error);
  return { kind: 'internal', message: `Training failed: ${message}`, hint: 'Press Reset and try again.' };
}

async function handle(command: WorkerCommand): Promise<void> {
  switch (command.type) {
    case 'init':
      initialising = init(command.backend, command.dataUrl);
      return initialising;
    case 'start':
      run.finished = start(command.config);
      return run.finished;
    case 'pause':
      if (status !== 'training') return;
      run.paused = true;
      setStatus('paused');
      return;
    case 'resume':
      if (status !== 'paused') return;
      releasePause();
      setStatus('training');
      return;
    case 'stop':
    case 'reset':
      // Stopping between steps is the only safe point: the trainer checks the flag after each one.
      run.stopped = true;
      releasePause();
      await run.finished.catch(() => undefined);
      if (command.type === 'reset' && dataset) setStatus('ready');
      return;
  }
}

scope.onmessage = (message: MessageEvent<WorkerCommand>) => {
  handle(message.data).catch((error: unknown) => {
    if (status === 'loading') setStatus('idle');
    fail(describe(error));
  });
};
