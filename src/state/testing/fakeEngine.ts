/**
 * A stand-in for the training worker in store tests: records the commands sent and lets the test
 * play the worker's events. Use with
 *   vi.mock('../client/trainerClient', () => import('./testing/fakeEngine'));
 */
import type { WorkerCommand, WorkerEvent } from '../../contract/protocol';

export const worker = { sent: [] as WorkerCommand[], emit: (_event: WorkerEvent): void => undefined };

export class EngineClient {
  constructor(listener: (event: WorkerEvent) => void) {
    worker.emit = listener;
  }

  send(command: WorkerCommand): void {
    worker.sent.push(command);
  }

  restart(): void {}

  /** Not a command the tests read: every worker is told its language before anything else. */
  tellLanguage(): void {}
}
