import { expect, test, type Page } from './support/test';
import { collectPageErrors } from './support/console';

const quickDemoButton = (page: Page) => page.getByRole('group', { name: 'Presets' }).getByRole('button').first();

test('a classroom link without a preset opens on the Quick demo, the first preset', async ({ page }) => {
  await page.goto('/?classroom=1&panel=train');
  await expect(quickDemoButton(page)).toContainText('Quick demo');
  await expect(quickDemoButton(page)).toHaveAttribute('aria-pressed', 'true');
  await expect(page.getByTestId('preset-note')).toContainText('Quick demo: what to watch');
});

test('the Quick demo tells its expected time before it starts and runs to its end on the automatic backend', async ({
  page,
}) => {
  test.setTimeout(900_000);
  const errors = collectPageErrors(page);
  await page.goto('/?preset=quick-demo&panel=train');
  // The worker times the model once it is ready, then every preset and the draft say how long they take.
  await expect(quickDemoButton(page).getByTestId('expected-time')).toHaveText(/^≈ \d/, { timeout: 300_000 });
  await expect(page.locator('.run-controls').getByTestId('expected-time')).toHaveText(/^about .+ on \w+$/);
  await page.getByRole('button', { name: 'Start' }).click();
  await expect(page.getByTestId('time-left')).toHaveText(/time left: about \d/, { timeout: 300_000 });
  await expect(page.getByTestId('time-left')).toHaveText('run finished', { timeout: 840_000 });
  // The verdict opens the results, judged against the seed-to-seed spread measured for this preset.
  const verdict = page.getByTestId('verdict');
  await expect(verdict).toContainText('the 3 seeds measured for Quick demo');
  await expect(verdict.getByTestId('verdict-robustness')).toContainText('Under the FGSM attack at ε =');
  expect(errors).toEqual([]);
});
