import { formatNumber, t } from '../i18n/i18n';
import type { Language } from '../i18n/language';
import { SilenceWatchdog } from '../contract/heartbeat';
import type { EngineError, WorkerCommand, WorkerEvent, WorkerMessage } from '../contract/protocol';

export type EngineListener = (event: WorkerEvent) => void;

/** The error of a worker that crashed or fell silent, in the page's language; `detail` is added to the message. */
function crashed(detail = ''): EngineError {
  return {
    kind: 'internal',
    message: `${t('errors:worker.crashed')} ${detail}`.trim(),
    hint: t('errors:worker.crashedHint'),
  };
}

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
    this.crashed(t('errors:worker.silent', { seconds: formatNumber(limitMs / 1000, limitMs % 1000 === 0 ? 0 : 1) })),
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
  private crashed(detail: string): void {
    this.restart();
    this.listener({ type: 'error', error: crashed(detail) });
  }

  private ensureWorker(): Worker {
    if (this.worker) return this.worker;
    const worker = new Worker(new URL('../worker/worker.ts', import.meta.url), {
      type: 'module',
      name: 'mixup-trainer',
    });
    worker.onmessage = ({ data }: MessageEvent<WorkerMessage>) => {
      this.watchdog.heard(data);
      if (data.type !== 'alive') this.listener(data);
    };
    worker.onerror = (event) => {
      event.preventDefault();
      this.crashed(event.message ?? '');
    };
    worker.onmessageerror = () =>
      this.listener({
        type: 'error',
        error: { ...crashed(), message: t('errors:worker.unreadable') },
      });
    worker.postMessage({ type: 'language', language: this.language } satisfies WorkerCommand);
    this.worker = worker;
    return worker;
  }
}
