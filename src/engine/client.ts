import type { EngineError, WorkerCommand, WorkerEvent } from './protocol';

export type EngineListener = (event: WorkerEvent) => void;

const CRASHED: EngineError = {
  kind: 'internal',
  message: 'The training worker stopped unexpectedly.',
  hint: 'Press Reset to start a fresh worker; points already drawn are kept.',
};

/**
 * The only owner of the training Worker. It turns the worker's messages (and its crashes) into typed
 * events, and can replace a crashed worker with a fresh one.
 */
export class EngineClient {
  private worker: Worker | null = null;

  constructor(private readonly listener: EngineListener) {}

  send(command: WorkerCommand): void {
    this.ensureWorker().postMessage(command);
  }

  /** Throws the current worker away (whatever it was doing) and starts a new one on the next send. */
  restart(): void {
    this.worker?.terminate();
    this.worker = null;
  }

  private ensureWorker(): Worker {
    if (this.worker) return this.worker;
    const worker = new Worker(new URL('./worker.ts', import.meta.url), { type: 'module', name: 'mixup-trainer' });
    worker.onmessage = (message: MessageEvent<WorkerEvent>) => this.listener(message.data);
    worker.onerror = (event) => {
      event.preventDefault();
      this.restart();
      this.listener({
        type: 'error',
        error: { ...CRASHED, message: `${CRASHED.message} ${event.message ?? ''}`.trim() },
      });
    };
    worker.onmessageerror = () =>
      this.listener({
        type: 'error',
        error: { ...CRASHED, message: 'A message from the training worker could not be read.' },
      });
    this.worker = worker;
    return worker;
  }
}
