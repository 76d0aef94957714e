import { test as base, expect, type Page } from '@playwright/test';

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

/** A worker has no binding to the test: it reports each violation as a console message the test reads. */
const WORKER_REPORT = 'csp-violation ';
const WORKER_LISTENER = `self.addEventListener('securitypolicyviolation', (event) => console.debug(${JSON.stringify(WORKER_REPORT)} +
  JSON.stringify({ where: 'worker ' + self.location.href, blockedURI: event.blockedURI,
    effectiveDirective: event.effectiveDirective, sourceFile: event.sourceFile, lineNumber: event.lineNumber })));`;

const describeViolation = (v: CspViolation) =>
  `${v.where}: ${v.effectiveDirective} blocked ${v.blockedURI || '(inline)'}` +
  (v.sourceFile ? ` at ${v.sourceFile}:${v.lineNumber}` : '');

/**
 * Playwright's test, with every page watched for content security policy violations: any one fails the test,
 * naming the blocked URI and the directive. Pages hear of their own through a listener added before any of
 * their scripts; workers through one added as each starts (a violation before that is missed), which reports on the
 * console.
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
      context.on('console', (message) => {
        const text = message.text();
        if (message.worker() && text.startsWith(WORKER_REPORT))
          violations.push(JSON.parse(text.slice(WORKER_REPORT.length)) as CspViolation);
      });
      await use(violations);
      expect(violations.map(describeViolation), 'content security policy violations').toEqual([]);
    },
    { auto: true },
  ],
});
