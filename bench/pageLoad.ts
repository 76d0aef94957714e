/**
 * `npm run bench:page`: how long the main thread is blocked while the page opens, when each tab is first
 * opened, when the α slider first moves and while a short run trains (twice: a page's first run and its
 * second), over several fresh loads of the built page in headless Chromium.
 *
 *   npm run bench:page -- [--runs 5] [--dist dist] [--port 4311] [--json out.json]
 *
 * It builds when `--dist` has no index.html, serves the build with `vite preview`, and prints a table and
 * the same figures as JSON. "Usable" is concrete: the five tabs are on the page, the Beta chart has drawn
 * its curve and the MNIST digit grid's canvas is on the page; the load window runs from navigation to the
 * frame after that. A long task is one over 50 ms (the Long Tasks API's own threshold); total blocking
 * time (TBT) sums each one's excess over 50 ms. The training window runs from the run's status saying
 * Training to its saying Ready, on the automatic backend, for the e2e suite's short run (TRAIN_QUERY).
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium, type Page } from '@playwright/test';
import { CHROMIUM_ARGS, findChromium, INSTALL_HINT } from '../scripts/chromium';

interface Options {
  runs: number;
  dist: string;
  port: number;
  json: string | null;
}

function parseOptions(argv: string[]): Options {
  const options: Options = { runs: 5, dist: 'dist', port: 4311, json: null };
  for (let i = 0; i < argv.length; i++) {
    const value = argv[i + 1];
    const flag = argv[i];
    if (flag === '--runs' && value) options.runs = Number(value);
    else if (flag === '--dist' && value) options.dist = value;
    else if (flag === '--port' && value) options.port = Number(value);
    else if (flag === '--json' && value) options.json = value;
    else throw new Error(`unknown or incomplete option ${flag ?? ''}`);
    i++;
  }
  if (!Number.isInteger(options.runs) || options.runs < 1) throw new Error('--runs must be a positive integer');
  return options;
}

interface FileSize {
  file: string;
  raw: number;
  gzip: number;
}

function sizeOf(dist: string, file: string): FileSize {
  const bytes = readFileSync(join(dist, file));
  return { file, raw: bytes.length, gzip: gzipSync(bytes).length };
}

/** The entry script and what index.html preloads with it: the JavaScript the first tab waits for. */
function bundleSizes(dist: string): { entry: FileSize; initial: FileSize[]; css: FileSize[] } {
  const html = readFileSync(join(dist, 'index.html'), 'utf8');
  const entry = /<script type="module"[^>]*src="\/([^"]+)"/.exec(html)?.[1];
  if (!entry) throw new Error(`no module script in ${dist}/index.html`);
  const preloads = [...html.matchAll(/<link rel="modulepreload"[^>]*href="\/([^"]+)"/g)].flatMap((m) => m[1] ?? []);
  const css = [...html.matchAll(/<link rel="stylesheet"[^>]*href="\/([^"]+)"/g)].flatMap((m) => m[1] ?? []);
  return {
    entry: sizeOf(dist, entry),
    initial: [entry, ...preloads].map((file) => sizeOf(dist, file)),
    css: css.map((file) => sizeOf(dist, file)),
  };
}

interface Task {
  start: number;
  duration: number;
}

declare global {
  interface Window {
    benchTasks: Task[];
    benchUsableAt: number | null;
  }
}

/**
 * Installed before any page script: long tasks, and the frame after the page first became usable. A
 * string, not a function: tsx would wrap a function's inner functions in a helper the page lacks.
 */
const INSTRUMENT = `
  window.benchTasks = [];
  window.benchUsableAt = null;
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) window.benchTasks.push({ start: entry.startTime, duration: entry.duration });
  }).observe({ type: 'longtask', buffered: true });
  const usable = () =>
    document.querySelectorAll('[role="tab"]').length === 5 &&
    document.querySelector('[data-testid="beta-density"] path.beta-curve, [data-testid="beta-density"] .beta-curve path') !== null &&
    document.querySelector('.digit-grid-figure canvas') !== null;
  const observer = new MutationObserver(() => {
    if (window.benchUsableAt !== null || !usable()) return;
    observer.disconnect();
    // The frame after: the digits' canvas is drawn in an effect, and the frame must reach the screen.
    requestAnimationFrame(() => setTimeout(() => (window.benchUsableAt = performance.now()), 0));
  });
  observer.observe(document, { childList: true, subtree: true, attributes: true });
`;

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const now = (page: Page) => page.evaluate(() => performance.now());
const tasksBetween = (page: Page, from: number, until: number) =>
  page.evaluate(([a, b]) => window.benchTasks.filter((t) => t.start >= a && t.start <= b && t.duration > 50), [
    from,
    until,
  ] as const);

