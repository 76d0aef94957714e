import { expect, test } from './support/test';
import { longTasksBetween, observeLongTasks, pageNow } from './support/longTasks';

/*
 * Issue 19: opening the page must not stall. Until the page is usable (the tabs, the Beta chart and the
 * MNIST grid drawn) no main-thread task may run over 100 ms; `npm run bench:page` measures the same over
 * several loads, with total blocking time and the tasks when a tab first opens (bench/RESULTS.md). Only the
 * count at load is checked here: the 50 ms goal for first openings is not met yet, and is too close to this
 * machine's noise to check.
 *
 * A load is not always alike: on the two-core test machine, quiet, 1 load in 8 had one task just over 100 ms
 * (111 ms; the others' longest 51-90 ms). Two retries keep that tail from failing CI while a page that stalls
 * at every load, as it did before issue 19 (2-3 tasks of 240-620 ms each load), still fails.
 */
test.describe.configure({ retries: 2 });

test('the page opens without a task over 100 ms until the digits and the Beta chart are drawn', async ({ page }) => {
  await observeLongTasks(page);
  await page.goto('/');
  await expect(page.getByRole('tab')).toHaveCount(5);
  await expect(page.getByTestId('beta-density').locator('path.beta-curve')).toHaveAttribute('d', /^M/);
  await expect(page.getByRole('img', { name: 'MNIST test digits by class' })).toBeVisible();
  // The frame after: the grid's pixels are put in an effect, and the frame must reach the screen.
  await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0))));
  const usable = await pageNow(page);

  const over100 = (await longTasksBetween(page, 0, usable)).filter((task) => task.duration > 100);
  expect(over100, JSON.stringify(over100)).toEqual([]);
});
