import { expect, test } from './support/test';
import { canvasPixels } from './support/canvas';
import { collectPageErrors } from './support/console';
import { longTasksBetween, observeLongTasks, pageNow } from './support/longTasks';
import { saveDesktopAndPhone, saveScreenshot, VIEWPORTS } from './support/screenshots';

/** The share of pixels coloured (red below 240): the class colours' red channels are 109 and 13, white's 255. */
const colouredShare = (pixels: number[]): number => pixels.filter((red) => red < 240).length / pixels.length;

test('the 2-D tab trains both arms off the main thread, draws two different pictures, and retrains when α moves', async ({
  page,
}) => {
  const errors = collectPageErrors(page);
  await observeLongTasks(page);
  await page.setViewportSize(VIEWPORTS.desktop);
  await page.goto('/?panel=toy');
  await expect(page.getByRole('tab', { name: '2-D' })).toHaveAttribute('aria-selected', 'true');

  const baseline = page.getByRole('img', { name: 'Baseline decision boundary' });
  const mixup = page.getByRole('img', { name: 'Mixup decision boundary' });
  await expect(baseline).toBeVisible();
  await expect(mixup).toBeVisible();
  const untrained = await canvasPixels(baseline);

  const from = await pageNow(page);
  await page.getByRole('button', { name: 'Train both' }).click();
  await expect(page.getByText('Trained 2,000 steps at α = 1.')).toBeVisible({ timeout: 60_000 });
  const until = await pageNow(page);
  // The first run also starts the worker and warms the JIT; as in training.spec.ts, it is recorded, and the
  // page's second run is held to no long task.
  test.info().annotations.push({
    type: 'long tasks of a first run',
    description: JSON.stringify(await longTasksBetween(page, from, until)),
  });

  const first = { baseline: await canvasPixels(baseline), mixup: await canvasPixels(mixup) };
  // Drawn (a coloured field, not the points on white) and not the same picture twice.
  expect(colouredShare(untrained)).toBeLessThan(0.1);
  expect(colouredShare(first.baseline)).toBeGreaterThan(0.5);
  expect(colouredShare(first.mixup)).toBeGreaterThan(0.5);
  expect(first.mixup).not.toEqual(first.baseline);
  await expect(page.getByText('Slice along the dashed line')).toBeVisible();
  await expect(page.locator('.toy-baseline .toy-figures')).toContainText('test NLL');

  // Forty steps of the α slider from the keyboard: it retrains once the slider is still.
  const alpha = page.getByRole('slider', { name: '2-D mixing α' });
  await alpha.focus();
  for (let i = 0; i < 40; i++) await page.keyboard.press('ArrowRight');
  const retrainFrom = await pageNow(page);
  const moved = await alpha.getAttribute('aria-valuetext');
  expect(moved).not.toBe('1');
  await expect(page.getByText(`Trained 2,000 steps at α = ${moved}.`)).toBeVisible({ timeout: 60_000 });
  const retrainUntil = await pageNow(page);
  expect(
    await longTasksBetween(page, retrainFrom, retrainUntil),
    'no main-thread task over 50 ms while training',
  ).toEqual([]);
  // The baseline sees the same batches whatever α is; only the mixup picture changes.
  expect(await canvasPixels(baseline)).toEqual(first.baseline);
  expect(await canvasPixels(mixup)).not.toEqual(first.mixup);

  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Save Mixup decision boundary as PNG' }).click();
  expect((await download).suggestedFilename()).toMatch(/^mixup-2d-moons-alpha-[\d.]+-mixup\.png$/);

  await page.setViewportSize({ width: 1280, height: 720 });
  await saveScreenshot(page, 'toy-1280x720');
  await page.setViewportSize(VIEWPORTS.desktop);
  const overflow = await saveDesktopAndPhone(page, 'toy');
  expect(overflow, 'the page must not scroll sideways on a phone').toBeLessThanOrEqual(0);
  expect(errors).toEqual([]);
});

test('the 2-D tab is reached from the keyboard like the others', async ({ page }) => {
  await page.goto('/?panel=runs');
  await page.getByRole('tab', { name: 'Runs' }).focus();
  await page.keyboard.press('ArrowRight');
  await expect(page.getByRole('tab', { name: '2-D' })).toBeFocused();
  await expect(page.getByRole('heading', { name: '2-D: the decision boundary' })).toBeVisible();
  await expect(page).toHaveURL(/[?&]panel=toy\b/);
});