interface Window_ {
  tasks: number[];
  max: number;
}

/** The e2e suite's short run (e2e/support/shortRun.ts) by link: 200 digits, 1 epoch, an evaluation every 2 steps. */
const TRAIN_QUERY =
  'panel=train&trainSize=200&epochs=1&batchSize=16&evalEvery=2&quickEvalSize=100&trainEvalSize=100&testSize=200';

interface LoadFigures {
  usableMs: number;
  fcpMs: number | null;
  load: Window_ & { over100: number; tbt: number };
  /** The 3 s after usable: work left for later (idle chunks, lazy chunks) still shares the main thread. */
  afterUsable: Window_;
  slider: Window_;
  tabs: Record<string, Window_>;
  /** While a page's first short run trains, and its second (the first also compiles each code path once). */
  training: { first: Window_; second: Window_ };
}

const summary = (tasks: Task[]): Window_ => {
  const durations = tasks.map((t) => Math.round(t.duration));
  return { tasks: durations, max: Math.max(0, ...durations) };
};

/** What the page does after an action, until the main thread has been quiet a while. */
async function measureAction(page: Page, act: () => Promise<void>, settle: () => Promise<void>): Promise<Window_> {
  const from = await now(page);
  await act();
  await settle();
  await sleep(800);
  return summary(await tasksBetween(page, from, await now(page)));
}

/** Starts a run and returns the main thread's tasks over 50 ms from its status saying Training to its saying Ready. */
async function measureRun(page: Page): Promise<Window_> {
  const status = page.getByTestId('run-status');
  await page.getByRole('button', { name: 'Start' }).click();
  await status.filter({ hasText: 'Training' }).waitFor({ timeout: 120_000 });
  const from = await now(page);
  await status.filter({ hasText: 'Ready' }).waitFor({ timeout: 240_000 });
  return summary(await tasksBetween(page, from, await now(page)));
}

async function oneLoad(url: string, executablePath: string): Promise<LoadFigures> {
  const browser = await chromium.launch({ executablePath, args: CHROMIUM_ARGS });
  try {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    await page.addInitScript({ content: INSTRUMENT });
    await page.goto(url);
    await page.waitForFunction(() => window.benchUsableAt !== null, null, { timeout: 60_000 });
    const usableMs = await page.evaluate(() => window.benchUsableAt ?? 0);
    const fcpMs = await page.evaluate(
      () => performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? null,
    );
    const loadTasks = await tasksBetween(page, 0, usableMs);
    const load = {
      ...summary(loadTasks),
      over100: loadTasks.filter((t) => t.duration > 100).length,
      tbt: Math.round(loadTasks.reduce((sum, t) => sum + Math.max(0, t.duration - 50), 0)),
    };
    await sleep(3000);
    const afterUsable = summary(await tasksBetween(page, usableMs, usableMs + 3000));

    const alpha = page.getByRole('slider', { name: 'alpha', exact: true });
    const slider = await measureAction(
      page,
      async () => {
        await alpha.focus();
        await alpha.press('ArrowRight');
      },
      async () => {
        await page.waitForFunction(() => document.querySelector('[data-testid="beta-density"]') !== null);
      },
    );

    const tabs: Record<string, Window_> = {};
    for (const name of ['Train', 'α sweep', 'Runs', '2-D', 'Explore']) {
      tabs[name] = await measureAction(
        page,
        () => page.getByRole('tab', { name, exact: true }).click(),
        async () => {
          await page.getByRole('tabpanel', { name, exact: true }).waitFor();
          await page.waitForFunction(() => document.querySelector('.panel-loading') === null);
        },
      );
    }

    // A fresh page on the Train tab with the short run's settings; the load's tasks are left out.
    await page.goto(`${url}?${TRAIN_QUERY}`);
    await page.getByRole('button', { name: 'Start' }).waitFor();
    const first = await measureRun(page);
    const second = await measureRun(page);
    return {
      usableMs: Math.round(usableMs),
      fcpMs: fcpMs === null ? null : Math.round(fcpMs),
      load,
      afterUsable,
      slider,
      tabs,
      training: { first, second },
    };
  } finally {
    await browser.close();
  }
}

