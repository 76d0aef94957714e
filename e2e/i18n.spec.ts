import { expect, test, type Page } from './support/test';
import { collectPageErrors } from './support/console';

/** A short run by link, so the test needs no English label to fill in the settings. */
const SHORT_RUN =
  'panel=train&trainSize=200&epochs=1&batchSize=16&evalEvery=2&quickEvalSize=100&trainEvalSize=100&testSize=200';

/**
 * Names that stay as they are in every language (docs/TRANSLATION.md): methods, data sets, libraries, backends,
 * file formats, and "Language" beside 语言 so anyone can find the switch. Matched whole, in any case, even
 * against a figure ("0.208PNG").
 */
const KEPT_NAMES = new RegExp(
  `(?<![A-Za-z])(${[
    'mixup',
    'CutMix',
    'MNIST',
    'IDX',
    'CNN',
    'ERM',
    'NLL',
    'ECE',
    'FGSM',
    'TF\\.js',
    'PyTorch',
    'WebGPU',
    'WebGL',
    'WebAssembly',
    'wasm',
    'cpu',
    'GPU',
    'Adam',
    'SGD',
    'Beta',
    'PNG',
    'CSV',
    'JSON',
    'ReLU',
    'MLP',
    'Language',
    'English',
    'tfjs',
    'fused',
    'SwiftShader',
    'tiny',
    'seed-cnn',
    // The formulas' symbols: x_i, x_j, y_i, y_j and cross-entropy.
    'xi',
    'xj',
    'yi',
    'yj',
    'CE',
  ].join('|')})(?![A-Za-z])`,
  'gi',
);

/**
 * The text of every control and heading a user reads: buttons, tabs, labels, headings, headers, options, captions;
 * an element with an accessible name is read by that name (a formula's is its words, not its symbols).
 */
function visibleControlTexts(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const selector =
      'button, [role="tab"], label, h1, h2, h3, h4, legend, summary, th, option, caption, figcaption, [aria-label]';
    const seen = new Set<string>();
    for (const element of document.querySelectorAll<HTMLElement>(selector)) {
      const box = element.getBoundingClientRect();
      const shown = element.tagName === 'OPTION' || (box.width > 0 && box.height > 0);
      if (!shown) continue;
      const text = element.getAttribute('aria-label') ?? element.innerText ?? element.textContent ?? '';
      if (text.trim()) seen.add(text.trim().replace(/\s+/g, ' '));
    }
    return [...seen];
  });
}

/** A text with a word of two or more Latin letters once the names kept in every language are taken out. */
const readsEnglish = (text: string): boolean => /[A-Za-z]{2,}/.test(text.replace(KEPT_NAMES, ''));

test('?lang=zh opens the page in Chinese, and a short run trains with no English left in its controls', async ({
  page,
}) => {
  test.setTimeout(600_000);
  const errors = collectPageErrors(page);
  await page.goto(`/?lang=zh&${SHORT_RUN}`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Mixup 实验场');
  await expect(page).toHaveTitle('Mixup 实验场');
  await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');
  await expect(page.getByRole('tab', { name: '训练' })).toHaveAttribute('aria-selected', 'true');

  await page.getByRole('button', { name: '开始', exact: true }).click();
  await expect(page.getByTestId('verdict')).toBeVisible({ timeout: 480_000 });

  const english = (await visibleControlTexts(page)).filter(readsEnglish);
  expect(english, 'controls still in English').toEqual([]);
  for (const tab of ['探索', 'α 扫描', '运行记录', '二维']) {
    await page.getByRole('tab', { name: tab }).click();
    await expect(page.getByRole('tab', { name: tab })).toHaveAttribute('aria-selected', 'true');
    expect((await visibleControlTexts(page)).filter(readsEnglish), `${tab}: controls still in English`).toEqual([]);
  }
  expect(errors).toEqual([]);
});

test('the Language switch changes the page at once, and the choice is kept in the link and across a reload', async ({
  page,
}) => {
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Mixup Playground');
  await page.getByLabel('Language').selectOption('zh');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Mixup 实验场');
  await expect(page.getByRole('tab', { name: '探索' })).toBeVisible();
  await expect.poll(() => new URL(page.url()).searchParams.get('lang')).toBe('zh');

  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Mixup 实验场');
  await page.getByLabel('Language').selectOption('en');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Mixup Playground');
  await expect.poll(() => new URL(page.url()).searchParams.get('lang')).toBeNull();
  await page.reload();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Mixup Playground');
});

test.describe('a browser set to Chinese', () => {
  test.use({ locale: 'zh-CN' });

  test('opens the page in Chinese without a link saying so', async ({ page }) => {
    await page.goto('/');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Mixup 实验场');
  });
});
