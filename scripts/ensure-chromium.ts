/**
 * Makes sure a Chromium is there before the end-to-end tests: installs Debian's package when we are
 * root with apt-get (CI and fresh dev machines), otherwise stops with one line saying what to do.
 */
import { spawnSync } from 'node:child_process';
import { findChromium, INSTALL_HINT } from './chromium';

function canInstallWithApt(): boolean {
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  return isRoot && spawnSync('sh', ['-c', 'command -v apt-get'], { stdio: 'ignore' }).status === 0;
}

function installWithApt(): boolean {
  console.log('No Chromium found; installing Debian\'s chromium package with apt-get…');
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  const run = (args: string[]) => spawnSync('apt-get', args, { stdio: 'inherit', env }).status === 0;
  return run(['update', '-qq']) && run(['install', '-y', '-qq', 'chromium']);
}

if (process.env.CHROMIUM_PATH && !findChromium()) {
  console.error(`CHROMIUM_PATH is set to ${process.env.CHROMIUM_PATH}, but no file is there. Fix or unset it.`);
  process.exit(1);
}
if (!findChromium()) {
  if (!canInstallWithApt() || !installWithApt() || !findChromium()) {
    console.error(INSTALL_HINT);
    process.exit(1);
  }
}