async function waitForServer(url: string, server: ChildProcess): Promise<void> {
  for (let i = 0; i < 300; i++) {
    if (server.exitCode !== null) throw new Error('vite preview exited');
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      // Not up yet.
    }
    await sleep(100);
  }
  throw new Error(`${url} did not answer`);
}

const median = (values: number[]): number => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? (sorted[mid] ?? 0) : ((sorted[mid - 1] ?? 0) + (sorted[mid] ?? 0)) / 2;
};

async function main(): Promise<void> {
  const options = parseOptions(process.argv.slice(2));
  const executablePath = findChromium();
  if (!executablePath) throw new Error(INSTALL_HINT);
  if (!existsSync(join(options.dist, 'index.html'))) {
    console.log(`No build in ${options.dist}: building.`);
    const built = spawnSync('npx', ['vite', 'build', '--outDir', options.dist], { stdio: 'inherit' });
    if (built.status !== 0) throw new Error('vite build failed');
  }
  const sizes = bundleSizes(options.dist);
  const server = spawn(
    'npx',
    ['vite', 'preview', '--port', String(options.port), '--strictPort', '--outDir', options.dist],
    { stdio: 'ignore', detached: true },
  );
  const url = `http://localhost:${options.port}/`;
  const loads: LoadFigures[] = [];
  try {
    await waitForServer(url, server);
    for (let run = 0; run < options.runs; run++) {
      const figures = await oneLoad(url, executablePath);
      loads.push(figures);
      console.log(
        `load ${run + 1}: usable ${figures.usableMs} ms, long tasks [${figures.load.tasks.join(', ')}], TBT ${figures.load.tbt} ms; ` +
          `training: first run [${figures.training.first.tasks.join(', ')}], second [${figures.training.second.tasks.join(', ')}]`,
      );
    }
  } finally {
    if (server.pid) process.kill(-server.pid);
  }

  const row = (label: string, values: number[], unit = 'ms') =>
    `${label.padEnd(40)} ${String(median(values)).padStart(7)} ${String(Math.max(...values)).padStart(7)}  ${unit}`;
  const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
  const initialRaw = sizes.initial.reduce((s, f) => s + f.raw, 0);
  const initialGzip = sizes.initial.reduce((s, f) => s + f.gzip, 0);
  console.log(`\n${options.runs} loads of ${options.dist}, headless Chromium (${executablePath})`);
  console.log(`${'figure'.padEnd(40)} ${'median'.padStart(7)} ${'worst'.padStart(7)}`);
  const figures: [string, (load: (typeof loads)[number]) => number, string?][] = [
    ['first contentful paint', (l) => l.fcpMs ?? NaN],
    ['usable (tabs, Beta chart, digit grid)', (l) => l.usableMs],
    ['load: longest task', (l) => l.load.max],
    ['load: tasks over 100 ms', (l) => l.load.over100, 'tasks'],
    ['load: total blocking time', (l) => l.load.tbt],
    ['3 s after usable: longest task', (l) => l.afterUsable.max],
    ['α slider first move: longest task', (l) => l.slider.max],
    ...Object.keys(loads[0]?.tabs ?? {}).map((name): [string, (load: (typeof loads)[number]) => number] => [
      `tab ${name} first opened: longest task`,
      (l) => l.tabs[name]?.max ?? NaN,
    ]),
    ['training, first run: longest task', (l) => l.training.first.max],
    ['training, first run: tasks over 50 ms', (l) => l.training.first.tasks.length, 'tasks'],
    ['training, second run: longest task', (l) => l.training.second.max],
    ['training, second run: tasks over 50 ms', (l) => l.training.second.tasks.length, 'tasks'],
  ];
  for (const [label, figure, unit] of figures) console.log(row(label, loads.map(figure), unit));
  console.log(`main bundle ${sizes.entry.file}: ${kb(sizes.entry.raw)} (${kb(sizes.entry.gzip)} gzip)`);
  console.log(`initial JS (entry + modulepreload): ${kb(initialRaw)} (${kb(initialGzip)} gzip)`);

  const result = { date: new Date().toISOString(), dist: options.dist, runs: options.runs, sizes, loads };
  const json = JSON.stringify(result);
  console.log(`\nJSON ${json}`);
  if (options.json) writeFileSync(options.json, `${JSON.stringify(result, null, 2)}\n`);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
