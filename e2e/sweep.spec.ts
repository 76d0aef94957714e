import { expect, test, type Page } from './support/test';
import { collectPageErrors } from './support/console';
import { saveDesktopAndPhone, saveScreenshot } from './support/screenshots';
import { shortRunQuery } from './support/shortRun';
import { countWorkerMessages, logWorkerMessages, TRAINER, workerLogMark } from './support/workerLog';

const METRICS = ['accuracy', 'nll', 'ece'] as const;

async function openSweepTab(page: Page, run: { trainSize: number; epochs: number }): Promise<void> {
  await page.goto(`/?panel=sweep&${shortRunQuery(run)}`);
}

/** Each chart has `count` points, each drawn as a dot; the table has one row per α under the baseline. */
async function expectPlotted(page: Page, alphas: readonly string[]): Promise<void> {
  for (const metric of METRICS) {
    const chart = page.getByTestId(`sweep-${metric}`);
    await expect(chart).toHaveAttribute('data-points', String(alphas.length));
    await expect(chart.locator('.recharts-line-dots circle')).toHaveCount(alphas.length);
  }
  const rows = page.getByTestId('sweep-table').locator('tbody tr');
  await expect(rows).toHaveCount(alphas.length + 1);
  expect(await rows.evaluateAll((trs) => trs.map((tr) => tr.getAttribute('data-alpha')))).toEqual([
    'baseline',
    ...alphas,
  ]);
  await expect(rows.first().locator('td').first()).toHaveText(/^\d+\.\d\d%$/);
}

/** The saved sweeps' runs, from the page's IndexedDB: α, and whether the run trained its baseline. */
function savedSweepRuns(page: Page): Promise<[number, boolean][][]> {
  return page.evaluate(
    () =>
      new Promise<[number, boolean][][]>((resolve, reject) => {
        const opening = indexedDB.open('mixup-playground');
        opening.onerror = () => reject(opening.error);
        opening.onsuccess = () => {
          const reading = opening.result.transaction('items').objectStore('items').getAll();
          reading.onerror = () => reject(reading.error);
          reading.onsuccess = () => {
            const items = reading.result as {
              kind: string;
              status: string;
              records: { alpha: number; trainedBaseline: boolean }[];
            }[];
            resolve(
              items
                .filter((item) => item.kind === 'sweep' && item.status === 'finished')
                .map((item) => item.records.map((r): [number, boolean] => [r.alpha, r.trainedBaseline])),
            );
          };
        };
      }),
  );
}

test('a sweep of three α values (0 among them) and one seed trains the baseline once and plots every point', async ({
  page,
}) => {
  const errors = collectPageErrors(page);
  await openSweepTab(page, { trainSize: 200, epochs: 1 });
  await expect(page.getByTestId('sweep-shared')).toContainText('200 training examples · 1 epoch');
  await page.getByLabel('α values').fill('0, 0.2, 2');
  await page.getByRole('button', { name: 'Run sweep' }).click();
  await expect(page.getByLabel('Sweep progress')).toBeVisible();
  // α = 0 is the baseline: two runs, of which only the first trains it.
  await expect(page.getByTestId('sweep-status')).toHaveText('Finished: 2 runs', { timeout: 240_000 });
  await expectPlotted(page, ['0', '0.2', '2']);
  await expect
    .poll(() => savedSweepRuns(page))
    .toEqual([
      [
        [0.2, true],
        [2, false],
      ],
    ]);
  await expect(page.getByTestId('sweep-verdict')).toContainText('one seed cannot tell whether that beats the noise');
  await expect(page.getByTestId('sweep-time-left')).toHaveCount(0);
  expect(await saveDesktopAndPhone(page, 'sweep'), 'the phone layout scrolls sideways').toBeLessThanOrEqual(0);
  expect(errors).toEqual([]);
});

test('cancelling a sweep keeps the finished points and starts nothing more', async ({ page }) => {
  // Two runs of 3,000 digits × 3 epochs on two shared cores.
  test.setTimeout(300_000);
  const errors = collectPageErrors(page);
  // Runs of a few seconds each, so Cancel lands in the middle of the second (which, reusing the first's
  // baseline, takes about half as long).
  await logWorkerMessages(page);
  await openSweepTab(page, { trainSize: 3000, epochs: 3 });
  await page.getByLabel('α values').fill('0, 1, 4, 8');
  await page.getByRole('button', { name: 'Run sweep' }).click();
  const rows = page.getByTestId('sweep-table').locator('tbody tr');
  // The baseline, α = 0 (which is the baseline) and α = 1.
  await expect(rows).toHaveCount(3, { timeout: 240_000 });
  await expect(page.getByTestId('sweep-time-left')).toContainText(/about \d/);
  await saveScreenshot(page, 'sweep-running-desktop');
  await page.getByRole('button', { name: 'Cancel sweep' }).click();
  const cancelledAt = await workerLogMark(page);
  await expect(page.getByTestId('sweep-status')).toHaveText(/^Cancelled after [12] of 3 runs$/);
  const kept = await rows.count();
  await expect(page.getByRole('button', { name: /^Continue \(\d runs? left\)$/ })).toBeEnabled();
  // Nothing more trains: the stopped run settles, and no run is started after it. A sweep starts its next run as it
  // hears the last one finish, which the worker says before it says Ready; so by Ready any next start was sent.
  await page.getByRole('tab', { name: 'Train' }).click();
  await expect(page.getByTestId('run-status')).toHaveText('Ready', { timeout: 60_000 });
  expect(
    await countWorkerMessages(page, { worker: TRAINER, direction: 'sent', type: 'start', since: cancelledAt }),
    'runs started after the cancel',
  ).toBe(0);
  await page.getByRole('tab', { name: 'α sweep' }).click();
  await expect(rows).toHaveCount(kept);
  await expectPlotted(page, kept === 3 ? ['0', '1'] : ['0', '1', '4']);
  expect(errors).toEqual([]);
});

