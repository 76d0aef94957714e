/**
 * Faults a user's browser can meet, made from outside the page (no test hook ships): a worker that closes itself
 * without an error, saved records damaged in IndexedDB, and a storage that is full.
 */
import { readFileSync } from 'node:fs';
import { expect, test, type Page, type Worker } from './support/test';
import { silenceLimitFor } from '../src/contract/heartbeat';
import { BACKEND_NAMES, type BackendName } from '../src/contract/protocol';
import { collectPageErrors } from './support/console';
import { saveDesktopAndPhone, VIEWPORTS } from './support/screenshots';
import { shortRunQuery } from './support/shortRun';
import { countWorkerMessages, logWorkerMessages, TRAINER, workerLogMark } from './support/workerLog';

/** The backend the badge names. */
function backendOf(name: string | null): BackendName {
  const backend = BACKEND_NAMES.find((candidate) => candidate === name);
  if (!backend) throw new Error(`no backend on the badge: ${name}`);
  return backend;
}

const pointsCount = async (page: Page): Promise<number> =>
  Number(await page.getByTestId('points-count').getAttribute('data-value'));

/** A run long enough to be still training whatever is done to it next, by link. */
const LONG_RUN = `/?panel=train&${shortRunQuery({ trainSize: 20000, epochs: 5 })}`;

/** Starts the run on screen and waits for its first points. */
async function startLongRun(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Start' }).click();
  await expect.poll(() => pointsCount(page), { timeout: 120_000 }).toBeGreaterThan(0);
}

async function trainShortRun(page: Page, alpha: string): Promise<void> {
  await page.getByLabel('α', { exact: true }).fill(alpha);
  await page.getByRole('button', { name: 'Start' }).click();
  await expect(page.getByTestId('time-left')).toHaveText('run finished', { timeout: 240_000 });
}

/** The training worker, not the wasm backend's threads it starts. */
function trainingWorker(page: Page): Worker {
  const worker = page.workers().find((candidate) => /\/worker-[\w-]+\.js/.test(candidate.url()));
  if (!worker)
    throw new Error(
      `no training worker among ${page
        .workers()
        .map((w) => w.url())
        .join(', ')}`,
    );
  return worker;
}

test('a worker that closes itself mid-run is noticed, the points are kept, and Reset starts a fresh one', async ({
  page,
}) => {
  test.setTimeout(300_000);
  await logWorkerMessages(page);
  // The page's clock, so that the silence limit passes when the test says, not a minute later.
  await page.clock.install();
  await page.setViewportSize(VIEWPORTS.desktop);
  await page.goto(LONG_RUN);
  await startLongRun(page);
  const limitMs = silenceLimitFor(backendOf(await page.getByTestId('backend-badge').getAttribute('data-backend')));
  await trainingWorker(page).evaluate(() => self.close());
  const drawn = await pointsCount(page);

  const alert = page.getByRole('alert').filter({ hasText: 'Training failed' });
  // Half the limit: the page still waits, as a busy worker may be silent that long. Then the rest: it gives up.
  await page.clock.fastForward(limitMs / 2);
  await expect(page.getByTestId('run-status')).toHaveText('Training');
  await expect(alert).toHaveCount(0);
  await page.clock.fastForward(limitMs / 2);
  await expect(alert).toContainText('The training worker stopped unexpectedly.');
  await expect(alert).toContainText('Press Reset to start a fresh worker; points already drawn are kept.');
  await expect(page.getByRole('button', { name: 'Pause' })).toBeDisabled();
  await expect(page.getByRole('button', { name: 'Start' })).toBeEnabled();
  // Kept: every point the worker sent before it stopped (some may have been on their way when it closed).
  const sent = await countWorkerMessages(page, { worker: TRAINER, direction: 'heard', type: 'metrics' });
  expect(sent).toBeGreaterThanOrEqual(drawn);
  expect(await pointsCount(page)).toBe(sent);
  expect(await saveDesktopAndPhone(page, 'worker-stopped'), 'the phone layout scrolls sideways').toBeLessThanOrEqual(0);
  await page.setViewportSize(VIEWPORTS.desktop);

  await page.getByRole('button', { name: 'Reset' }).click();
  await expect(page.getByTestId('run-status')).toHaveText('Ready', { timeout: 120_000 });
  await page.getByRole('button', { name: 'Start' }).click();
  await expect.poll(() => pointsCount(page), { timeout: 120_000 }).toBeGreaterThan(0);
  await page.getByRole('button', { name: 'Stop' }).click();
  await expect(page.getByTestId('run-status')).toHaveText('Ready', { timeout: 120_000 });
});

