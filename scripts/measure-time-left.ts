/**
 * Runs a preset in headless Chromium against a served build, on the automatic backend, and measures how
 * long it takes and how well the page's time-left estimate held: it reads the progress line every 2 s
 * and compares each estimate with the time that was really left. Prints a table and the worst deviation
 * after the first 10% of the run.
 *
 *   npm run build && npx vite preview --port 4201 &
 *   npx tsx scripts/measure-time-left.ts [--url http://localhost:4201] [--preset quick-demo]
 */
import { parseArgs } from 'node:util';
import { chromium } from '@playwright/test';
import { CHROMIUM_ARGS, findChromium } from './chromium';

const { values } = parseArgs({
  options: {
    url: { type: 'string', default: 'http://localhost:4201' },
    preset: { type: 'string', default: 'quick-demo' },
  },
});

/** Milliseconds of "45 s", "2 min 10 s" or "1 h 5 min", as views/timeLeft.ts's formatDuration writes them. */
function parseDuration(text: string): number | null {
  const match = /(?:(\d+) h )?(?:(\d+) min ?)?(?:(\d+) s)?$/.exec(text.trim());
  if (!match || !match[0]) return null;
  const [, h = '0', min = '0', s = '0'] = match;
  return ((Number(h) * 60 + Number(min)) * 60 + Number(s)) * 1000;
}

const SAMPLE_MS = 2000;

const browser = await chromium.launch({ executablePath: findChromium() ?? undefined, args: CHROMIUM_ARGS });
try {
  const page = await browser.newPage();
  await page.goto(`${values.url}/?panel=train&preset=${values.preset}`);
  const expected = page.getByTestId('expected-time').last();
  await page.waitForFunction(
    () =>
      [...document.querySelectorAll('[data-testid="expected-time"]')].some((e) => /about/.test(e.textContent ?? '')),
    undefined,
    { timeout: 300_000 },
  );
  const expectedText = (await expected.textContent()) ?? '';
  const backend =
    (await page
      .getByTestId('backend-badge')
      .textContent()
      .catch(() => null)) ?? '';
  await page.getByRole('button', { name: 'Start' }).click();
  const began = Date.now();
  const samples: { t: number; text: string }[] = [];
  // Polled finely so the end is seen within a quarter second; sampled every SAMPLE_MS.
  for (let lastSample = 0; ; await page.waitForTimeout(250)) {
    const text =
      (await page
        .getByTestId('time-left')
        .textContent()
        .catch(() => null)) ?? '';
    if (/run (finished|stopped)/.test(text)) break;
    const t = Date.now() - began;
    if (t - lastSample < SAMPLE_MS) continue;
    lastSample = t;
    samples.push({ t, text });
  }
  const totalMs = Date.now() - began;
  console.log(`preset ${values.preset}; backend ${backend.trim()}; expected before start: ${expectedText}`);
  console.log(
    `whole run, Start to "run finished": ${(totalMs / 1000).toFixed(1)} s (estimate sampled every ${SAMPLE_MS} ms)`,
  );
  console.log('elapsed s | page says | truly left s | deviation');
  let worst = 0;
  // In the last seconds any error is a large fraction of what is left, so that stretch is also shown apart.
  let worstBeforeLastTenth = 0;
  for (const { t, text } of samples) {
    const estimate = parseDuration(text.replace(/^time left: (about )?/, ''));
    const left = totalMs - t;
    const deviation = estimate === null ? null : estimate / left - 1;
    if (deviation !== null && t >= 0.1 * totalMs) worst = Math.max(worst, Math.abs(deviation));
    if (deviation !== null && t >= 0.1 * totalMs && t <= 0.9 * totalMs)
      worstBeforeLastTenth = Math.max(worstBeforeLastTenth, Math.abs(deviation));
    console.log(
      `${(t / 1000).toFixed(0).padStart(9)} | ${text.padEnd(28)} | ${(left / 1000).toFixed(0).padStart(12)} | ${
        deviation === null ? '' : `${(deviation * 100).toFixed(0)}%`
      }`,
    );
  }
  console.log(`worst deviation after the first 10% of the run: ${(worst * 100).toFixed(0)}%`);
  console.log(`worst deviation from 10% to 90% of the run: ${(worstBeforeLastTenth * 100).toFixed(0)}%`);
} finally {
  await browser.close();
}
