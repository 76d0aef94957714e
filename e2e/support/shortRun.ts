import type { Page } from '@playwright/test';

/**
 * Runs small enough for SwiftShader (a CPU emulation of a GPU): a few steps, a quick evaluation on
 * 100 test images every 2 steps, 200 test digits at each epoch's end. Timings are never asserted,
 * only that the engine trains and the page reports it. Tests that are not about one backend open
 * the page without ?backend, so they train on the automatic choice: wasm on this machine kind.
 */
export async function configureShortRun(page: Page, { trainSize = 200, epochs = 1 } = {}): Promise<void> {
  await page.getByLabel('Training examples').fill(String(trainSize));
  await page.getByLabel('Epochs').fill(String(epochs));
  await page.getByLabel('Batch size').fill('16');
  await page.getByText('Advanced settings', { exact: true }).click();
  await page.getByLabel('Evaluate every').fill('2');
  await page.getByLabel('Quick-eval size').fill('100');
  await page.getByLabel('Train-eval size').fill('100');
  await page.getByLabel('Test examples').fill('200');
}

/**
 * The same settings as a link's query (without "?"): a page opened with it has them in its draft, with no form to fill
 * in. The page writes the draft back to its URL, so reloads keep them too.
 */
export function shortRunQuery({ trainSize = 200, epochs = 1 } = {}): string {
  return `trainSize=${trainSize}&epochs=${epochs}&batchSize=16&evalEvery=2&quickEvalSize=100&trainEvalSize=100&testSize=200`;
}
