/**
 * How the page tells a busy worker from a dead or hung one. A worker that is closed, killed by the
 * browser or stuck in a GPU call sends no error event: it just falls silent. So while a job is in
 * flight (loading, training, paused) the worker says something at least every HEARTBEAT_MS, a
 * keep-alive when it has nothing else to say, and the page treats a longer silence than
 * SILENCE_LIMIT_MS as a worker that has stopped. TF.js-free: both sides import it.
 */
import type { BackendName, WorkerCommand, WorkerEvent, WorkerMessage, WorkerStatus } from './protocol';

export const HEARTBEAT_MS = 1000;

/**
 * The longest silence the page accepts while a job is in flight. A keep-alive cannot be sent while the worker's
 * thread is inside one synchronous call, and the wasm and cpu backends run a whole evaluation or FGSM attack as one.
 * Measured on this project's two-core test machine under load (e2e runs, SwiftShader): with keep-alives the longest
 * silence was 1.2 s on WebGPU, 6.3 s on WebGL and 1.6 s on wasm for the e2e suite's short runs, and 22 s on wasm for
 * the default settings' epoch-end evaluation of 10,000 digits; the limit leaves a wide margin over that.
 */
export const SILENCE_LIMIT_MS = 60_000;

/**
 * The cpu backend (the last resort) is far slower in those calls: its FGSM attack on 200 digits alone kept the worker
 * silent 15 s, so the default 1,000 digits and 10,000-digit evaluations take minutes.
 */
export const CPU_SILENCE_LIMIT_MS = 600_000;

export const silenceLimitFor = (backend: BackendName): number =>
  backend === 'cpu' ? CPU_SILENCE_LIMIT_MS : SILENCE_LIMIT_MS;

/** The statuses in which the worker owes the page a heartbeat. */
export const isBusy = (status: WorkerStatus): boolean =>
  status === 'loading' || status === 'training' || status === 'paused';

/**
 * Worker side: posts the session's events, and a keep-alive every HEARTBEAT_MS while the last status is busy or a
 * command is being handled (a Start waiting for a calibration to stop owes the page an answer it cannot send yet).
 */
export class Heartbeat {
  private timer: ReturnType<typeof setInterval> | null = null;
  private busyStatus = false;
  private commandsInFlight = 0;

  constructor(private readonly post: (message: WorkerMessage) => void) {}

  readonly send = (event: WorkerEvent): void => {
    this.post(event);
    if (event.type !== 'status') return;
    this.busyStatus = isBusy(event.status);
    this.update();
  };

  /** Keeps the heartbeat going until `handling` settles. */
  async during(handling: Promise<void>): Promise<void> {
    this.commandsInFlight++;
    this.update();
    try {
      await handling;
    } finally {
      this.commandsInFlight--;
      this.update();
    }
  }

  private update(): void {
    if (this.busyStatus || this.commandsInFlight > 0) {
      this.timer ??= setInterval(() => this.post({ type: 'alive' }), HEARTBEAT_MS);
    } else if (this.timer !== null) {
      clearInterval(this.timer);
      this.timer = null;
    }
  }
}

/**
 * Page side: follows what the page asks and what the worker says, and calls `onSilence` with the limit once the worker
 * has said nothing for that long while it owes the page an answer: after a job is asked for, or while its status is
 * busy. The limit is its backend's, once the worker has said which.
 */
export class SilenceWatchdog {
  private timer: ReturnType<typeof setTimeout> | null = null;
  private status: WorkerStatus = 'idle';
  /** A job was asked for and the worker has not answered since. */
  private awaitingAnswer = false;
  private limitMs = SILENCE_LIMIT_MS;

  constructor(private readonly onSilence: (limitMs: number) => void) {}

  asked(command: WorkerCommand): void {
    if (command.type !== 'init' && command.type !== 'start') return;
    this.awaitingAnswer = true;
    this.rearm();
  }

  heard(message: WorkerMessage): void {
    this.awaitingAnswer = false;
    if (message.type === 'status') this.status = message.status;
    if (message.type === 'ready') this.limitMs = silenceLimitFor(message.backend.name);
    this.rearm();
  }

  /** The worker is gone (terminated or replaced): nothing more is owed. */
  forget(): void {
    this.status = 'idle';
    this.limitMs = SILENCE_LIMIT_MS;
    this.awaitingAnswer = false;
    this.rearm();
  }

  private rearm(): void {
    if (this.timer !== null) clearTimeout(this.timer);
    this.timer = null;
    const limitMs = this.limitMs;
    if (this.awaitingAnswer || isBusy(this.status)) this.timer = setTimeout(() => this.onSilence(limitMs), limitMs);
  }
}
