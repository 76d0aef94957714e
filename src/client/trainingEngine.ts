import type { BackendInfo, EngineError, WorkerCommand, WorkerEvent, WorkerStatus } from '../contract/protocol';
import type { EpochSummary, PaceShape, ReusedBaseline, RunResult } from '../contract/reports';
import type { TrainConfig } from '../contract/config';
import { t } from '../i18n/i18n';
import type { Language } from '../i18n/language';
import { LiveFeed, type LiveSink } from './liveFeed';
import { EngineClient } from './trainerClient';

type EventOf<K extends WorkerEvent['type']> = Extract<WorkerEvent, { type: K }>;

/**
 * What the training engine calls back into: the training store, which keeps what the worker reports. Each
 * worker event becomes one call, except the metrics and progress, which arrive batched (LiveSink).
 */
export interface TrainingHost extends LiveSink {
  /** The page's language: the worker writes its messages in it. */
  language(): Language;
  /** Calls `listener` with the page's language each time it changes. */
  onLanguageChange(listener: (language: Language) => void): void;
  loading(event: EventOf<'loading'>): void;
  ready(backend: BackendInfo): void;
  started(event: EventOf<'started'>): void;
  /** An epoch has ended; the points before it have been appended already. */
  epochEnded(summary: EpochSummary): void;
  status(status: WorkerStatus): void;
  pace(event: EventOf<'pace'>): void;
  /** The run has ended with its result (stopped or finished); every point has been appended. */
  finished(result: RunResult): void;
  /** The worker reports an error (a refused setting, a diverged run, a crash); every point has been appended. */
  failed(error: EngineError): void;
}

/**
 * What the page sees of the training worker: its client (created on first use, told the page's language),
 * the live buffer between the worker's events and the store, and the run the page waits on. It turns the
 * worker's events into calls on its host and settles the run waited on when it ends.
 */
export class TrainingEngine {
  private client: EngineClient | null = null;
  private waiting: { resolve: (result: RunResult) => void; reject: (error: EngineError) => void } | null = null;
  private readonly feed: LiveFeed;
  /** The pace keys (backend, engine, model, batch size) this worker was asked to time, so each is asked once. */
  private readonly calibrationsAsked = new Set<string>();

  constructor(private readonly host: TrainingHost) {
    this.feed = new LiveFeed(host);
  }

  send(command: WorkerCommand): void {
    this.worker.send(command);
  }

  /** Starts a run; settles with its result, or with the error that ended it. */
  run(config: TrainConfig, reuse: ReusedBaseline | null): Promise<RunResult> {
    this.waiting?.reject({
      kind: 'refused',
      message: t('errors:page.replaced'),
      hint: t('errors:page.replacedHint'),
    });
    const ended = new Promise<RunResult>((resolve, reject) => (this.waiting = { resolve, reject }));
    // A Start stops the calibrations under way and skips those queued: what they would have timed is asked
    // again once the worker is ready, unless a pace for it has come in meanwhile.
    this.calibrationsAsked.clear();
    this.worker.send(reuse ? { type: 'start', config, reuse } : { type: 'start', config });
    return ended;
  }

  /** Asks the worker to time `shape`, whose pace key is `key`, unless it was asked already since the last Start. */
  calibrate(key: string, shape: PaceShape): void {
    if (this.calibrationsAsked.has(key)) return;
    this.calibrationsAsked.add(key);
    this.worker.send({ type: 'calibrate', shape });
  }

  /** Forgets what is buffered: the run on screen is being replaced. */
  forgetBuffered(): void {
    this.feed.clear();
  }

  /** Throws the worker away; a run waited on ends with an error, since no answer will come. */
  restart(): void {
    this.client?.restart();
    this.calibrationsAsked.clear();
    this.settle({
      error: { kind: 'internal', message: t('errors:page.restarted'), hint: t('errors:page.restartedHint') },
    });
  }

  private get worker(): EngineClient {
    if (this.client) return this.client;
    const client = new EngineClient((event) => this.handle(event));
    client.tellLanguage(this.host.language());
    this.host.onLanguageChange((language) => client.tellLanguage(language));
    this.client = client;
    return client;
  }

  private settle(outcome: { result: RunResult } | { error: EngineError }): void {
    const waiting = this.waiting;
    this.waiting = null;
    if ('result' in outcome) waiting?.resolve(outcome.result);
    else waiting?.reject(outcome.error);
  }

  private handle(event: WorkerEvent): void {
    const { host } = this;
    switch (event.type) {
      case 'loading':
        host.loading(event);
        return;
      case 'ready':
        host.ready(event.backend);
        return;
      case 'started':
        host.started(event);
        return;
      case 'progress':
        this.feed.setProgress(event.progress);
        return;
      case 'metrics':
        this.feed.addPoint(event.point);
        return;
      case 'epoch-end':
        this.feed.flush();
        host.epochEnded(event.summary);
        return;
      case 'status':
        host.status(event.status);
        return;
      case 'pace':
        host.pace(event);
        return;
      case 'finished':
        this.feed.settle();
        host.finished(event.result);
        this.settle({ result: event.result });
        return;
      case 'error':
        this.feed.settle();
        host.failed(event.error);
        this.settle({ error: event.error });
        return;
    }
  }
}
