/// <reference lib="webworker" />
/**
 * The service worker (vite-plugin-pwa's injectManifest strategy: Workbox does the caching, this file says
 * what to cache how). The app shell is precached, the MNIST digits are cached the first time they are
 * fetched, and every response served from a cache gets the cross-origin isolation headers, so a page
 * reloaded offline still has SharedArrayBuffer for the wasm backend's threads. docs/ARCHITECTURE.md, "Offline".
 */
import { clientsClaim, type WorkboxPlugin } from 'workbox-core';
import {
  addPlugins,
  cleanupOutdatedCaches,
  createHandlerBoundToURL,
  precacheAndRoute,
  type PrecacheEntry,
} from 'workbox-precaching';
import type { RouteHandlerCallbackOptions } from 'workbox-core/types';
import { NavigationRoute, registerRoute } from 'workbox-routing';
import { CacheFirst, NetworkFirst } from 'workbox-strategies';
import { MANIFEST_FILE, validateManifest, type Manifest } from '../data/manifest';
import { DATA_CACHE, DIGITS_SAVED_MESSAGE, assetOfUrl, dataCacheKey } from './dataCache';
import { CROSS_ORIGIN_ISOLATION } from './headers';

declare let self: ServiceWorkerGlobalScope & { __WB_MANIFEST: (string | PrecacheEntry)[] };

/**
 * A cache holds the headers the host sent when the file was saved; a host without COOP/COEP then, or a copy
 * that lost them, would reload offline without cross-origin isolation, so the headers are set on the way out.
 */
const isolationHeaders: WorkboxPlugin = {
  cachedResponseWillBeUsed: async ({ cachedResponse }) => {
    if (!cachedResponse || cachedResponse.type === 'opaque') return cachedResponse;
    const headers = new Headers(cachedResponse.headers);
    for (const [name, value] of Object.entries(CROSS_ORIGIN_ISOLATION)) headers.set(name, value);
    return new Response(cachedResponse.body, {
      status: cachedResponse.status,
      statusText: cachedResponse.statusText,
      headers,
    });
  },
};

addPlugins([isolationHeaders]);
precacheAndRoute(self.__WB_MANIFEST);
cleanupOutdatedCaches();
// Any address of the page (?panel=…, a shared setup's link) opens the precached index.html.
registerRoute(new NavigationRoute(createHandlerBoundToURL('index.html')));

const dataUrl = new URL('data/', self.registration.scope).href;
const manifestUrl = new URL(MANIFEST_FILE, dataUrl).href;

/** A host that answers a missing file with its index.html must not have that page saved as the digits. */
const onlyRealFiles: WorkboxPlugin = {
  cacheWillUpdate: async ({ response }) =>
    response.ok && !(response.headers.get('Content-Type') ?? '').includes('text/html') ? response : null,
};

/** Once a file is saved, older copies of it (other SHA-256 keys) go, and the open pages hear of it. */
const replaceOlderCopies: WorkboxPlugin = {
  cacheDidUpdate: async ({ cacheName, request }) => {
    const saved = new URL(request.url);
    const cache = await caches.open(cacheName);
    for (const key of await cache.keys()) {
      const url = new URL(key.url);
      if (url.pathname === saved.pathname && url.href !== saved.href) await cache.delete(key);
    }
    for (const client of await self.clients.matchAll({ type: 'window' })) {
      client.postMessage({ type: DIGITS_SAVED_MESSAGE });
    }
  },
};

// The manifest from the network whenever there is one, so a new data version is seen at once; offline, the
// copy saved with the digits it describes.
registerRoute(
  ({ url }) => url.href === manifestUrl,
  new NetworkFirst({ cacheName: DATA_CACHE, plugins: [onlyRealFiles, replaceOlderCopies] }),
);

async function savedManifest(): Promise<Manifest | undefined> {
  const response = await (await caches.open(DATA_CACHE)).match(manifestUrl);
  try {
    return response ? validateManifest(await response.json()) : undefined;
  } catch {
    return undefined;
  }
}

/**
 * The .gz files keep their names when the data changes, so each is saved under its SHA-256 in the manifest
 * the page just fetched (the page always fetches the manifest first, and checks each file against it). A file
 * the manifest does not name, or with no manifest saved, goes to the network uncached.
 */
async function digitsFile(options: RouteHandlerCallbackOptions): Promise<Response> {
  const manifest = await savedManifest();
  const asset = manifest && assetOfUrl(manifest, options.url.href);
  if (!manifest || !asset) return fetch(options.request);
  const key = dataCacheKey(options.url.href, manifest.assets[asset].sha256);
  const strategy = new CacheFirst({
    cacheName: DATA_CACHE,
    plugins: [{ cacheKeyWillBeUsed: async () => key }, onlyRealFiles, replaceOlderCopies],
  });
  return strategy.handle(options);
}

registerRoute(({ url }) => url.href.startsWith(dataUrl) && url.pathname.endsWith('.gz'), digitsFile);

// registerType 'prompt': a new version waits until the page's "Reload to update" asks for it.
self.addEventListener('message', (event) => {
  if ((event.data as { type?: unknown } | null)?.type === 'SKIP_WAITING') void self.skipWaiting();
});
// The first version takes the open page at once, so the digits it loads next are saved.
clientsClaim();
