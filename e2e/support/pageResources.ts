import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from '@playwright/test';

/** The build the tests are served: E2E_DIST, or dist (playwright.config.ts serves it). */
export const DIST = process.env.E2E_DIST ?? 'dist';

/**
 * Strings only TF.js's own code holds: its model store's key prefix (tfjs-core), the WebGL backend's version flag
 * and the wasm backend's SIMD flag. A bundle that holds one holds TF.js.
 */
const TFJS_MARKERS = ['tensorflowjs_models/', 'WEBGL_VERSION', 'WASM_HAS_SIMD_SUPPORT'] as const;

/**
 * The built JavaScript files that hold TF.js, as the paths the server serves them at ("/assets/worker-….js"). Throws
 * if some marker is in no file at all: then the markers no longer find TF.js, and a check that none is loaded would
 * pass for nothing.
 */
export function tfjsChunks(): Set<string> {
  const assets = join(DIST, 'assets');
  const chunks = new Set<string>();
  const found = new Set<string>();
  for (const file of readdirSync(assets).filter((name) => name.endsWith('.js'))) {
    const text = readFileSync(join(assets, file), 'utf8');
    const held = TFJS_MARKERS.filter((marker) => text.includes(marker));
    held.forEach((marker) => found.add(marker));
    if (held.length) chunks.add(`/assets/${file}`);
  }
  const missing = TFJS_MARKERS.filter((marker) => !found.has(marker));
  if (missing.length) throw new Error(`no bundle in ${assets} holds ${missing.join(', ')}: is TF.js still built?`);
  return chunks;
}

declare global {
  interface Window {
    pageResources: string[];
  }
}

/**
 * Records the path of everything the document itself fetches (its Resource Timing entries), from the first script on.
 * A worker's own fetches are on the worker's timeline, not here. A PerformanceObserver, so it works under
 * `page.clock`, whose fake `performance` lists no entries.
 */
export async function recordPageResources(page: Page): Promise<void> {
  await page.addInitScript(() => {
    window.pageResources = [];
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) window.pageResources.push(new URL(entry.name).pathname);
    }).observe({ type: 'resource', buffered: true });
  });
}

/** The paths the document has fetched so far. */
export const pageResources = (page: Page): Promise<string[]> => page.evaluate(() => [...window.pageResources]);

/**
 * The TF.js bundles the page has fetched for itself: every TF.js bundle it fetched, less the scripts of its workers
 * (a worker's own script is fetched on the document's timeline, and run on the worker's thread).
 */
export async function tfjsFetchedByPage(page: Page): Promise<string[]> {
  const tfjs = tfjsChunks();
  const workerScripts = new Set(page.workers().map((worker) => new URL(worker.url()).pathname));
  return (await pageResources(page)).filter((path) => tfjs.has(path) && !workerScripts.has(path));
}
