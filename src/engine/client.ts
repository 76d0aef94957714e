import type { Language } from '../i18n/language';
import { SilenceWatchdog } from './heartbeat';
import type { EngineError, WorkerCommand, WorkerEvent, WorkerMessage } from './protocol';

export type EngineListener = (event: WorkerEvent) => void;

const CRASHED: EngineError = {
  kind: 'internal',
  message: 'The training worker stopped unexpectedly.',
  hint: 'Press Reset to start a fresh worker; points already drawn are kept.',
};

/**
 * The only owner of the training Worker. It turns the worker's messages (and its crashes) into typed
 * events, and can replace a crashed worker with a fresh one. A worker that falls silent in the middle
 * of a job (closed, killed by the browser, hung in a GPU call) sends no error event, so a watchdog
 * turns its silence into the same error as a crash.
 */
export class EngineClient {
  private worker: Worker | null = null;
  private language: Language = 'en';
  private readonly watchdog = new SilenceWatchdog((limitMs) =>
    this.crashed(`${CRASHED.message} It sent nothing for ${limitMs / 1000} s.`),
  );

  constructor(private readonly listener: EngineListener) {}

  send(command: WorkerCommand): void {
    this.ensureWorker().postMessage(command);
    this.watchdog.asked(command);
  }

  /** The language the worker writes its messages in, now and in every worker started later. */
  tellLanguage(language: Language): void {
    this.language = language;
    this.worker?.postMessage({ type: 'language', language } satisfies WorkerCommand);
  }

  /** Throws the current worker away (whatever it was doing) and starts a new one on the next send. */
  restart(): void {
    this.worker?.terminate();
    this.worker = null;
    this.watchdog.forget();
  }

  /** The worker is gone or past saving: it is thrown away, and the page hears why. */
  private crashed(message: string): void {
    this.restart();
    this.listener({ type: 'error', error: { ...CRASHED, message } });
  }

  private ensureWorker(): Worker {
    if (this.worker) return this.worker;
    const worker = new Worker(new URL('./worker.ts', import.meta.url), { type: 'module', name: 'mixup-trainer' });
    worker.onmessage = ({ data }: MessageEvent<WorkerMessage>) => {
      this.watchdog.heard(data);
      if (data.type !== 'alive') this.listener(data);
    };
    worker.onerror = (event) => {
      event.preventDefault();
      this.crashed(`${CRASHED.message} ${event.message ?? ''}`.trim());
    };
    worker.onmessageerror = () =>
      this.listener({
        type: 'error',
        error: { ...CRASHED, message: 'A message from the training worker could not be read.' },
      });
    worker.postMessage({ type: 'language', language: this.language } satisfies WorkerCommand);
    this.worker = worker;
    return worker;
  }
}
