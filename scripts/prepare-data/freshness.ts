import { readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { formatDims } from '../../src/data/idx';
import {
  ASSET_KEYS,
  assetFileName,
  MANIFEST_FILE,
  validateManifest,
  type AssetKey,
  type Manifest,
} from '../../src/data/manifest';
import { GENERATOR_VERSION, type PinnedSource } from './pinned';
import type { SourceStat } from './verifySource';

async function readManifest(outDir: string): Promise<Manifest | string> {
  let text: string;
  try {
    text = await readFile(join(outDir, MANIFEST_FILE), 'utf8');
  } catch {
    return `${MANIFEST_FILE} does not exist yet`;
  }
  try {
    return validateManifest(JSON.parse(text));
  } catch (error) {
    return `${MANIFEST_FILE} is unreadable (${error instanceof Error ? error.message : String(error)})`;
  }
}

/**
 * Why the assets in `outDir` must be rebuilt, or null when they are up to date. This runs before every
 * `npm run dev`, so it only reads the manifest and stats files: hashing the 55 MB of sources would cost half
 * a second each time. The sources were hashed when the assets were built; their size and modification time,
 * recorded then, tell whether they were touched since, and if so everything is rebuilt and fully verified.
 */
export async function staleReason(
  outDir: string,
  sources: Readonly<Record<AssetKey, PinnedSource>>,
  sourceStats: Readonly<Record<AssetKey, SourceStat>>,
): Promise<string | null> {
  const manifest = await readManifest(outDir);
  if (typeof manifest === 'string') return manifest;
  if (manifest.generator !== GENERATOR_VERSION) {
    return `the assets were made by prepare-data version ${manifest.generator}, this is version ${GENERATOR_VERSION}`;
  }
  for (const key of ASSET_KEYS) {
    const entry = manifest.assets[key];
    const source = sources[key];
    const sourceStat = sourceStats[key];
    if (entry.sha256 !== source.sha256) return `${MANIFEST_FILE} records another SHA-256 for ${source.source}`;
    if (entry.file !== assetFileName(source.source) || formatDims(entry.dims) !== formatDims(source.dims)) {
      return `${MANIFEST_FILE} describes ${key} as ${entry.file} ${formatDims(entry.dims)}`;
    }
    if (entry.sourceStat.size !== sourceStat.size || entry.sourceStat.mtimeMs !== sourceStat.mtimeMs) {
      return `${source.source} changed since the assets were made`;
    }
    const size = await stat(join(outDir, entry.file)).then(
      (stats) => stats.size,
      () => null,
    );
    if (size === null) return `${entry.file} is missing`;
    if (size !== entry.gzipBytes) return `${entry.file} has ${size} bytes, ${MANIFEST_FILE} records ${entry.gzipBytes}`;
  }
  return null;
}
