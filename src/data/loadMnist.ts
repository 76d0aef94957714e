import { fetchOk, looksLikeHtml, readBody } from './download';
import { decodeAsset, progressScale } from './gunzip';
import { checkLabels, IdxFormatError, parseIdx, type IdxArray } from './idx';
import { t } from '../i18n/i18n';
import { DataLoadError, describeCause, hint, throwIfAborted } from './loadErrors';
import {
  ASSETS,
  IMAGE_HEIGHT,
  IMAGE_WIDTH,
  MANIFEST_FILE,
  NUM_CLASSES,
  SPLIT_ASSETS,
  SPLIT_SIZES,
  validateManifest,
  type AssetKey,
  type Manifest,
  type ManifestAsset,
  type Split,
} from './manifest';
import { createProgress } from './progress';
import { sha256Hex } from './sha256';

export type { Split } from './manifest';
export { DataLoadError } from './loadErrors';

export interface MnistSplit {
  /** count × height × width grey values, row-major, 0 = background. */
  images: Uint8Array;
  labels: Uint8Array;
  count: number;
  height: number;
  width: number;
}

export interface LoadOptions {
  /** URL of the folder holding manifest.json, ending in '/', e.g. `${import.meta.env.BASE_URL}data/`. */
  baseUrl: string;
  fetchFn?: typeof fetch;
  /** Compressed bytes received for the split so far, over the manifest's total for it. */
  onProgress?: (loadedBytes: number, totalBytes: number) => void;
  signal?: AbortSignal;
}

/** Called unbound: a browser's fetch throws "Illegal invocation" when called as a method of the options. */
function fetchFnOf(opts: LoadOptions): typeof fetch {
  return opts.fetchFn ?? ((input, init) => fetch(input, init));
}

export async function loadManifest(opts: LoadOptions): Promise<Manifest> {
  const url = `${opts.baseUrl}${MANIFEST_FILE}`;
  const response = await fetchOk(url, fetchFnOf(opts), opts.signal);
  const body = await readBody(response, url, opts.signal, () => undefined);
  let json: unknown;
  try {
    json = JSON.parse(new TextDecoder().decode(body));
  } catch (cause) {
    const message = looksLikeHtml(body)
      ? t('errors:data.manifestWebPage', { url })
      : t('errors:data.manifestNotJson', { url, cause: describeCause(cause) });
    throw new DataLoadError(message, { asset: url, hint: hint('prepare'), cause });
  }
  try {
    return validateManifest(json);
  } catch (cause) {
    throw new DataLoadError(t('errors:data.manifestInvalid', { url, cause: describeCause(cause) }), {
      asset: url,
      hint: hint('prepare'),
      cause,
    });
  }
}

/** Catches a file that is valid gzip of the wrong or damaged bytes, which the length check alone can miss. */
async function verifyChecksum(bytes: Uint8Array<ArrayBuffer>, expected: string, url: string): Promise<void> {
  // crypto.subtle exists only in secure contexts (https, localhost); elsewhere the length and IDX checks remain.
  if (!globalThis.crypto?.subtle) return;
  const actual = await sha256Hex(bytes);
  if (actual !== expected) {
    throw new DataLoadError(t('errors:data.checksum', { url, actual, expected }), {
      asset: url,
      hint: hint('damaged'),
    });
  }
}

function parseAsset(bytes: Uint8Array, key: AssetKey, url: string): IdxArray {
  try {
    const parsed = parseIdx(bytes, url, ASSETS[key].dims);
    if (parsed.dims.length === 1) checkLabels(parsed.data, url, NUM_CLASSES);
    return parsed;
  } catch (error) {
    if (!(error instanceof IdxFormatError)) throw error;
    throw new DataLoadError(t('errors:data.badIdx', { detail: error.message }), {
      asset: url,
      hint: hint('prepare'),
      cause: error,
    });
  }
}

async function loadAsset(
  key: AssetKey,
  entry: ManifestAsset,
  opts: LoadOptions,
  signal: AbortSignal,
  onBytes: (compressedBytes: number) => void,
): Promise<Uint8Array> {
  const url = `${opts.baseUrl}${entry.file}`;
  const response = await fetchOk(url, fetchFnOf(opts), signal);
  let scale: number | undefined;
  let received = 0;
  const body = await readBody(response, url, signal, (chunk) => {
    scale ??= progressScale(chunk, entry.gzipBytes, entry.bytes);
    received += chunk.length;
    onBytes(received * scale);
  });
  const bytes = await decodeAsset(body, entry.bytes, url, signal);
  await verifyChecksum(bytes, entry.sha256, url);
  throwIfAborted(signal);
  return parseAsset(bytes, key, url).data;
}

/**
 * Downloads, checks and parses one split. Both files are fetched in parallel; when one fails the other is
 * aborted, and the first failure is reported as a DataLoadError (or an AbortError when `signal` aborted).
 */
export async function loadMnistSplit(split: Split, opts: LoadOptions): Promise<MnistSplit> {
  const manifest = await loadManifest(opts);
  const keys = [SPLIT_ASSETS[split].images, SPLIT_ASSETS[split].labels] as const;
  const progress = createProgress(
    keys.map((key) => manifest.assets[key].gzipBytes),
    opts.onProgress,
  );

  const controller = new AbortController();
  const abort = () => controller.abort();
  opts.signal?.addEventListener('abort', abort, { once: true });
  const load = async (part: 0 | 1) => {
    const key = keys[part];
    const data = await loadAsset(key, manifest.assets[key], opts, controller.signal, (bytes) =>
      progress.update(part, bytes),
    );
    progress.complete(part);
    return data;
  };
  try {
    throwIfAborted(opts.signal);
    const [images, labels] = await Promise.all([load(0), load(1)]);
    return { images, labels, count: SPLIT_SIZES[split], height: IMAGE_HEIGHT, width: IMAGE_WIDTH };
  } catch (error) {
    controller.abort();
    throwIfAborted(opts.signal);
    throw error;
  } finally {
    opts.signal?.removeEventListener('abort', abort);
  }
}
