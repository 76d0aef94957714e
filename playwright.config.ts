import { defineConfig } from '@playwright/test';
import { CHROMIUM_ARGS, findChromium } from './scripts/chromium';
import { DIST } from './e2e/support/pageResources';

/** E2E_PORT and E2E_DIST let two checkouts' test runs share a machine without serving each other's build. */
const PORT = Number(process.env.E2E_PORT ?? 4173);

export default defineConfig({
  testDir: 'e2e',
  outputDir: 'test-results/artifacts',
  // SwiftShader WebGPU shares two cores with the server: one browser at a time keeps runs stable.
  workers: 1,
  fullyParallel: false,
  forbidOnly: !!process.env.CI,
  retries: 0,
  timeout: 120_000,
  // How long an expectation waits for the page to get there, not how fast it must: on a busy two-core machine a lazy
  // panel can take more than Playwright's default 5 s to appear, and a test must not fail for that.
  expect: { timeout: 30_000 },
  reporter: [['list']],
  use: {
    baseURL: `http://localhost:${PORT}`,
    browserName: 'chromium',
    launchOptions: {
      executablePath: findChromium() ?? undefined,
      args: CHROMIUM_ARGS,
    },
    // page.route does not see what a service worker fetches, and each page would save the 11 MB of digits
    // again: the service worker is tested in e2e/offline.spec.ts alone, which allows it.
    serviceWorkers: 'block',
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
  },
  webServer: {
    // The e2e script builds first; this serves that build as a static deploy would.
    command: `npx vite preview --port ${PORT} --strictPort --outDir ${DIST}`,
    url: `http://localhost:${PORT}`,
    reuseExistingServer: !process.env.CI,
    timeout: 60_000,
  },
});
