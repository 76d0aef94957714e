import { expect, test, type Locator, type Page } from './support/test';
import { PRESET_IDS, PRESETS } from '../src/contract/presets';
import { collectPageErrors } from './support/console';
import { saveScreenshot, VIEWPORTS } from './support/screenshots';
import { shortRunQuery } from './support/shortRun';

/** A projector's resolution: what a teacher shows the class. */
const PROJECTOR = { width: 1280, height: 720 } as const;
const FIRST_PRESET = PRESETS[PRESET_IDS[0]];

/** Whether the element lies wholly inside the viewport as the page stands, without scrolling. */
async function expectOnFirstScreen(page: Page, element: Locator, what: string): Promise<void> {
  const box = await element.boundingBox();
  const viewport = page.viewportSize();
  expect(box, `${what} is laid out`).not.toBeNull();
  expect(viewport).not.toBeNull();
  if (!box || !viewport) return;
  expect(box.y, `${what} starts inside the viewport`).toBeGreaterThanOrEqual(0);
  expect(box.y + box.height, `${what} ends inside the viewport`).toBeLessThanOrEqual(viewport.height);
  expect(box.x + box.width, `${what} is not cut off on the right`).toBeLessThanOrEqual(viewport.width);
}

test('the first screen says what to do, and its button opens the first preset with Start on a projector screen', async ({
  page,
}) => {
  const errors = collectPageErrors(page);
  await page.setViewportSize(PROJECTOR);
  await page.goto('/');
  const quickStart = page.getByRole('button', { name: FIRST_PRESET.title, exact: true });
  await expectOnFirstScreen(page, quickStart, 'the first screen’s button');
  await saveScreenshot(page, 'first-screen-projector');

  await quickStart.click();
  await expect(page.getByRole('tab', { name: 'Train' })).toHaveAttribute('aria-selected', 'true');
  await expect(
    page.getByRole('group', { name: 'Presets' }).getByRole('button', { name: FIRST_PRESET.title }),
  ).toHaveAttribute('aria-pressed', 'true');
  expect(await page.evaluate(() => window.scrollY)).toBe(0);
  await expectOnFirstScreen(page, page.getByRole('button', { name: 'Start' }), 'Start');
  await page.screenshot({ path: 'test-results/screenshots/train-preset-projector.png' });
  await page.setViewportSize(VIEWPORTS.desktop);
  await page.screenshot({ path: 'test-results/screenshots/train-preset-desktop.png' });
  await page.setViewportSize(VIEWPORTS.phone);
  await saveScreenshot(page, 'train-preset-phone');
  await page.setViewportSize(PROJECTOR);

  // Every other preset too: their notes are folded, so none pushes Start down.
  for (const id of PRESET_IDS) {
    await page.getByRole('group', { name: 'Presets' }).getByRole('button', { name: PRESETS[id].title }).click();
    await expectOnFirstScreen(page, page.getByRole('button', { name: 'Start' }), `Start after ${PRESETS[id].title}`);
  }
  expect(errors).toEqual([]);
});

test('the backend badge says what a backend is', async ({ page }) => {
  await page.goto('/?panel=train');
  const help = page.locator('.backend-help');
  await help.getByText('What is this?').click();
  await expect(help).toContainText('what does the arithmetic of training in this browser');
});

test('during a run the curves share a projector screen with the controls, and Explore cannot change its α', async ({
  page,
}) => {
  test.setTimeout(300_000);
  const errors = collectPageErrors(page);
  await page.setViewportSize(PROJECTOR);
  // Long enough that the run is still training while Explore's slider moves.
  await page.goto(`/?panel=train&${shortRunQuery({ trainSize: 20000, epochs: 5 })}`);
  await page.getByRole('button', { name: 'Start' }).click();
  await expect(page.getByTestId('run-status')).toHaveText('Training', { timeout: 120_000 });
  const running = page.getByTestId('running-settings');
  await expect(running).toContainText('Training with α 0.4 · tiny model · 20,000 training examples · 5 epochs');

  // The progress bars take their room once the first progress arrives.
  await expect(page.getByRole('progressbar', { name: 'Run progress' })).toBeVisible({ timeout: 120_000 });
  await page.evaluate(() => window.scrollTo(0, 0));
  await expectOnFirstScreen(page, page.getByRole('button', { name: 'Stop' }), 'Stop');
  // The first row: test accuracy and, beside it, its mixup − baseline gap.
  await expectOnFirstScreen(page, page.getByTestId('curve-test-accuracy'), 'the test accuracy curve');
  await expectOnFirstScreen(page, page.getByTestId('curve-test-accuracy-gap'), 'the accuracy gap curve');
  await page.screenshot({ path: 'test-results/screenshots/train-running-projector.png' });
  await page.setViewportSize(VIEWPORTS.desktop);
  await page.screenshot({ path: 'test-results/screenshots/train-running-desktop.png' });
  await page.setViewportSize(VIEWPORTS.phone);
  await saveScreenshot(page, 'train-running-phone');

  await page.getByRole('tab', { name: 'Explore' }).click();
  const beta = page.locator('section.beta-panel');
  const alpha = beta.getByRole('slider', { name: 'alpha', exact: true });
  await alpha.press('ArrowUp');
  await alpha.press('PageUp');
  await expect(alpha.locator('xpath=following-sibling::output[1]')).toHaveText('0.9');
  await beta.getByRole('button', { name: "Beta(1, α) — the tutorial's mistake" }).click();
  const training = beta.getByTestId('beta-training');
  await expect(training).toContainText('The Train tab trains with α = 0.4. A run is training');
  await expect(training.getByRole('button', { name: 'Use α = 1, β = 0.9 for training' })).toBeDisabled();

  await page.getByRole('tab', { name: 'Train' }).click();
  await expect(running).toContainText('Training with α 0.4 ·');
  await page.getByRole('button', { name: 'Stop' }).click();
  await expect(page.getByTestId('run-status')).toHaveText('Ready', { timeout: 120_000 });
  await expect(page.getByLabel('α', { exact: true })).toHaveValue('0.4');
  expect(errors).toEqual([]);
});
