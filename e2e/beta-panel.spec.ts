import { expect, test, type Locator, type Page } from './support/test';
import { collectPageErrors } from './support/console';
import { saveScreenshot, VIEWPORTS } from './support/screenshots';

/** The Beta panel: other panels on the page have buttons and sliders of their own. */
const betaPanel = (page: Page): Locator => page.locator('section.beta-panel');

/** What the panel draws: the curve's path, the histogram's bin heights and the read-out's text. */
async function snapshot(page: Page): Promise<{ path: string | null; histogram: string | null; readout: string }> {
  const chart = betaPanel(page).getByTestId('beta-density');
  return {
    path: await chart.locator('path.beta-curve').getAttribute('d'),
    histogram: await chart.getAttribute('data-histogram'),
    readout: (await betaPanel(page).getByTestId('beta-readout').textContent()) ?? '',
  };
}

/** The mean of the drawn λs, as the read-out prints it. */
async function sampledMean(readout: Locator): Promise<number> {
  const match = /draws: mean (\d\.\d{3})/.exec((await readout.textContent()) ?? '');
  return Number(match?.[1] ?? NaN);
}

/**
 * Checks that nothing sticks out of the panel when it is exactly as wide as on a 390-px phone (the
 * page pads it by 16 px a side). The panel is pinned to that width so that a wider neighbour cannot
 * hide an overflow; the chart needs a few frames to follow.
 */
async function expectNoOverflowAtPhoneWidth(page: Page): Promise<void> {
  const panel = betaPanel(page);
  await panel.evaluate((section: HTMLElement, width) => {
    section.style.width = `${width}px`;
  }, VIEWPORTS.phone.width - 32);
  await expect
    .poll(
      () =>
        panel.evaluate((section) => {
          const right = section.getBoundingClientRect().right;
          return [...section.querySelectorAll('*')]
            .filter((element) => element.getBoundingClientRect().right > right + 0.5)
            .map((element) => `${element.tagName.toLowerCase()}.${element.getAttribute('class') ?? ''}`);
        }),
      { message: 'nothing in the panel may stick out on a phone' },
    )
    .toEqual([]);
  await panel.evaluate((section: HTMLElement) => {
    section.style.width = '';
  });
}

const slider = (page: Page, name: 'alpha' | 'beta'): Locator =>
  betaPanel(page).getByRole('slider', { name, exact: true });
const shownShape = (page: Page, name: 'alpha' | 'beta'): Locator =>
  slider(page, name).locator('xpath=following-sibling::output[1]');

test('the α slider redraws the density, the histogram and the read-out, with no console error', async ({ page }) => {
  const errors = collectPageErrors(page);
  await page.setViewportSize(VIEWPORTS.desktop);
  await page.goto('/');

  const alpha = slider(page, 'alpha');
  const readout = betaPanel(page).getByTestId('beta-readout');
  // The default α = 0.4 is rung 22 of the ladder (8 below 0.1, 0.4 the 15th of its decade); Beta(0.4, 0.4) has sd
  // 1/(2√1.8) = 0.373.
  await expect(alpha).toHaveValue('22');
  await expect(shownShape(page, 'alpha')).toHaveText('0.4');
  await expect(betaPanel(page).getByRole('button', { name: '0.4', exact: true })).toHaveAttribute(
    'aria-pressed',
    'true',
  );
  await expect(readout).toContainText('Exact: mean 0.500 · sd 0.373');
  await expect(betaPanel(page).getByTestId('beta-density').locator('.beta-bar')).toHaveCount(40);
  await expect(betaPanel(page).getByTestId('beta-density')).toContainText('density');
  await saveScreenshot(page, 'beta-panel-desktop');
  const before = await snapshot(page);
  const meanBefore = await sampledMean(readout);

  await alpha.focus();
  await page.keyboard.press('End');
  // Beta(10, 10): sd = √(100 / (20² · 21)) = 0.109.
  await expect(shownShape(page, 'alpha')).toHaveText('10');
  await expect(readout).toContainText('Exact: mean 0.500 · sd 0.109');
  const after = await snapshot(page);
  expect(after.path).not.toBe(before.path);
  expect(after.histogram).not.toBe(before.histogram);
  expect(after.readout).not.toBe(before.readout);
  expect(await sampledMean(readout)).not.toBe(meanBefore);
  expect(await betaPanel(page).getByRole('button', { pressed: true }).count()).toBe(0);

  await page.keyboard.press('ArrowLeft');
  await expect(alpha).toHaveValue('55');
  await expect(shownShape(page, 'alpha')).toHaveText('9');
  await page.keyboard.press('PageDown');
  await expect(shownShape(page, 'alpha')).toHaveText('4.5');

  await expect.poll(async () => (await snapshot(page)).histogram).not.toBe(after.histogram);

  // A new seed redraws the λs only: the exact curve stays where it is.
  const drawn = await snapshot(page);
  await betaPanel(page).getByRole('button', { name: 'Draw again' }).click();
  await expect.poll(async () => (await snapshot(page)).histogram).not.toBe(drawn.histogram);
  expect((await snapshot(page)).path).toBe(drawn.path);

  await page.setViewportSize(VIEWPORTS.phone);
  await betaPanel(page).getByRole('button', { name: '0.2', exact: true }).click();
  await expect(shownShape(page, 'alpha')).toHaveText('0.2');
  await saveScreenshot(page, 'beta-panel-phone');
  await expectNoOverflowAtPhoneWidth(page);

  expect(errors).toEqual([]);
});