test('a bad α list is named and nothing starts', async ({ page }) => {
  await page.goto('/');
  await page.getByRole('tab', { name: 'α sweep' }).click();
  await page.getByLabel('α values').fill('0.2, lots');
  await page.getByRole('button', { name: 'Run sweep' }).click();
  await expect(page.getByRole('alert')).toHaveText(
    "The α list needs numbers separated by commas, got 'lots' in '0.2, lots'.",
  );
  await expect(page.getByTestId('sweep-status')).toHaveText('Not started');
});

test("a sweep's Copy link carries its α list and seeds, and opens with the form filled, not started", async ({
  page,
  context,
}) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.goto('/');
  await page.getByRole('tab', { name: 'α sweep' }).click();
  await page.getByLabel('α values').fill('0, 0.3, 3');
  await page.getByLabel('Seeds per α').fill('2');
  await page.getByRole('button', { name: 'Copy link to this sweep' }).click();
  await expect(page.getByTestId('copy-status')).toHaveText('Copied.');
  const link = await page.evaluate(() => navigator.clipboard.readText());
  expect(new URL(link).searchParams.get('alphas')).toBe('0,0.3,3');

  const opened = await context.newPage();
  await opened.goto(link);
  await expect(opened.getByRole('tab', { name: 'α sweep' })).toHaveAttribute('aria-selected', 'true');
  await expect(opened.getByLabel('α values')).toHaveValue('0, 0.3, 3');
  await expect(opened.getByLabel('Seeds per α')).toHaveValue('2');
  await expect(opened.getByTestId('sweep-status')).toHaveText('Not started');

  await opened.goto('/?panel=sweep&alphas=0.2,lots&seeds=40');
  await expect(opened.getByTestId('link-notice')).toContainText("alphas='0.2,lots' is ignored");
  await expect(opened.getByTestId('link-notice')).toContainText("seeds='40' is ignored");
});

test('Repeat over 3 seeds on the Train tab reports each arm and the gap as mean ± std, saved as a sweep', async ({
  page,
}) => {
  const errors = collectPageErrors(page);
  await page.goto(`/?panel=train&${shortRunQuery()}`);
  await page.getByLabel('Seed', { exact: true }).fill('4');
  await expect(page.getByTestId('repeat-status')).toHaveText(
    'Trains this setup with seeds 4 to 6; saved as a sweep of one α.',
  );
  await page.getByRole('button', { name: 'Repeat over 3 seeds' }).click();
  const rows = page.getByTestId('repeat-table').locator('tbody tr');
  await expect(page.getByTestId('repeat-table').locator('caption')).toContainText('over 3 seeds (4, 5, 6)', {
    timeout: 240_000,
  });
  await expect(rows).toHaveCount(3);
  await expect(rows.nth(0).locator('td').first()).toHaveText(/^\d+\.\d\d% ± \d+\.\d\d$/);
  await expect(rows.nth(2).locator('th')).toHaveText('Gap (mixup − baseline)');
  await expect(rows.nth(2).locator('td').first()).toHaveText(/^[+-]\d+\.\d\d% ± \d+\.\d\d$/);
  // The verdict weighs the mean gap against the three seeds' own spread.
  await expect(page.getByTestId('repeat-seeds').getByTestId('verdict')).toContainText(
    /(beyond|within) (the|that) spread|No clear difference/,
  );
  await expect(page.getByTestId('repeat-seeds').getByTestId('verdict')).toContainText('3 seeds repeated here');
  await expect.poll(async () => (await savedSweepRuns(page)).map((runs) => runs.length)).toEqual([3]);
  await page.getByTestId('repeat-seeds').scrollIntoViewIfNeeded();
  expect(await saveDesktopAndPhone(page, 'train-repeat'), 'the phone layout scrolls sideways').toBeLessThanOrEqual(0);
  expect(errors).toEqual([]);
});
