import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import * as tf from '@tensorflow/tfjs';
import type { GpuAdapterSummary } from '../../contract/protocol';

/**
 * WebGPU in Node through the npm package `webgpu` (Dawn, the WebGPU engine inside Chrome, prebuilt), and
 * TF.js's webgpu backend on it. Dawn reaches the GPU through Vulkan on Linux (Metal, D3D12 elsewhere). A
 * machine without a GPU driver gets SwiftShader, the CPU Vulkan driver that Debian's chromium-common ships.
 */

/** Where Debian's chromium-common puts SwiftShader's Vulkan driver. */
export const SWIFTSHADER_LIBRARY = '/usr/lib/chromium/libvk_swiftshader.so';

const MISSING_HELP =
  'On Debian or Ubuntu, `apt-get install libvulkan1` for the Vulkan loader and a GPU driver, or ' +
  '`apt-get install libvulkan1 chromium-common` for SwiftShader (a CPU emulation: correct, slow); ' +
  'VK_ICD_FILENAMES may name a driver’s ICD file.';

interface DawnAdapter {
  info: { vendor?: string; architecture?: string; description?: string; isFallbackAdapter?: boolean };
}
interface DawnGpu {
  requestAdapter(options?: { powerPreference?: 'high-performance' }): Promise<DawnAdapter | null>;
}
interface DawnModule {
  create(flags: string[]): DawnGpu;
  globals: Record<string, unknown>;
}

function summarise(adapter: DawnAdapter): GpuAdapterSummary {
  const { vendor, architecture, description, isFallbackAdapter } = adapter.info;
  return {
    vendor: vendor || 'unknown vendor',
    architecture: architecture || 'unknown architecture',
    description: description ?? '',
    isFallback: isFallbackAdapter ?? architecture === 'swiftshader',
  };
}

/**
 * SwiftShader's ICD file names its library relative to itself, which the Vulkan loader resolves against
 * the working directory when the file is named in VK_ICD_FILENAMES: a copy with the absolute path.
 */
function swiftShaderIcd(): string | null {
  if (!existsSync(SWIFTSHADER_LIBRARY)) return null;
  const file = path.join(mkdtempSync(path.join(tmpdir(), 'mixup-vk-')), 'vk_swiftshader_icd.json');
  writeFileSync(
    file,
    JSON.stringify({ file_format_version: '1.0.0', ICD: { library_path: SWIFTSHADER_LIBRARY, api_version: '1.0.5' } }),
  );
  return file;
}

async function loadDawn(): Promise<DawnModule> {
  try {
    return (await import('webgpu')) as unknown as DawnModule;
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new Error(`Dawn (the npm package webgpu) did not load: ${reason}. ${MISSING_HELP}`, { cause: error });
  }
}

/**
 * The best adapter this machine has: the driver named in VK_ICD_FILENAMES when it is set, else a hardware
 * GPU the Vulkan loader finds, else SwiftShader.
 */
async function findAdapter(dawn: DawnModule): Promise<{ gpu: DawnGpu; adapter: DawnAdapter }> {
  const tryCreate = async () => {
    const gpu = dawn.create([]);
    const adapter = await gpu.requestAdapter({ powerPreference: 'high-performance' });
    return adapter ? { gpu, adapter } : null;
  };
  const named = process.env.VK_ICD_FILENAMES;
  const found = await tryCreate();
  if (named) {
    if (found) return found;
    throw new Error(`No WebGPU adapter from the Vulkan driver VK_ICD_FILENAMES names (${named}). ${MISSING_HELP}`);
  }
  if (found && !summarise(found.adapter).isFallback) return found;
  const icd = swiftShaderIcd();
  if (icd) {
    // The Vulkan loader reads the variable whenever Dawn creates an instance.
    process.env.VK_ICD_FILENAMES = icd;
    const swiftShader = await tryCreate();
    if (swiftShader) return swiftShader;
  }
  if (found) return found;
  throw new Error(`No WebGPU adapter: Dawn found no Vulkan driver on this machine. ${MISSING_HELP}`);
}

/** The adapter in one line, as run records and bench tables name it. */
export function adapterName({ vendor, architecture, description }: GpuAdapterSummary): string {
  return `${vendor} ${architecture}${description ? ` (${description})` : ''}`;
}

/** Starts TF.js's webgpu backend in Node on the best adapter, and says which it is. */
export async function setUpNodeWebGpuBackend(): Promise<{ adapter: GpuAdapterSummary }> {
  const dawn = await loadDawn();
  const { gpu, adapter } = await findAdapter(dawn);
  // TF.js and our engine read the browser's names: GPUBufferUsage, GPUMapMode, navigator.gpu.
  Object.assign(globalThis, dawn.globals);
  Object.defineProperty(globalThis, 'navigator', { value: { gpu }, configurable: true, writable: true });
  // The backend registers itself on import only where navigator.gpu already exists.
  await import('@tensorflow/tfjs-backend-webgpu');
  if (!(await tf.setBackend('webgpu'))) throw new Error('the TF.js webgpu backend did not start on Dawn');
  await tf.ready();
  return { adapter: summarise(adapter) };
}
