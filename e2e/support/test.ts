import { test as base, expect, type Page, type Worker } from '@playwright/test';

export { expect };
export type { Locator, Page, Worker } from '@playwright/test';

/** One `securitypolicyviolation` event, as the page or one of its workers saw it. */
interface CspViolation {
  where: string;
  blockedURI: string;
  effectiveDirective: string;
  sourceFile: string;
  lineNumber: number;
}

declare global {
  interface Window {
    __reportCspViolation?: (violation: CspViolation) => Promise<void>;
  }
}

/** In a worker no binding reaches the test: violations wait in a global until the test ends and reads them. */
const WORKER_LISTENER = `self.__cspViolations ??= [];
self.addEventListener('securitypolicyviolation', (event) => self.__cspViolations.push({
  where: 'worker ' + self.location.href, blockedURI: event.blockedURI, effectiveDirective: event.effectiveDirective,
  sourceFile: event.sourceFile, lineNumber: event.lineNumber,
}));`;

/** A worker busy in a blocking wait (the wasm backend's threads) never answers: it is given a second. */
async function workerViolations(page: Page): Promise<CspViolation[]> {
  const read = (worker: Worker) =>
    Promise.race([
      worker
        .evaluate(() => (self as unknown as { __cspViolations?: CspViolation[] }).__cspViolations ?? [])
        .catch(() => []),
      new Promise<CspViolation[]>((resolve) => setTimeout(() => resolve([]), 1_000)),
    ]);
  return (await Promise.all(page.workers().map(read))).flat();
}

const describeViolation = (v: CspViolation) =>
  `${v.where}: ${v.effectiveDirective} blocked ${v.blockedURI || '(inline)'}` +
  (v.sourceFile ? ` at ${v.sourceFile}:${v.lineNumber}` : '');

/**
 * Playwright's test, with every page watched for content security policy violations: any one fails the test,
 * naming the blocked URI and the directive. Pages hear of their own through a listener added before any of
 * their scripts; workers through one added as each starts (a violation before that is missed).
 */
export const test = base.extend<{ cspViolations: CspViolation[] }>({
  cspViolations: [
    async ({ context }, use) => {
      const violations: CspViolation[] = [];
      await context.exposeBinding('__reportCspViolation', (_source, violation: CspViolation) => {
        violations.push(violation);
      });
      await context.addInitScript(() => {
        document.addEventListener('securitypolicyviolation', (event) => {
          void window.__reportCspViolation?.({
            where: `page ${location.href}`,
            blockedURI: event.blockedURI,
            effectiveDirective: event.effectiveDirective,
            sourceFile: event.sourceFile,
            lineNumber: event.lineNumber,
          });
        });
      });
      const watchWorkers = (page: Page) =>
        page.on('worker', (worker) => void worker.evaluate(WORKER_LISTENER).catch(() => undefined));
      context.pages().forEach(watchWorkers);
      context.on('page', watchWorkers);
      await use(violations);
      for (const page of context.pages()) violations.push(...(await workerViolations(page)));
      expect(violations.map(describeViolation), 'content security policy violations').toEqual([]);
    },
    { auto: true },
  ],
});
