import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { validateManifest, type Manifest } from '../data/manifest';
import { DATA_CACHE, assetOfUrl, dataCacheKey, savedDigits } from './dataCache';

const manifest: Manifest = validateManifest(
  JSON.parse(readFileSync(new URL('../../public/data/manifest.json', import.meta.url), 'utf8')),
);
const DATA = 'https://example.test/app/data/';

/** A CacheStorage holding one cache, DATA_CACHE, with the given URLs. */
function cachesHolding(urls: string[] | null): CacheStorage {
  const cache = { match: async (url: string) => (urls?.includes(url) ? new Response('') : undefined) };
  return {
    has: async (name: string) => urls !== null && name === DATA_CACHE,
    open: async () => cache,
  } as unknown as CacheStorage;
}

describe('the digits cache', () => {
  it('keys a file by the SHA-256 its manifest records, whatever query it was fetched with', () => {
    expect(dataCacheKey(`${DATA}train-labels-idx1-ubyte.gz`, 'ab12')).toBe(
      `${DATA}train-labels-idx1-ubyte.gz?sha256=ab12`,
    );
    expect(dataCacheKey(`${DATA}a.gz?x=1`, 'cd')).toBe(`${DATA}a.gz?sha256=cd`);
  });

  it('finds the manifest entry a URL names, and none for other files', () => {
    expect(assetOfUrl(manifest, `${DATA}t10k-images-idx3-ubyte.gz`)).toBe('testImages');
    expect(assetOfUrl(manifest, `${DATA}other.gz`)).toBeUndefined();
  });

  it('counts a file saved only under the manifest’s current SHA-256', async () => {
    const { file, sha256 } = manifest.assets.testLabels;
    const current = dataCacheKey(`${DATA}${file}`, sha256);
    const stale = dataCacheKey(`${DATA}${manifest.assets.testImages.file}`, '0'.repeat(64));
    const saved = await savedDigits(cachesHolding([`${DATA}manifest.json`, current, stale]), DATA, manifest);
    expect(saved).toEqual({
      manifest: true,
      assets: { trainImages: false, trainLabels: false, testImages: false, testLabels: true },
    });
  });

  it('holds nothing before the service worker made its cache', async () => {
    const saved = await savedDigits(cachesHolding(null), DATA, manifest);
    expect(saved.manifest).toBe(false);
    expect(Object.values(saved.assets)).toEqual([false, false, false, false]);
  });
});
