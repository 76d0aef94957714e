import { expect, test } from './support/test';
import { canvasPixels } from './support/canvas';
import { collectPageErrors } from './support/console';
import { pageResources, recordPageResources, tfjsChunks } from './support/pageResources';
import { saveDesktopAndPhone, saveScreenshot, VIEWPORTS } from './support/screenshots';
import { countWorkerMessages, logWorkerMessages, TOY_WORKER, workerLogMark } from './support/workerLog';
import { RETRAIN_DELAY_MS } from '../src/state/toyStore';

/** The share of pixels coloured (red below 240): the class colours' red channels are 109 and 13, white's 255. */
const colouredShare = (pixels: number[]): number => pixels.filter((red) => red < 240).length / pixels.length;

test('the 2-D tab trains both arms off the main thread, draws two different pictures, and retrains when α moves', async ({
  page,
}) => {
  const errors = collectPageErrors(page);
  await recordPageResources(page);
  await logWorkerMessages(page);
  await page.clock.install();
  await page.setViewportSize(VIEWPORTS.desktop);
  await page.goto('/?panel=toy');
  await expect(page.getByRole('tab', { name: '2-D' })).toHaveAttribute('aria-selected', 'true');

  const baseline = page.getByRole('img', { name: 'Baseline decision boundary' });
  const mixup = page.getByRole('img', { name: 'Mixup decision boundary' });
  await expect(baseline).toBeVisible();
  await expect(mixup).toBeVisible();
  const untrained = await canvasPixels(baseline);

  const trainCommands = (since: number) =>
    countWorkerMessages(page, { worker: TOY_WORKER, direction: 'sent', type: 'train', since });
  const pictures = (since: number) =>
    countWorkerMessages(page, { worker: TOY_WORKER, direction: 'heard', type: 'done', since });
  await page.getByRole('button', { name: 'Train both' }).click();
  await expect(page.getByText('Trained 2,000 steps at α = 1.')).toBeVisible({ timeout: 60_000 });
  // Trained off the main thread: one command to the 2-D worker, and the pictures come back from it.
  expect(await trainCommands(0)).toBe(1);
  expect(await pictures(0)).toBe(1);

  const first = { baseline: await canvasPixels(baseline), mixup: await canvasPixels(mixup) };
  // Drawn (a coloured field, not the points on white) and not the same picture twice.
  expect(colouredShare(untrained)).toBeLessThan(0.1);
  expect(colouredShare(first.baseline)).toBeGreaterThan(0.5);
  expect(colouredShare(first.mixup)).toBeGreaterThan(0.5);
  expect(first.mixup).not.toEqual(first.baseline);
  await expect(page.getByText('Slice along the dashed line')).toBeVisible();
  await expect(page.locator('.toy-baseline .toy-figures')).toContainText('test NLL');

  // Forty steps of the α slider from the keyboard, with the page's clock held: a drag's steps send the worker nothing;
  // once the slider has been still RETRAIN_DELAY_MS it retrains, once, at the last α.
  const alpha = page.getByRole('slider', { name: '2-D mixing α' });
  await alpha.focus();
  await page.clock.pauseAt(await page.evaluate(() => Date.now() + 1_000));
  const moving = await workerLogMark(page);
  for (let i = 0; i < 40; i++) await page.keyboard.press('ArrowRight');
  const moved = await alpha.getAttribute('aria-valuetext');
  expect(moved).not.toBe('1');
  expect(await trainCommands(moving), 'training commands while the slider moves').toBe(0);
  await page.clock.runFor(RETRAIN_DELAY_MS - 1);
  expect(await trainCommands(moving), 'training commands just before it has been still long enough').toBe(0);
  await page.clock.runFor(1);
  expect(await trainCommands(moving), 'training commands once it has been still RETRAIN_DELAY_MS').toBe(1);
  await page.clock.resume();
  await expect(page.getByText(`Trained 2,000 steps at α = ${moved}.`)).toBeVisible({ timeout: 60_000 });
  expect(await trainCommands(moving)).toBe(1);
  expect(await pictures(moving)).toBe(1);
  // The 2-D worker is plain JavaScript, and the page never fetched TF.js either.
  const tfjs = tfjsChunks();
  expect(
    (await pageResources(page)).filter((path) => tfjs.has(path)),
    'TF.js bundles the page fetched',
  ).toEqual([]);
  expect(
    page.workers().filter((worker) => tfjs.has(new URL(worker.url()).pathname)),
    'workers holding TF.js',
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
