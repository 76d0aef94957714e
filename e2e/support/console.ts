import type { Page } from '@playwright/test';

/** Collects console errors and uncaught exceptions, so a test can assert the page ran clean. */
export function collectPageErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  page.on('pageerror', (error) => errors.push(error.message));
  return errors;
}
