/**
 * Writes the web app manifest's PNG icons (public/icons/icon-192.png, icon-512.png) from public/favicon.svg,
 * drawn by the same chromium the e2e tests use. Run it again after changing the favicon; the PNGs are committed.
 * `npx tsx scripts/make-icons.ts`
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { chromium } from '@playwright/test';
import { CHROMIUM_ARGS, findChromium } from './chromium';

const svg = readFileSync(new URL('../public/favicon.svg', import.meta.url), 'utf8');
const browser = await chromium.launch({ executablePath: findChromium() ?? undefined, args: CHROMIUM_ARGS });
try {
  for (const size of [192, 512]) {
    const page = await browser.newPage({ viewport: { width: size, height: size } });
    const src = `data:image/svg+xml;base64,${Buffer.from(svg).toString('base64')}`;
    await page.setContent(`<body style="margin:0"><img src="${src}" width="${size}" height="${size}"></body>`);
    await page.locator('img').evaluate((img: HTMLImageElement) => img.decode());
    const png = await page.screenshot({ omitBackground: true, clip: { x: 0, y: 0, width: size, height: size } });
    writeFileSync(new URL(`../public/icons/icon-${size}.png`, import.meta.url), png);
    await page.close();
  }
} finally {
  await browser.close();
}
