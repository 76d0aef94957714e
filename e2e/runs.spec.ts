import { expect, test, type Page } from './support/test';
import { collectPageErrors } from './support/console';
import { saveDesktopAndPhone } from './support/screenshots';
import { shortRunQuery } from './support/shortRun';

async function trainShortRun(page: Page, alpha: string): Promise<void> {
  await page.getByLabel('α', { exact: true }).fill(alpha);
  await page.getByRole('button', { name: 'Start' }).click();
  // The results of the run before stay on screen until the worker says this one has started (a calibration under
  // way first finishes its step): without this wait the second run's Start could be taken for its end.
  await expect(page.getByTestId('run-status')).toHaveText('Training', { timeout: 120_000 });
  await expect(page.getByTestId('results-table')).toBeVisible({ timeout: 240_000 });
  await expect(page.getByTestId('time-left')).toHaveText('run finished');
}

const savedItems = (page: Page) => page.getByTestId('saved-item');

/** The most points any run saved in the page's IndexedDB holds: 0 while nothing is saved. */
function savedRunPoints(page: Page): Promise<number> {
  return page.evaluate(
    () =>
      new Promise<number>((resolve) => {
        const opening = indexedDB.open('mixup-playground');
        // No database yet: this open must not create one (the page's own open would then find it at its version,
        // without its stores), so it is called off, and nothing counts as saved.
        opening.onupgradeneeded = () => opening.transaction?.abort();
        opening.onerror = () => resolve(0);
        opening.onsuccess = () => {
          const database = opening.result;
          if (!database.objectStoreNames.contains('items')) {
            database.close();
            resolve(0);
            return;
          }
          const reading = database.transaction('items').objectStore('items').getAll();
          reading.onerror = () => resolve(0);
          reading.onsuccess = () => {
            database.close();
            const runs = (reading.result as { kind: string; points?: unknown[] }[]).filter(
              (item) => item.kind === 'run',
            );
            resolve(Math.max(0, ...runs.map((run) => run.points?.length ?? 0)));
          };
        };
      }),
  );
}

test('finished runs survive a reload, reopen on the Train tab, compare on the same charts, rename and delete', async ({
  page,
}) => {
  const errors = collectPageErrors(page);
  await page.goto(`/?panel=train&${shortRunQuery()}`);
  await trainShortRun(page, '0.4');
  await trainShortRun(page, '1');
  const finalAccuracy = (await page.getByTestId('results-table').locator('tbody tr').first().textContent()) ?? '';

  await page.reload();
  await page.getByRole('tab', { name: 'Runs' }).click();
  await expect(savedItems(page)).toHaveCount(2);
  await expect(savedItems(page).first()).toHaveAttribute('data-status', 'finished');
  await expect(savedItems(page).first()).toContainText('tiny, 200 examples, α 1');
  await expect(savedItems(page).nth(1)).toContainText('α 0.4');

  for (const item of await savedItems(page).all()) await item.getByRole('checkbox').check();
  const compare = page.getByTestId('compare');
  await expect(compare.getByTestId('compare-differences')).toHaveText('They differ in α (A 1, B 0.4).');
  // Two runs × two arms on each chart.
  await expect(compare.getByTestId('compare-test-accuracy').locator('.recharts-line path')).toHaveCount(4);
  expect(await saveDesktopAndPhone(page, 'runs'), 'the phone layout scrolls sideways').toBeLessThanOrEqual(0);
  await page.setViewportSize({ width: 1280, height: 900 });

  await savedItems(page).first().getByRole('button', { name: 'Rename' }).click();
  await page.getByLabel('New name').fill('High α');
  await page.getByRole('button', { name: 'Save', exact: true }).click();
  await expect(savedItems(page).first()).toContainText('High α');

  await savedItems(page).first().getByRole('button', { name: 'Open' }).click();
  await expect(page.getByRole('tab', { name: 'Train' })).toHaveAttribute('aria-selected', 'true');
  await expect(page.getByTestId('results-table').locator('tbody tr').first()).toHaveText(finalAccuracy);
  await expect
    .poll(async () => Number(await page.getByTestId('curve-test-accuracy').getAttribute('data-points')))
    .toBeGreaterThan(1);
  await expect(page.getByLabel('α', { exact: true })).toHaveValue('1');
  await expect(page.getByTestId('reopened-note')).toContainText(
    /Showing a saved run, “High α”, trained .* on wasm · \d threads? in Chrome \d+\./,
  );

  await page.reload();
  await page.getByRole('tab', { name: 'Runs' }).click();
  await expect(savedItems(page).first()).toContainText('High α');
  const downloading = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export all (JSON)' }).click();
  const exported = await (await downloading).path();
  await expect(page.getByTestId('transfer-status')).toHaveText('Exported 2.');
  await savedItems(page).nth(1).getByRole('button', { name: 'Delete' }).click();
  await savedItems(page).nth(1).getByRole('button', { name: 'Delete for good' }).click();
  await expect(savedItems(page)).toHaveCount(1);

  // The export brings back the deleted run and skips the one still kept.
  await page.getByTestId('import-file').setInputFiles(exported);
  await expect(page.getByTestId('transfer-status')).toHaveText(
    'Imported 1 run or sweep; 1 was already here and skipped.',
  );
  await expect(savedItems(page)).toHaveCount(2);
  await expect(savedItems(page).nth(1)).toContainText('α 0.4');
  // A malformed file is named, and nothing changes.
  await page.getByTestId('import-file').setInputFiles({
    name: 'broken.json',
    mimeType: 'application/json',
    buffer: Buffer.from('{"format": "mixup-playground-export", "version": 1, "exportedAt": "now", "items": [{}]}'),
  });
  await expect(page.getByTestId('transfer-status')).toHaveText(
    'This export is damaged: items[0].kind is missing. Nothing was imported; the saved runs are as they were.',
  );
  await expect(savedItems(page)).toHaveCount(2);
  expect(errors).toEqual([]);
});

test('a run cut off by a reload keeps the points it had saved', async ({ page }) => {
  await page.goto(`/?panel=train&${shortRunQuery({ trainSize: 20000, epochs: 5 })}`);
  await page.getByRole('button', { name: 'Start' }).click();
  await expect
    .poll(async () => Number(await page.getByTestId('points-count').getAttribute('data-value')), { timeout: 120_000 })
    .toBeGreaterThan(3);
  // Runs in progress are written every 2 s: reloaded once the saved run holds more than 3 points.
  await expect.poll(() => savedRunPoints(page), { timeout: 60_000 }).toBeGreaterThan(3);
  await page.reload();
  await page.getByRole('tab', { name: 'Runs' }).click();
  const item = savedItems(page).first();
  await expect(item).toHaveAttribute('data-status', 'interrupted');
  const kept = Number((await item.innerText()).match(/(\d+) points kept/)?.[1]);
  expect(kept).toBeGreaterThan(3);
  await item.getByRole('button', { name: 'Open' }).click();
  await expect
    .poll(async () => Number(await page.getByTestId('curve-test-accuracy').getAttribute('data-points')))
    .toBeGreaterThan(3);
});
