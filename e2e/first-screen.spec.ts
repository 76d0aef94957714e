import { expect, test } from './support/test';
import { canvasPixels } from './support/canvas';
import { collectPageErrors } from './support/console';
import { originalTestImage } from './support/mnist';
import { saveDesktopAndPhone, saveScreenshot, VIEWPORTS } from './support/screenshots';

test('the first screen explains mixup and draws real MNIST digits, with no console error', async ({ page }) => {
  const errors = collectPageErrors(page);
  await page.setViewportSize(VIEWPORTS.desktop);
  await page.goto('/');

  await expect(page.getByRole('heading', { level: 1, name: 'Mixup Playground' })).toBeVisible();
  await expect(page.getByLabel('The mixup formulas')).toContainText('Beta');
  // KaTeX typeset it (its HTML) and kept the maths readable to assistive technology (its MathML).
  await expect(page.getByLabel('The mixup formulas').locator('.katex-html')).toHaveCount(4);
  await expect(page.getByLabel('The mixup formulas').locator('math')).toHaveCount(4);
  // The digits are one canvas, one image to assistive technology: 10 columns of 4, 28 pixels each, 2 apart.
  const grid = page.getByRole('img', { name: 'MNIST test digits by class' });
  await expect(grid).toHaveAccessibleDescription(/The first 4 of each class/);
  await expect(grid).toHaveAttribute('width', String(10 * 30 - 2));
  await expect(grid).toHaveAttribute('height', String(4 * 30 - 2));
  const indices = ((await grid.getAttribute('data-indices')) ?? '').split(' ').map(Number);
  expect(indices).toHaveLength(40);
  // Test image 3 is the first 0 of MNIST's test set: the grid's top-left tile must hold exactly its pixels,
  // and every other tile exactly its own image's.
  expect(indices[0]).toBe(3);
  // The canvas read back once, each tile cut from it here.
  const width = 10 * 30 - 2;
  const pixels = await canvasPixels(grid);
  const tileAt = (left: number, top: number) =>
    Array.from({ length: 28 }, (_, row) =>
      pixels.slice((top + row) * width + left, (top + row) * width + left + 28),
    ).flat();
  for (const [slot, index] of indices.entries()) {
    expect(tileAt(Math.floor(slot / 4) * 30, (slot % 4) * 30), `tile ${slot}, test image ${index}`).toEqual(
      Array.from(originalTestImage(index)),
    );
  }
  const firstZero = tileAt(0, 0);
  expect(firstZero.filter((value) => value > 128).length).toBeGreaterThan(50);

  const adapter = await page.evaluate(async () => {
    const gpu = (navigator as Navigator & { gpu?: { requestAdapter(): Promise<unknown> } }).gpu;
    return gpu ? (await gpu.requestAdapter()) !== null : false;
  });
  expect(adapter, 'navigator.gpu should give a WebGPU adapter (is --enable-unsafe-webgpu set?)').toBe(true);

  const overflow = await saveDesktopAndPhone(page, 'first-screen');
  expect(overflow, 'the page must not scroll sideways on a phone').toBeLessThanOrEqual(0);

  expect(errors).toEqual([]);
});

test('the Explore and Train tabs switch from the keyboard, and only the open panel is shown', async ({ page }) => {
  await page.goto('/');
  const explore = page.getByRole('tab', { name: 'Explore' });
  await expect(explore).toHaveAttribute('aria-selected', 'true');
  await explore.focus();
  await page.keyboard.press('ArrowRight');
  const train = page.getByRole('tab', { name: 'Train' });
  await expect(train).toHaveAttribute('aria-selected', 'true');
  await expect(train).toBeFocused();
  await expect(page.getByRole('tabpanel', { name: 'Train' })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Train: baseline vs mixup' })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'The data: MNIST' })).toHaveCount(0);
  await page.keyboard.press('Home');
  await expect(explore).toBeFocused();
  await expect(page.getByRole('heading', { name: 'The data: MNIST' })).toBeVisible();
});

test('a missing data file shows what happened and what to do, and Try again recovers', async ({ page }) => {
  await page.route('**/data/*images*.gz', (route) => route.fulfill({ status: 404, body: 'not found' }));
  await page.goto('/');

  const alert = page.getByRole('alert');
  await expect(alert).toContainText('not found');
  await expect(alert).toContainText('npm run prepare-data');
  await saveScreenshot(page, 'data-missing');

  await page.unroute('**/data/*images*.gz');
  await alert.getByRole('button', { name: 'Try again' }).click();
  await expect(page.getByRole('img', { name: 'MNIST test digits by class' })).toBeVisible();
  await expect(page.getByRole('alert')).toHaveCount(0);
});

test('a truncated data file is reported, never a hang or a blank page', async ({ page }) => {
  await page.route('**/data/*images*.gz', async (route) => {
    const response = await route.fetch();
    const body = await response.body();
    await route.fulfill({ response, body: body.subarray(0, Math.floor(body.length / 2)) });
  });
  await page.goto('/');

  await expect(page.getByRole('alert')).toBeVisible();
  await expect(page.getByRole('alert')).toContainText(/images/);
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
});
