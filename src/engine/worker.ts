/// <reference lib="webworker" />
/**
 * The training worker's entry: wires the session to postMessage, the browser's backends and the
 * served MNIST assets. Everything else lives in session.ts, which Node tests drive directly.
 */
import { loadMnistSplit } from '../data/loadMnist';
import { initBackend } from './backend';
import { watchDeviceLoss } from './deviceLoss';
import type { WorkerCommand, WorkerEvent } from './protocol';
import { TrainingSession } from './session';

const scope = self as unknown as DedicatedWorkerGlobalScope;

const session = new TrainingSession((event: WorkerEvent) => scope.postMessage(event), {
  initBackend,
  loadSplit: (split, baseUrl, onProgress) => loadMnistSplit(split, { baseUrl, onProgress }),
  watchDeviceLoss,
});

scope.onmessage = (message: MessageEvent<WorkerCommand>) => void session.handle(message.data);
