import { t } from '../i18n/i18n';
import type { ToyConfig } from '../toy/run';
import type { ToyCommand, ToyEvent } from '../toy/protocol';

/**
 * The one owner of the 2-D panel's worker. Only the newest run's events reach the listener, so a
 * slider dragged again never shows an older α's pictures.
 */
export class ToyClient {
  private worker: Worker | null = null;
  private latest = 0;

  constructor(private readonly listener: (event: ToyEvent) => void) {}

  train(config: ToyConfig): void {
    this.latest++;
    const command: ToyCommand = { type: 'train', id: this.latest, config };
    this.ensureWorker().postMessage(command);
  }

  /** Drops the run in progress: its events are ignored from now on. */
  cancel(): void {
    this.latest++;
  }

  private ensureWorker(): Worker {
    if (this.worker) return this.worker;
    const worker = new Worker(new URL('../toy/worker.ts', import.meta.url), { type: 'module', name: 'mixup-2d' });
    worker.onmessage = ({ data }: MessageEvent<ToyEvent>) => {
      if (data.id === this.latest) this.listener(data);
    };
    worker.onerror = (event) => {
      event.preventDefault();
      worker.terminate();
      this.worker = null;
      this.listener({
        type: 'error',
        id: this.latest,
        message: `${t('errors:worker.toyCrashed')} ${event.message ?? ''}`.trim(),
      });
    };
    this.worker = worker;
    return worker;
  }
}
