/// <reference lib="webworker" />
/**
 * The training worker's entry: wires the session to postMessage, the browser's backends and the
 * served MNIST assets. Everything else lives in session.ts, which Node tests drive directly.
 */
import { loadMnistSplit } from '../data/loadMnist';
import { initBackend } from './backend';
import { watchDeviceLoss } from './deviceLoss';
import { Heartbeat } from '../contract/heartbeat';
import type { WorkerCommand, WorkerMessage } from '../contract/protocol';
import { TrainingSession } from './session';
import { createFusedStepper, fusedSupport } from './webgpu/fusedStepper';

const scope = self as unknown as DedicatedWorkerGlobalScope;

const heartbeat = new Heartbeat((message: WorkerMessage) => scope.postMessage(message));

const session = new TrainingSession(heartbeat.send, {
  initBackend,
  loadSplit: (split, baseUrl, onProgress) => loadMnistSplit(split, { baseUrl, onProgress }),
  watchDeviceLoss,
  fused: { create: createFusedStepper, support: fusedSupport },
});

scope.onmessage = (message: MessageEvent<WorkerCommand>) => void heartbeat.during(session.handle(message.data));
