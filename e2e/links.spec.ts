import { expect, test } from './support/test';
import { collectPageErrors } from './support/console';
import { saveDesktopAndPhone } from './support/screenshots';

const SETUP =
  '/?panel=train&backend=wasm&model=seed-cnn&trainSize=2500&labelNoise=0.3&epochs=7&batchSize=64&learningRate=0.0005' +
  '&optimizer=sgd&weightDecay=0.0001&alpha=1.5&beta=0.7&mixMode=cutmix&lambdaPer=example&seed=42&evalEvery=25' +
  '&quickEvalSize=500&testSize=5000&trainEvalSize=700&engine=tfjs';

/** The Train tab's controls, label → value, as the page shows them. */
const EXPECTED: Record<string, string> = {
  Model: 'seed-cnn',
  'Training examples': '2500',
  'Label noise': '0.3',
  Epochs: '7',
  'Batch size': '64',
  'Learning rate': '0.0005',
  Optimizer: 'sgd',
  'Weight decay': '0.0001',
  β: '0.7',
  Mixing: 'cutmix',
  'λ drawn per': 'example',
  Seed: '42',
  'Evaluate every': '25',
  'Quick-eval size': '500',
  'Test examples': '5000',
  'Train-eval size': '700',
  Backend: 'wasm',
  'Engine on webgpu': 'tfjs',
};

test('a link opens the same setup, the address bar follows every change, and a reload keeps it', async ({ page }) => {
  const errors = collectPageErrors(page);
  await page.goto(SETUP);
  await expect(page.getByRole('tab', { name: 'Train' })).toHaveAttribute('aria-selected', 'true');
  await page.getByText('Advanced settings', { exact: true }).click();
  for (const [label, value] of Object.entries(EXPECTED))
    await expect(page.getByLabel(label, { exact: true }), label).toHaveValue(value);
  await expect(page.getByLabel('α', { exact: true })).toHaveValue('1.5');
  await expect(page.getByTestId('link-notice')).toHaveCount(0);

  await page.getByLabel('Epochs').fill('9');
  await expect.poll(() => new URL(page.url()).searchParams.get('epochs')).toBe('9');
  await page.getByRole('tab', { name: 'α sweep' }).click();
  await expect.poll(() => new URL(page.url()).searchParams.get('panel')).toBe('sweep');
  await page.reload();
  await expect(page.getByRole('tab', { name: 'α sweep' })).toHaveAttribute('aria-selected', 'true');
  await expect(page.getByTestId('sweep-shared')).toContainText(
    'seed-cnn model · 2,500 training examples · 30% wrong labels · 9 epochs',
  );
  expect(errors).toEqual([]);
});

test('every malformed parameter is named in a dismissible notice and left at its default', async ({ page }) => {
  await page.goto('/?panel=train&alpha=abc&epochs=0&model=resnet&colour=blue&backend=cuda&engine=turbo');
  const notice = page.getByTestId('link-notice');
  await expect(notice.getByRole('listitem')).toHaveCount(6);
  await expect(notice).toContainText("alpha='abc' is ignored: alpha must be 0 (no mixing) or a number from");
  await expect(notice).toContainText("epochs='0' is ignored: epochs must be an integer from 1 to 200.");
  await expect(notice).toContainText("model='resnet' is ignored: model must be one of 'tiny', 'seed-cnn'.");
  await expect(notice).toContainText("'colour' is not a setting of this page");
  await expect(notice).toContainText("backend='cuda' is ignored");
  await expect(notice).toContainText("engine='turbo' is ignored: engine must be one of fused, tfjs.");
  // The good parameter still applies; the bad ones keep their defaults.
  await expect(page.getByRole('tab', { name: 'Train' })).toHaveAttribute('aria-selected', 'true');
  await expect(page.getByLabel('α', { exact: true })).toHaveValue('0.4');
  await expect(page.getByLabel('Epochs')).toHaveValue('5');
  await expect(page.getByLabel('Model')).toHaveValue('tiny');
  await expect(page.getByLabel('Backend')).toHaveValue('auto');
  await expect(page.getByLabel('Engine on webgpu')).toHaveValue('fused');
  // The address bar now holds the setup actually open, without the rejected values.
  await expect.poll(() => page.url()).toMatch(/\?panel=train$/);
  await saveDesktopAndPhone(page, 'link-notice');
  await notice.getByRole('button', { name: 'Dismiss' }).click();
  await expect(notice).toHaveCount(0);
});

test('a classroom link hides the advanced settings until asked', async ({ page }) => {
  await page.goto('/?panel=train&preset=small-data&classroom=1');
  await expect(page.getByLabel('Epochs')).toHaveValue('40');
  await expect(page.getByText('Advanced settings', { exact: true })).toHaveCount(0);
  await expect(page.getByLabel('Backend')).toHaveCount(0);
  await expect(page.getByLabel('Classroom link (hides the advanced settings)')).toBeChecked();
  await page.getByRole('button', { name: 'Show them' }).click();
  await expect(page.getByText('Advanced settings', { exact: true })).toBeVisible();
  await expect.poll(() => new URL(page.url()).searchParams.has('classroom')).toBe(false);
  await page.getByLabel('Classroom link (hides the advanced settings)').check();
  await expect.poll(() => new URL(page.url()).searchParams.get('classroom')).toBe('1');
  await expect(page.getByText('Advanced settings', { exact: true })).toHaveCount(0);
});
