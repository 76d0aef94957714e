import { existsSync } from 'node:fs';

/**
 * Where Debian's Chromium lives. Playwright's own browser download cannot work on machines without
 * internet, so every browser run (e2e tests, benchmarks) uses the system Chromium instead.
 */
const CANDIDATES = ['/usr/bin/chromium', '/usr/bin/chromium-browser'];

export function findChromium(): string | null {
  const fromEnv = process.env.CHROMIUM_PATH;
  if (fromEnv) return existsSync(fromEnv) ? fromEnv : null;
  return CANDIDATES.find((path) => existsSync(path)) ?? null;
}

/**
 * WebGPU needs the unsafe flag on Linux; the rest keep Chromium from calling home, which on a closed
 * network makes it hang or log connection errors.
 */
export const CHROMIUM_ARGS = [
  '--enable-unsafe-webgpu',
  '--no-sandbox',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];

export const INSTALL_HINT =
  'No Chromium found: install one with `sudo apt-get install chromium` (Debian/Ubuntu) or set CHROMIUM_PATH to its executable.';
