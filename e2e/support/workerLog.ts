import type { Page } from '@playwright/test';

/**
 * What the page and its workers said to each other, in order: each command the page posted and each event it heard,
 * by the worker's name ('mixup-trainer', 'mixup-2d') and the message's type (a status event as `status:<status>`).
 * Tests wait on these instead of on time: "two keep-alives since the pause" rather than "3 s".
 */
export interface WorkerLogEntry {
  worker: string;
  direction: 'sent' | 'heard';
  type: string;
}

declare global {
  interface Window {
    workerLog: WorkerLogEntry[];
  }
}

/** Wraps the page's Worker before any page script runs, so every worker it starts is logged from its first message. */
export async function logWorkerMessages(page: Page): Promise<void> {
  await page.addInitScript(() => {
    window.workerLog = [];
    const describe = (message: unknown): string => {
      if (typeof message !== 'object' || message === null || !('type' in message)) return typeof message;
      const { type, status } = message as { type: unknown; status?: unknown };
      return type === 'status' ? `status:${String(status)}` : String(type);
    };
    const NativeWorker = window.Worker;
    window.Worker = class extends NativeWorker {
      private readonly logName: string;
      constructor(url: string | URL, options?: WorkerOptions) {
        super(url, options);
        const name = options?.name ?? String(url);
        this.logName = name;
        // Added before the page sets onmessage, so it hears each event before the page handles it.
        this.addEventListener('message', (event: MessageEvent) =>
          window.workerLog.push({ worker: name, direction: 'heard', type: describe(event.data) }),
        );
      }
      override postMessage(message: unknown, options?: StructuredSerializeOptions | Transferable[]): void {
        window.workerLog.push({ worker: this.logName, direction: 'sent', type: describe(message) });
        super.postMessage(message, options as StructuredSerializeOptions);
      }
    };
  });
}

/** The log's length now: a mark to count from. */
export const workerLogMark = (page: Page): Promise<number> => page.evaluate(() => window.workerLog.length);

/** How many messages of `type` the page sent to or heard from `worker` since `mark`. */
export function countWorkerMessages(
  page: Page,
  {
    worker,
    direction,
    type,
    since = 0,
  }: { worker: string; direction: WorkerLogEntry['direction']; type: string; since?: number },
): Promise<number> {
  return page.evaluate(
    ({ worker, direction, type, since }) =>
      window.workerLog
        .slice(since)
        .filter((entry) => entry.worker === worker && entry.direction === direction && entry.type === type).length,
    { worker, direction, type, since },
  );
}

/**
 * The keep-alives `worker` has sent since its last other event (after `since`): a worker that says only "alive"
 * twice in a row has had nothing else to report for a second or more.
 */
export function keepAlivesSinceLastEvent(page: Page, worker: string, since: number): Promise<number> {
  return page.evaluate(
    ({ worker, since }) => {
      let count = 0;
      for (const entry of window.workerLog.slice(since)) {
        if (entry.worker !== worker || entry.direction !== 'heard') continue;
        count = entry.type === 'alive' ? count + 1 : 0;
      }
      return count;
    },
    { worker, since },
  );
}

/**
 * Resolves in the page's next animation frame, after the callbacks asked for before it: by then the live feed has
 * handed on what it buffered, and React has rendered it. Not under a paused `page.clock`, which holds frames back.
 */
export const nextFrame = (page: Page): Promise<void> =>
  page.evaluate(() => new Promise<void>((resolve) => requestAnimationFrame(() => resolve())));

/** The names the page gives its workers (client/trainerClient.ts, client/toyClient.ts). */
export const TRAINER = 'mixup-trainer';
export const TOY_WORKER = 'mixup-2d';