test('a paused run is not taken for a dead worker, however long the pause', async ({ page }) => {
  test.setTimeout(300_000);
  const errors = collectPageErrors(page);
  await logWorkerMessages(page);
  // The page's clock: the pause outlasts the silence limit in the page's time, in seconds of the test's.
  await page.clock.install();
  await page.goto(LONG_RUN);
  await startLongRun(page);
  const limitMs = silenceLimitFor(backendOf(await page.getByTestId('backend-badge').getAttribute('data-backend')));
  await page.getByRole('button', { name: 'Pause' }).click();
  await expect(page.getByTestId('run-status')).toHaveText('Paused');
  // One and a half times the limit, in three jumps of the page's clock of half the limit each: only the keep-alives
  // the paused worker sends between them keep the page from calling it dead.
  for (let jump = 0; jump < 3; jump++) {
    const mark = await workerLogMark(page);
    await expect
      .poll(() => countWorkerMessages(page, { worker: TRAINER, direction: 'heard', type: 'alive', since: mark }))
      .toBeGreaterThan(0);
    await page.clock.fastForward(limitMs / 2);
  }
  await expect(page.getByTestId('run-status')).toHaveText('Paused');
  await expect(page.getByRole('alert')).toHaveCount(0);
  await page.getByRole('button', { name: 'Resume' }).click();
  const before = await pointsCount(page);
  await expect.poll(() => pointsCount(page), { timeout: 120_000 }).toBeGreaterThan(before);
  await page.getByRole('button', { name: 'Stop' }).click();
  await expect(page.getByTestId('run-status')).toHaveText('Ready', { timeout: 120_000 });
  expect(errors).toEqual([]);
});

/** Replaces fields of one stored record, past the page's own save path, as a bug or a hand might. */
async function damageRecord(page: Page, storeName: 'items' | 'summaries', id: string, fields: object): Promise<void> {
  await page.evaluate(
    ([name, key, change]) =>
      new Promise<void>((resolve, reject) => {
        const opening = indexedDB.open('mixup-playground');
        opening.onerror = () => reject(opening.error);
        opening.onsuccess = () => {
          const store = opening.result.transaction(name, 'readwrite').objectStore(name);
          const reading = store.get(key);
          reading.onsuccess = () => {
            const writing = store.put({ ...reading.result, ...change });
            writing.onsuccess = () => resolve();
            writing.onerror = () => reject(writing.error);
          };
        };
      }),
    [storeName, id, fields] as const,
  );
}

const savedItems = (page: Page) => page.getByTestId('saved-item');

