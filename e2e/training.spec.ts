import { expect, test, type Page } from '@playwright/test';
import { collectPageErrors } from './support/console';
import { saveScreenshot } from './support/screenshots';

/**
 * A run small enough for SwiftShader (a CPU emulation of a GPU): a few steps, a quick evaluation on
 * 100 test images every 2 steps. Timings are not asserted, only that the engine trains and reports.
 */
async function configureShortRun(page: Page): Promise<void> {
  await page.getByLabel('Training examples').fill('200');
  await page.getByLabel('Epochs').fill('1');
  await page.getByLabel('Batch size').fill('16');
  await page.getByText('Advanced settings').click();
  await page.getByLabel('Evaluate every').fill('2');
  await page.getByLabel('Quick-eval size').fill('100');
  await page.getByLabel('Train-eval size').fill('100');
}

async function expectMetricPoints(page: Page): Promise<void> {
  await expect
    .poll(async () => Number(await page.getByTestId('points-count').getAttribute('data-value').catch(() => 0)), {
      timeout: 240_000,
      intervals: [2_000],
    })
    .toBeGreaterThan(0);
}

for (const backend of ['webgpu', 'webgl', 'cpu'] as const) {
  test(`a short paired run trains on ${backend} and streams metrics`, async ({ page }) => {
    test.setTimeout(300_000);
    const errors = collectPageErrors(page);
    await page.goto(`/?backend=${backend}`);
    await configureShortRun(page);
    await page.getByRole('button', { name: 'Start' }).click();

    await expect(page.getByTestId('backend-badge')).toHaveAttribute('data-backend', backend, { timeout: 120_000 });
    await expectMetricPoints(page);
    await expect(page.getByRole('button', { name: 'Pause' })).toBeEnabled();
    if (backend === 'webgpu') await saveScreenshot(page, 'training-webgpu');

    await page.getByRole('button', { name: 'Stop' }).click();
    await expect(page.getByTestId('run-status')).toHaveText('Ready', { timeout: 120_000 });
    await expect(page.getByRole('button', { name: 'Start' })).toBeEnabled();
    expect(errors).toEqual([]);
  });
}

test('an out-of-range setting is refused, naming the field and its range', async ({ page }) => {
  await page.goto('/');
  await page.getByLabel('Learning rate').fill('5');
  await page.getByRole('button', { name: 'Start' }).click();
  const alert = page.getByRole('alert');
  await expect(alert).toContainText('learningRate must be a number from 0.00001 to 1, got 5');
  await expect(page.getByLabel('Learning rate')).toHaveAttribute('aria-invalid', 'true');
});

test('an unknown backend in the URL is named and replaced by the automatic choice', async ({ page }) => {
  await page.goto('/?backend=cuda');
  await expect(page.getByRole('status').filter({ hasText: "'cuda'" })).toBeVisible();
});
