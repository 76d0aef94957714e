/**
 * A stand-in for the 2-D worker in store tests: records the configs sent and lets the test play the
 * worker's events. Use with vi.mock('../client/toyClient', () => import('./testing/fakeToyEngine')).
 */
import type { ToyEvent } from '../../toy/protocol';
import type { ToyConfig } from '../../toy/run';

export const toyWorker = {
  sent: [] as { id: number; config: ToyConfig }[],
  emit: (_event: ToyEvent): void => undefined,
};

export class ToyClient {
  private latest = 0;

  constructor(listener: (event: ToyEvent) => void) {
    toyWorker.emit = (event) => {
      if (event.id === this.latest) listener(event);
    };
  }

  train(config: ToyConfig): void {
    this.latest++;
    toyWorker.sent.push({ id: this.latest, config });
  }

  cancel(): void {
    this.latest++;
  }
}