test("the asymmetric switch reveals β, and Beta(1, α) shows the tutorial's lopsided λ", async ({ page }) => {
  const errors = collectPageErrors(page);
  await page.setViewportSize(VIEWPORTS.desktop);
  await page.goto('/');
  const readout = betaPanel(page).getByTestId('beta-readout');

  await expect(slider(page, 'beta')).toHaveCount(0);
  const asymmetric = betaPanel(page).getByRole('switch', { name: 'Asymmetric: separate β' });
  await asymmetric.check();
  await expect(slider(page, 'beta')).toBeVisible();
  await expect(shownShape(page, 'beta')).toHaveText('0.4');

  await betaPanel(page).getByRole('button', { name: "Beta(1, α) — the tutorial's mistake" }).click();
  await expect(shownShape(page, 'alpha')).toHaveText('1');
  await expect(shownShape(page, 'beta')).toHaveText('0.4');
  // Beta(1, 0.4): mean 1 / 1.4 = 0.714, and λ > 0.5 in 0.5^0.4 ≈ 76% of draws.
  await expect(readout).toContainText('Exact: mean 0.714');
  expect(await sampledMean(readout)).toBeGreaterThan(0.5);
  await expect(betaPanel(page).locator('figcaption', { hasText: 'infinite at λ = 1' })).toBeVisible();
  await saveScreenshot(page, 'beta-panel-tutorial-desktop');
  await page.setViewportSize(VIEWPORTS.phone);
  await saveScreenshot(page, 'beta-panel-tutorial-phone');

  await asymmetric.uncheck();
  await expect(slider(page, 'beta')).toHaveCount(0);
  await expect(readout).toContainText('Exact: mean 0.500');
  expect(errors).toEqual([]);
});

test('a link sets the shapes: 0 means no mixing, above 10 pins the slider and keeps the true value', async ({
  page,
}) => {
  await page.setViewportSize(VIEWPORTS.desktop);
  await page.goto('/?alpha=0');
  await expect(
    betaPanel(page).getByText('α = 0: no mixing; every λ is 1, the mixup arm trains like the baseline.'),
  ).toBeVisible();
  await expect(betaPanel(page).getByTestId('beta-density')).toHaveCount(0);
  await expect(slider(page, 'alpha')).toHaveValue('0');
  await saveScreenshot(page, 'beta-panel-no-mixing');

  await page.goto('/?alpha=25');
  await expect(slider(page, 'alpha')).toHaveValue('56');
  await expect(shownShape(page, 'alpha')).toHaveText('25');
  await expect(betaPanel(page).getByTestId('beta-readout')).toContainText('Exact: mean 0.500');
  // From off the scale, a key steps onto it at the nearest round value in its direction.
  await slider(page, 'alpha').press('ArrowDown');
  await expect(shownShape(page, 'alpha')).toHaveText('10');
});

const trainAlpha = (page: Page): Locator => page.getByLabel('α', { exact: true });

async function trainTabAlpha(page: Page): Promise<string> {
  await page.getByRole('tab', { name: 'Train' }).click();
  const value = await trainAlpha(page).inputValue();
  await page.getByRole('tab', { name: 'Explore' }).click();
  return value;
}

test("the Explore shapes are an exploration: only 'Use … for training' changes the Train tab's", async ({ page }) => {
  await page.setViewportSize(VIEWPORTS.desktop);
  await page.goto('/');
  const training = betaPanel(page).getByTestId('beta-training');
  await expect(training).toHaveText('The Train tab trains with these shapes.');

  await slider(page, 'alpha').press('PageUp');
  await expect(shownShape(page, 'alpha')).toHaveText('0.8');
  await betaPanel(page).getByRole('button', { name: "Beta(1, α) — the tutorial's mistake" }).click();
  await expect(shownShape(page, 'alpha')).toHaveText('1');
  await expect(shownShape(page, 'beta')).toHaveText('0.8');
  await expect(training).toContainText('The Train tab trains with α = 0.4.');
  expect(await trainTabAlpha(page)).toBe('0.4');

  await training.getByRole('button', { name: 'Use α = 1, β = 0.8 for training' }).click();
  await expect(training).toHaveText('The Train tab trains with these shapes.');
  await page.getByRole('tab', { name: 'Train' }).click();
  await expect(trainAlpha(page)).toHaveValue('1');
  await page.getByText('Advanced settings', { exact: true }).click();
  await expect(page.getByLabel('β', { exact: true })).toHaveValue('0.8');

  // The Train tab's α, typed, is told on the Explore panel but does not move its slider.
  await trainAlpha(page).fill('2');
  await page.getByRole('tab', { name: 'Explore' }).click();
  await expect(shownShape(page, 'alpha')).toHaveText('1');
  await expect(training).toContainText('The Train tab trains with α = 2, β = 0.8.');
  await saveScreenshot(page, 'beta-panel-use-for-training');
});

test('the density chart is one described image, not a Tab stop', async ({ page }) => {
  await page.setViewportSize(VIEWPORTS.desktop);
  await page.goto('/');
  const chart = betaPanel(page).getByTestId('beta-density');
  await expect(chart).toHaveAccessibleName(
    'Density of Beta(0.4, 0.4) for λ from 0 to 1, with a histogram of drawn λ values',
  );
  await expect(chart).toHaveAccessibleDescription(/exact density of Beta\(0\.4, 0\.4\)/);
  // With the Train tab on the same shapes there is no Use button: Tab goes from the switch past the chart.
  await betaPanel(page).getByRole('switch', { name: 'Asymmetric: separate β' }).focus();
  await page.keyboard.press('Tab');
  await expect(betaPanel(page).getByRole('button', { name: 'Draw again' })).toBeFocused();
});
