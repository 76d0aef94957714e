/**
 * How the page tells a busy worker from a dead or hung one. A worker that is closed, killed by the
 * browser or stuck in a GPU call sends no error event: it just falls silent. So while a job is in
 * flight (loading, training, paused) the worker says something at least every HEARTBEAT_MS, a
 * keep-alive when it has nothing else to say, and the page treats a longer silence than
 * SILENCE_LIMIT_MS as a worker that has stopped. TF.js-free: both sides import it.
 */
import type { WorkerCommand, WorkerEvent, WorkerMessage, WorkerStatus } from './protocol';

export const HEARTBEAT_MS = 1000;

/**
 * The longest silence the page accepts while a job is in flight. A keep-alive cannot be sent while the worker's
 * thread is busy in one synchronous call, so the limit must exceed the longest such call on the slowest backend.
 * Measured with the e2e suite's runs and the default settings: MEASURED
 */
export const SILENCE_LIMIT_MS = 20_000;

/** The statuses in which the worker owes the page a heartbeat. */
export const isBusy = (status: WorkerStatus): boolean =>
  status === 'loading' || status === 'training' || status === 'paused';

/** Worker side: posts the session's events, and a keep-alive every HEARTBEAT_MS while the last status is busy. */
export class Heartbeat {
  private timer: ReturnType<typeof setInterval> | null = null;

  constructor(private readonly post: (message: WorkerMessage) => void) {}

  readonly send = (event: WorkerEvent): void => {
    this.post(event);
    if (event.type !== 'status') return;
    if (isBusy(event.status)) {
      this.timer ??= setInterval(() => this.post({ type: 'alive' }), HEARTBEAT_MS);
    } else if (this.timer !== null) {
      clearInterval(this.timer);
      this.timer = null;
    }
  };
}

/**
 * Page side: follows what the page asks and what the worker says, and calls `onSilence` once the worker has said
 * nothing for `limitMs` while it owes the page an answer: after a job is asked for, or while its status is busy.
 */
export class SilenceWatchdog {
  private timer: ReturnType<typeof setTimeout> | null = null;
  private status: WorkerStatus = 'idle';
  /** A job was asked for and the worker has not answered since. */
  private awaitingAnswer = false;

  constructor(
    private readonly onSilence: () => void,
    private readonly limitMs: number,
  ) {}

  asked(command: WorkerCommand): void {
    if (command.type !== 'init' && command.type !== 'start') return;
    this.awaitingAnswer = true;
    this.rearm();
  }

  heard(message: WorkerMessage): void {
    this.awaitingAnswer = false;
    if (message.type === 'status') this.status = message.status;
    this.rearm();
  }

  /** The worker is gone (terminated or replaced): nothing more is owed. */
  forget(): void {
    this.status = 'idle';
    this.awaitingAnswer = false;
    this.rearm();
  }

  private rearm(): void {
    if (this.timer !== null) clearTimeout(this.timer);
    this.timer = null;
    if (this.awaitingAnswer || isBusy(this.status)) this.timer = setTimeout(this.onSilence, this.limitMs);
  }
}
