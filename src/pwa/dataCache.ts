/**
 * The MNIST assets' offline copy, as both the service worker (src/pwa/sw.ts, which writes it) and the page
 * (ui/common/OfflineNote.tsx, which reports it) see it. The .gz files keep fixed names across versions of the
 * data, so each is kept under a key that carries its SHA-256 from manifest.json: a new manifest names new keys,
 * the old copies are never served against it, and the service worker deletes them once the new ones are saved.
 */
import { ASSET_KEYS, MANIFEST_FILE, type AssetKey, type Manifest } from '../data/manifest';

export const DATA_CACHE = 'mnist-data';

/** Posted by the service worker to its clients each time it saves one of the digits' files. */
export const DIGITS_SAVED_MESSAGE = 'mnist-data-saved';

/** The cache key of an asset: its URL with the manifest's SHA-256 as a query, which a static host ignores. */
export function dataCacheKey(url: string, sha256: string): string {
  const key = new URL(url);
  key.search = `sha256=${sha256}`;
  return key.href;
}

/** The manifest entry whose file `url` names, or undefined when the URL is not one of the assets. */
export function assetOfUrl(manifest: Manifest, url: string): AssetKey | undefined {
  const file = new URL(url).pathname.split('/').pop();
  return ASSET_KEYS.find((key) => manifest.assets[key].file === file);
}

export interface SavedDigits {
  manifest: boolean;
  assets: Record<AssetKey, boolean>;
}

/**
 * Which files of the data folder at `dataUrl` (absolute, ending in '/') the cache holds for `manifest`,
 * the manifest in force. A cache that is not there (no service worker yet) holds nothing.
 */
export async function savedDigits(caches: CacheStorage, dataUrl: string, manifest: Manifest): Promise<SavedDigits> {
  const none = { manifest: false, assets: Object.fromEntries(ASSET_KEYS.map((key) => [key, false])) };
  if (!(await caches.has(DATA_CACHE))) return none as SavedDigits;
  const cache = await caches.open(DATA_CACHE);
  const held = async (url: string) => (await cache.match(url)) !== undefined;
  const assetKey = (key: AssetKey) => {
    const { file, sha256 } = manifest.assets[key];
    return dataCacheKey(new URL(file, dataUrl).href, sha256);
  };
  const entries = await Promise.all(ASSET_KEYS.map(async (key) => [key, await held(assetKey(key))] as const));
  return {
    manifest: await held(new URL(MANIFEST_FILE, dataUrl).href),
    assets: Object.fromEntries(entries) as Record<AssetKey, boolean>,
  };
}
