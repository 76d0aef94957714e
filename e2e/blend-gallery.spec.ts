import { expect, test, type Page } from './support/test';
import { canvasPixels } from './support/canvas';
import { collectPageErrors } from './support/console';
import { saveScreenshot, VIEWPORTS } from './support/screenshots';

const pairCard = (page: Page, number: number) =>
  page
    .getByRole('list', { name: 'Blended pairs' })
    .getByRole('listitem')
    .nth(number - 1);
const pairCanvas = (page: Page, number: number, part: 'xi' | 'xj' | 'mixed') =>
  page.getByTestId(`pair-${number}-${part}`);

test('the gallery blends real digit pairs with the training settings, and the scrubber walks from x_j to x_i', async ({
  page,
}) => {
  const errors = collectPageErrors(page);
  await page.setViewportSize(VIEWPORTS.desktop);
  await page.goto('/');

  const cards = page.getByRole('list', { name: 'Blended pairs' }).getByRole('listitem');
  await expect(cards).toHaveCount(8);
  await expect(pairCard(page, 1)).toContainText('λ =');

  // Every blended canvas holds round(λ·x_i + (1 − λ)·x_j), computed in float32 as training computes it.
  for (let number = 1; number <= 8; number++) {
    const lambda = Number(await pairCard(page, number).getAttribute('data-lambda'));
    const xi = await canvasPixels(pairCanvas(page, number, 'xi'));
    const xj = await canvasPixels(pairCanvas(page, number, 'xj'));
    const expected = xi.map((a, p) => Math.round(Math.fround(lambda * a + (1 - lambda) * (xj[p] ?? 0))));
    expect(await canvasPixels(pairCanvas(page, number, 'mixed'))).toEqual(expected);
  }
  await expect(pairCard(page, 1).getByRole('img', { name: /^soft label: / })).toBeVisible();

  // The scrubber's ends are exactly the pair's two digits, on the big canvas and in the film strip.
  const choose = pairCard(page, 4).getByRole('button', { name: 'Scrub pair 4' });
  await choose.click();
  await expect(choose).toHaveAttribute('aria-pressed', 'true');
  const xi = await canvasPixels(pairCanvas(page, 4, 'xi'));
  const xj = await canvasPixels(pairCanvas(page, 4, 'xj'));
  expect(xi, 'the first seed pairs two different digits here').not.toEqual(xj);
  const slider = page.getByRole('slider', { name: 'λ for the chosen pair' });
  await slider.focus();
  await page.keyboard.press('Home');
  await expect(slider).toHaveValue('0');
  expect(await canvasPixels(page.getByTestId('scrub-mixed'))).toEqual(xj);
  await page.keyboard.press('End');
  await expect(slider).toHaveValue('1');
  expect(await canvasPixels(page.getByTestId('scrub-mixed'))).toEqual(xi);
  expect(await canvasPixels(page.getByTestId('film-0'))).toEqual(xj);
  expect(await canvasPixels(page.getByTestId('film-10'))).toEqual(xi);
  // Back to a real blend for the screenshot, by keyboard: 38 steps of 0.01.
  for (let step = 0; step < 38; step++) await page.keyboard.press('ArrowLeft');
  await expect(slider).toHaveValue('0.62');
  await saveScreenshot(page, 'blend-gallery-desktop');

  // Resample draws new digits and new λs.
  const lambdasBefore = await cards.evaluateAll((items) => items.map((item) => item.getAttribute('data-lambda')));
  const pixelsBefore = await canvasPixels(pairCanvas(page, 1, 'xi'));
  await page.getByRole('button', { name: 'Resample' }).click();
  await expect
    .poll(async () => cards.evaluateAll((items) => items.map((item) => item.getAttribute('data-lambda'))))
    .not.toEqual(lambdasBefore);
  expect(await canvasPixels(pairCanvas(page, 1, 'xi'))).not.toEqual(pixelsBefore);

  // CutMix pastes a box: every pixel of x̃ is x_i's or x_j's, and the box is outlined.
  await page.getByRole('radio', { name: 'CutMix' }).check();
  await expect(page.getByRole('group', { name: 'Mixing' }).getByRole('radio', { name: 'CutMix' })).toBeChecked();
  await expect(page.getByTestId('cutmix-box').first()).toBeVisible();
  for (let number = 1; number <= 8; number++) {
    const from = [
      await canvasPixels(pairCanvas(page, number, 'xi')),
      await canvasPixels(pairCanvas(page, number, 'xj')),
    ];
    const mixed = await canvasPixels(pairCanvas(page, number, 'mixed'));
    expect(mixed.every((value, p) => value === from[0]?.[p] || value === from[1]?.[p])).toBe(true);
  }
  await saveScreenshot(page, 'blend-gallery-cutmix-desktop');

  await page.setViewportSize(VIEWPORTS.phone);
  await saveScreenshot(page, 'blend-gallery-phone');
  // The gallery is measured alone, so another panel's layout cannot decide this test.
  // A constructed style sheet, not a <style> element: the content security policy allows no inline style.
  await page.evaluate(() => {
    const sheet = new CSSStyleSheet();
    sheet.replaceSync('main > :not(.blend) { display: none; }');
    document.adoptedStyleSheets.push(sheet);
  });
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  expect(overflow, 'the gallery must not make the page scroll sideways on a phone').toBeLessThanOrEqual(0);

  expect(errors).toEqual([]);
});
