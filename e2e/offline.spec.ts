import { collectPageErrors } from './support/console';
import { configureShortRun } from './support/shortRun';
import { expect, test } from './support/test';

// The suite blocks service workers (playwright.config.ts); this spec is about one.
test.use({ serviceWorkers: 'allow' });

test('once opened, the page reloads offline, still cross-origin isolated, and trains', async ({ page, context }) => {
  test.setTimeout(300_000);
  const errors = collectPageErrors(page);
  // wasm, to check below that its threads still start offline.
  await page.goto('/?backend=wasm');
  await expect
    .poll(() => page.evaluate(() => navigator.serviceWorker.controller !== null), { timeout: 60_000 })
    .toBe(true);
  await expect(page.getByTestId('offline-note')).toHaveText(
    'Digits saved for offline use: this page reloads and trains without a network.',
    {
      timeout: 120_000,
    },
  );
  const manifest = await page.evaluate(async () => (await fetch('/manifest.webmanifest')).json());
  expect(manifest).toMatchObject({ name: 'Mixup Playground', display: 'standalone' });

  await context.setOffline(true);
  await page.reload();
  expect(await page.evaluate(() => self.crossOriginIsolated)).toBe(true);
  // The test digits come from the cache: the gallery draws them.
  await expect(page.getByRole('heading', { name: 'The data: MNIST' })).toBeVisible({ timeout: 60_000 });
  await expect(page.getByTestId('offline-note')).toHaveAttribute('data-state', 'saved');

  await page.getByRole('tab', { name: 'Train' }).click();
  await configureShortRun(page);
  await page.getByRole('button', { name: 'Start' }).click();
  await expect(page.getByTestId('run-status')).toHaveText('Training', { timeout: 120_000 });
  await expect(page.getByTestId('run-status')).toHaveText('Ready', { timeout: 240_000 });
  await expect(page.getByTestId('results-table')).toBeVisible();
  // The wasm backend kept its threads: the worker was isolated too.
  const badge = page.getByTestId('backend-badge');
  await expect(badge).toHaveAttribute('data-backend', 'wasm');
  expect(Number(await badge.getAttribute('data-threads'))).toBeGreaterThan(1);
  expect(errors).toEqual([]);
});
