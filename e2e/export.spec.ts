import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { expect, test, type Page } from './support/test';
import { collectPageErrors } from './support/console';
import { shortRunQuery } from './support/shortRun';

/** Clicks `button` and returns the downloaded file's name and bytes. */
async function download(page: Page, button: ReturnType<Page['getByRole']>): Promise<{ name: string; bytes: Buffer }> {
  const [file] = await Promise.all([page.waitForEvent('download'), button.click()]);
  const path = await file.path();
  return { name: file.suggestedFilename(), bytes: await readFile(path) };
}

const rowsOf = (csv: string) =>
  csv
    .trimEnd()
    .split('\n')
    .map((line) => line.split(','));

test('a finished run exports its curves, results and everything as CSV, JSON, PNG and a PyTorch script that agree with the page', async ({
  page,
}) => {
  const errors = collectPageErrors(page);
  await page.goto(`/?panel=train&${shortRunQuery()}`);
  await page.getByRole('button', { name: 'Start' }).click();
  await expect(page.getByTestId('time-left')).toHaveText('run finished', { timeout: 240_000 });
  const exports = page.getByRole('group', { name: 'Export this run' });

  const json = await download(page, exports.getByRole('button', { name: 'Everything (JSON)' }));
  expect(json.name).toMatch(/^mixup-run-tiny-200-examples-alpha-0\.4-\d{4}-\d\d-\d\d-\d{4}-run\.json$/);
  const document = JSON.parse(json.bytes.toString('utf8'));
  expect(document.format).toBe('mixup-playground-export');
  const run = document.item;
  expect(run.config).toMatchObject({ trainSize: 200, epochs: 1, batchSize: 16, alpha: 0.4 });
  // The page's results table shows the same final accuracies the JSON holds.
  const shown = page.getByTestId('results-table').locator('tbody tr').first().locator('td .cell-value');
  await expect(shown.first()).toHaveText(`${(100 * run.result.final.baseline.accuracy).toFixed(2)}%`);
  await expect(shown.nth(1)).toHaveText(`${(100 * run.result.final.mixup.accuracy).toFixed(2)}%`);

  const curves = rowsOf(
    (await download(page, exports.getByRole('button', { name: 'Curves (CSV)' }))).bytes.toString('utf8'),
  );
  expect(curves[0]).toEqual([
    'step',
    'epoch',
    'examples_seen',
    'baseline_train_loss',
    'baseline_test_accuracy',
    'baseline_test_nll',
    'baseline_ece',
    'mixup_train_loss',
    'mixup_test_accuracy',
    'mixup_test_nll',
    'mixup_ece',
  ]);
  expect(curves.slice(1).map((row) => row.map(Number))).toEqual(
    run.points.map(
      (p: {
        step: number;
        epoch: number;
        examplesSeen: number;
        baseline: Record<string, number>;
        mixup: Record<string, number>;
      }) => [
        p.step,
        p.epoch,
        p.examplesSeen,
        ...['baseline', 'mixup'].flatMap((arm) => {
          const a = p[arm as 'baseline' | 'mixup'] as Record<string, number>;
          return [a.trainLoss, a.testAccuracy, a.testNll, a.ece];
        }),
      ],
    ),
  );

  const epochs = rowsOf(
    (await download(page, exports.getByRole('button', { name: 'Per-epoch results (CSV)' }))).bytes.toString('utf8'),
  );
  expect(epochs).toHaveLength(2);
  expect(Number(epochs[1]?.[2])).toBe(run.result.final.baseline.accuracy);

  const script = (await download(page, exports.getByRole('button', { name: 'PyTorch script' }))).bytes.toString('utf8');
  expect(script).toContain('import torch');
  expect(script).toContain('"trainSize": 200');

  const png = await download(page, page.getByRole('button', { name: 'Save Test accuracy as PNG' }));
  expect(png.name).toMatch(/-chart-test-accuracy\.png$/);
  expect(png.bytes.subarray(0, 8)).toEqual(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
  // PNG width and height, big-endian at bytes 16–23: twice the chart's size.
  expect(png.bytes.readUInt32BE(16)).toBeGreaterThan(400);
  expect(png.bytes.readUInt32BE(20)).toBeGreaterThan(300);
  const reliability = await download(
    page,
    page.getByRole('button', { name: 'Save the mixup reliability diagram as PNG' }),
  );
  expect(reliability.bytes.length).toBeGreaterThan(2000);
  // Kept beside the screenshots, to look at.
  await mkdir('test-results/screenshots', { recursive: true });
  await writeFile('test-results/screenshots/export-test-accuracy.png', png.bytes);
  await writeFile('test-results/screenshots/export-reliability-mixup.png', reliability.bytes);
  expect(errors).toEqual([]);
});