test('a saved run with damaged records is listed as damaged, beside the others, and can be exported raw or deleted', async ({
  page,
}) => {
  test.setTimeout(300_000);
  const errors = collectPageErrors(page);
  await page.setViewportSize(VIEWPORTS.desktop);
  await page.goto(`/?panel=train&${shortRunQuery()}`);
  await trainShortRun(page, '0.4');
  await trainShortRun(page, '1');
  await page.getByRole('tab', { name: 'Runs' }).click();
  await expect(savedItems(page)).toHaveCount(2);
  const ids = await page.evaluate(
    () =>
      new Promise<string[]>((resolve) => {
        const opening = indexedDB.open('mixup-playground');
        opening.onsuccess = () => {
          const keys = opening.result.transaction('summaries').objectStore('summaries').getAllKeys();
          keys.onsuccess = () => resolve(keys.result.map(String));
        };
      }),
  );
  expect(ids).toHaveLength(2);
  const [first] = ids as [string, string];
  await damageRecord(page, 'summaries', first, { updatedAt: 'yesterday' });
  await damageRecord(page, 'items', first, { epochs: 'none' });

  await page.reload();
  await page.getByRole('tab', { name: 'Runs' }).click();
  await expect(savedItems(page)).toHaveCount(2);
  const damaged = savedItems(page).filter({ has: page.getByTestId('unreadable-reason') });
  await expect(damaged).toHaveAttribute('data-status', 'damaged');
  await expect(damaged).toContainText('summary.updatedAt must be number, got "yesterday"');
  await expect(damaged).toContainText(`id ${first}`);
  expect(await saveDesktopAndPhone(page, 'runs-damaged'), 'the phone layout scrolls sideways').toBeLessThanOrEqual(0);
  await page.setViewportSize(VIEWPORTS.desktop);

  const downloading = page.waitForEvent('download');
  await damaged.getByRole('button', { name: 'Export raw JSON' }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toMatch(/^mixup-unreadable-.*\.json$/);
  const raw: unknown = JSON.parse(readFileSync(await download.path(), 'utf8'));
  expect(raw).toMatchObject({ id: first, item: { epochs: 'none' }, summary: { updatedAt: 'yesterday' } });

  await damaged.getByRole('button', { name: 'Delete' }).click();
  await damaged.getByRole('button', { name: 'Delete for good' }).click();
  await expect(savedItems(page)).toHaveCount(1);
  const good = savedItems(page).first();
  await expect(good).toHaveAttribute('data-status', 'finished');
  await good.getByRole('button', { name: 'Open' }).click();
  await expect(page.getByTestId('reopened-note')).toBeVisible();
  expect(errors).toEqual([]);
});

test('a full storage stops the saving, not the training, and keeps what was saved before', async ({ page }) => {
  test.setTimeout(300_000);
  await page.addInitScript(() => {
    const put = IDBObjectStore.prototype.put;
    IDBObjectStore.prototype.put = function (...args: Parameters<typeof put>) {
      if (sessionStorage.getItem('storage-full'))
        throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      return put.apply(this, args);
    };
  });
  await page.goto(`/?panel=train&${shortRunQuery()}`);
  await trainShortRun(page, '0.4');
  await page.getByRole('tab', { name: 'Runs' }).click();
  await expect(savedItems(page)).toHaveAttribute('data-status', 'finished');
  await page.getByRole('tab', { name: 'Train' }).click();

  await page.evaluate(() => sessionStorage.setItem('storage-full', 'yes'));
  await page.getByLabel('Training examples').fill('20000');
  await page.getByLabel('Epochs').fill('5');
  await startLongRun(page);
  const notice = page.getByRole('alert').filter({ hasText: "The browser's storage is full" });
  await expect(notice).toBeVisible({ timeout: 30_000 });
  const before = await pointsCount(page);
  await expect.poll(() => pointsCount(page), { timeout: 120_000 }).toBeGreaterThan(before);
  await expect(page.getByTestId('run-status')).toHaveText('Training');
  await page.getByRole('button', { name: 'Stop' }).click();
  await expect(page.getByTestId('run-status')).toHaveText('Ready', { timeout: 120_000 });

  await page.evaluate(() => sessionStorage.removeItem('storage-full'));
  await page.reload();
  await page.getByRole('tab', { name: 'Runs' }).click();
  await expect(savedItems(page).filter({ hasText: 'α 0.4' })).toHaveAttribute('data-status', 'finished');
});
