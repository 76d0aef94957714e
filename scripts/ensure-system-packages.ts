/**
 * Makes sure the system programs the tests use are there: Debian's Chromium (end-to-end tests), PyTorch
 * for /usr/bin/python3 (the test that runs the exported script), and for WebGPU in Node the Vulkan
 * loader and SwiftShader, the CPU Vulkan driver in chromium-common (chromium depends on chromium-common,
 * not on the loader), and a Chinese font, so screenshots of the page at ?lang=zh show characters, not boxes.
 * Installs the missing
 * Debian packages when we are root with apt-get (CI and fresh dev machines), otherwise stops with
 * one line saying what to do. Arguments name the packages to check; none means all of them.
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { SWIFTSHADER_LIBRARY } from '../src/worker/node/webgpuBackend';
import { findChromium } from './chromium';

/** Whether the dynamic linker knows the Vulkan loader, which Dawn opens by this name. */
const hasVulkanLoader = () =>
  /\blibvulkan\.so\.1\b/.test(
    spawnSync('sh', ['-c', 'PATH="$PATH:/sbin:/usr/sbin" ldconfig -p'], { encoding: 'utf8' }).stdout ?? '',
  );

const PACKAGES: Record<string, () => boolean> = {
  chromium: () => findChromium() !== null,
  'python3-torch': () => spawnSync('/usr/bin/python3', ['-c', 'import torch, numpy'], { stdio: 'ignore' }).status === 0,
  libvulkan1: hasVulkanLoader,
  'chromium-common': () => existsSync(SWIFTSHADER_LIBRARY),
  'fonts-wqy-microhei': () => existsSync('/usr/share/fonts/truetype/wqy/wqy-microhei.ttc'),
};

function canInstallWithApt(): boolean {
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  return isRoot && spawnSync('sh', ['-c', 'command -v apt-get'], { stdio: 'ignore' }).status === 0;
}

function installWithApt(names: string[]): boolean {
  console.log(`Installing Debian's ${names.join(', ')} with apt-get…`);
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  const run = (args: string[]) => spawnSync('apt-get', args, { stdio: 'inherit', env }).status === 0;
  return run(['update', '-qq']) && run(['install', '-y', '-qq', ...names]);
}

const wanted = process.argv.slice(2);
const unknown = wanted.filter((name) => !(name in PACKAGES));
if (unknown.length) {
  console.error(
    `ensure-system-packages: unknown package ${unknown.join(', ')}; it knows ${Object.keys(PACKAGES).join(', ')}.`,
  );
  process.exit(1);
}
if (process.env.CHROMIUM_PATH && !findChromium()) {
  console.error(`CHROMIUM_PATH is set to ${process.env.CHROMIUM_PATH}, but no file is there. Fix or unset it.`);
  process.exit(1);
}
const missing = () => (wanted.length ? wanted : Object.keys(PACKAGES)).filter((name) => !PACKAGES[name]?.());
const before = missing();
if (before.length && (!canInstallWithApt() || !installWithApt(before) || missing().length)) {
  console.error(
    `Missing ${missing().join(' and ')}: install with \`sudo apt-get install ${missing().join(' ')}\` (Debian/Ubuntu)` +
      (missing().includes('chromium') ? ', or set CHROMIUM_PATH to a Chromium executable.' : '.'),
  );
  process.exit(1);
}
