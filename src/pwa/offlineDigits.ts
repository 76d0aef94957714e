/** Follows the service worker and saves the digits it lacks; the page reads the outcome in offlineDigitsStore. */
import { loadManifest } from '../data/loadMnist';
import { ASSET_KEYS } from '../data/manifest';
import { DATA_URL } from '../state/dataUrl';
import { useOfflineDigits, type OfflineDigits } from '../state/offlineDigitsStore';
import { DIGITS_SAVED_MESSAGE, savedDigits } from './dataCache';

const set = (state: OfflineDigits) => useOfflineDigits.setState({ state });

async function controlled(container: ServiceWorkerContainer): Promise<void> {
  if (container.controller) return;
  await new Promise<void>((resolve) => container.addEventListener('controllerchange', () => resolve(), { once: true }));
}

let checking: Promise<void> | null = null;

async function saveMissing(): Promise<void> {
  const dataUrl = new URL(DATA_URL, location.href).href;
  try {
    const manifest = await loadManifest({ baseUrl: dataUrl });
    const saved = await savedDigits(caches, dataUrl, manifest);
    const missing = ASSET_KEYS.filter((key) => !saved.assets[key]);
    if (missing.length === 0 && saved.manifest) return set('saved');
    set('saving');
    // Read through the service worker, which saves each file as it passes (src/pwa/sw.ts).
    await Promise.all(
      missing.map(async (key) => {
        const response = await fetch(new URL(manifest.assets[key].file, dataUrl));
        await response.arrayBuffer();
      }),
    );
    const after = await savedDigits(caches, dataUrl, manifest);
    set(after.manifest && ASSET_KEYS.every((key) => after.assets[key]) ? 'saved' : 'failed');
  } catch {
    // Offline with nothing saved, or a host without the data: the page itself reports the digits' failure.
    set('failed');
  }
}

function check(): void {
  checking ??= saveMissing().finally(() => (checking = null));
}

/** Starts following the service worker: at once if one controls the page, else when one takes it over. */
export function followOfflineDigits(): void {
  // Any state but the first means it follows already.
  if (useOfflineDigits.getState().state !== 'unsupported') return;
  if (!('serviceWorker' in navigator) || !('caches' in globalThis)) return;
  set('waiting');
  const container = navigator.serviceWorker;
  container.addEventListener('message', (event: MessageEvent<{ type?: unknown } | null>) => {
    // A new manifest saved by the service worker names files it may not hold yet.
    if (event.data?.type === DIGITS_SAVED_MESSAGE && useOfflineDigits.getState().state === 'saved') check();
  });
  void controlled(container).then(check);
}
