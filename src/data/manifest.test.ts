import { describe, expect, it } from 'vitest';
import { ASSET_KEYS, ASSETS, assetFileName, ManifestError, validateManifest, type Manifest } from './manifest';

function validManifest(): Manifest {
  const assets = Object.fromEntries(
    ASSET_KEYS.map((key) => [
      key,
      {
        file: assetFileName(ASSETS[key].source),
        gzipBytes: 1234,
        bytes: 5678,
        sha256: 'ab'.repeat(32),
        dims: [...ASSETS[key].dims],
        sourceStat: { size: 5678, mtimeMs: 1700000000000.25 },
      },
    ]),
  ) as Manifest['assets'];
  return { generator: 1, assets };
}

function rejection(json: unknown): string {
  try {
    validateManifest(json);
  } catch (error) {
    if (error instanceof ManifestError) return error.message;
    throw error;
  }
  throw new Error('validateManifest accepted a malformed manifest');
}

describe('the asset table', () => {
  it('has the MNIST file names and shapes', () => {
    expect(ASSETS.trainImages).toEqual({ source: 'train-images-idx3-ubyte', dims: [60_000, 28, 28] });
    expect(ASSETS.testLabels).toEqual({ source: 't10k-labels-idx1-ubyte', dims: [10_000] });
    expect(assetFileName(ASSETS.testImages.source)).toBe('t10k-images-idx3-ubyte.gz');
  });
});

describe('validateManifest', () => {
  it('returns a valid manifest unchanged, dropping unknown fields', () => {
    const manifest = validManifest();
    expect(validateManifest(JSON.parse(JSON.stringify({ ...manifest, comment: 'x' })))).toEqual(manifest);
  });

  it('rejects something that is not an object', () => {
    expect(rejection([1])).toBe('manifest.json must hold a JSON object, got [1]');
    expect(rejection(null)).toBe('manifest.json must hold a JSON object, got null');
  });

  it('names a missing field by its path', () => {
    const manifest = validManifest() as unknown as { generator?: number; assets: Record<string, unknown> };
    delete manifest.generator;
    expect(rejection(manifest)).toBe('manifest.json: generator is missing');
    const noAsset = validManifest() as unknown as { assets: Record<string, unknown> };
    delete noAsset.assets.testLabels;
    expect(rejection(noAsset)).toBe('manifest.json: assets.testLabels is missing');
  });

  it('names a field of the wrong type, with its value', () => {
    const cases: [(m: Manifest) => void, string][] = [
      [
        (m) => (m.assets.trainImages.gzipBytes = -1),
        'assets.trainImages.gzipBytes must be a non-negative integer, got -1',
      ],
      [(m) => (m.assets.trainLabels.bytes = 1.5), 'assets.trainLabels.bytes must be a non-negative integer, got 1.5'],
      [
        (m) => (m.assets.testImages.sha256 = 'AB'.repeat(32)),
        `assets.testImages.sha256 must be 64 lowercase hex digits, got "${'AB'.repeat(32)}"`,
      ],
      [
        (m) => (m.assets.testImages.dims = [10, 0]),
        'assets.testImages.dims must be a list of positive integers, got [10,0]',
      ],
      [
        (m) => (m.assets.testLabels.sourceStat.size = Number.NaN),
        'assets.testLabels.sourceStat.size must be a non-negative integer, got null',
      ],
    ];
    for (const [damage, message] of cases) {
      const manifest = validManifest();
      damage(manifest);
      expect(rejection(JSON.parse(JSON.stringify(manifest)))).toBe(`manifest.json: ${message}`);
    }
  });

  it('accepts only a bare .gz file name, so no fetch can leave the data folder', () => {
    for (const file of ['../secret.gz', 'https://example.com/x.gz', 'x.json', '']) {
      const manifest = validManifest();
      manifest.assets.trainImages.file = file;
      expect(rejection(manifest)).toMatch(
        /^manifest\.json: assets\.trainImages\.file must be a plain file name ending in \.gz/,
      );
    }
  });
});
