import type { Page } from '@playwright/test';

export const VIEWPORTS = {
  desktop: { width: 1440, height: 900 },
  phone: { width: 390, height: 844 },
} as const;

/** Full-page screenshots kept as CI artefacts under test-results/screenshots/. */
export async function saveScreenshot(page: Page, name: string): Promise<void> {
  await page.screenshot({ path: `test-results/screenshots/${name}.png`, fullPage: true });
}

/**
 * Saves `${name}-desktop` at the page's current size and `${name}-phone` at phone width, and returns how
 * far the phone layout scrolls sideways (0 or less when it fits).
 */
export async function saveDesktopAndPhone(page: Page, name: string): Promise<number> {
  await saveScreenshot(page, `${name}-desktop`);
  await page.setViewportSize(VIEWPORTS.phone);
  await saveScreenshot(page, `${name}-phone`);
  return page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
}
