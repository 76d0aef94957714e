import { t } from '../i18n/i18n';
import { DataLoadError, describeCause, hint, throwIfAborted } from './loadErrors';
import { streamChunks } from './streamChunks';

export async function fetchOk(url: string, fetchFn: typeof fetch, signal: AbortSignal | undefined): Promise<Response> {
  let response: Response;
  try {
    response = await fetchFn(url, { signal });
  } catch (cause) {
    throwIfAborted(signal);
    throw new DataLoadError(t('errors:data.downloadFailed', { url, cause: describeCause(cause) }), {
      asset: url,
      hint: hint('network'),
      cause,
    });
  }
  if (response.status === 404) {
    throw new DataLoadError(t('errors:data.notFound', { url }), { asset: url, hint: hint('prepare') });
  }
  if (!response.ok) {
    const status = `HTTP ${response.status}${response.statusText ? ` ${response.statusText}` : ''}`;
    throw new DataLoadError(t('errors:data.httpStatus', { url, status }), { asset: url, hint: hint('server') });
  }
  return response;
}

/**
 * The whole body, calling `onChunk` as bytes arrive. An error of the stream rejects instead of leaving the
 * read pending, and aborting `signal` cancels the read even if the fetch implementation ignores the signal.
 */
export async function readBody(
  response: Response,
  url: string,
  signal: AbortSignal | undefined,
  onChunk: (chunk: Uint8Array) => void,
): Promise<Uint8Array<ArrayBuffer>> {
  throwIfAborted(signal);
  if (!response.body) return new Uint8Array(0);
  const reader = response.body.getReader();
  const cancel = () => void reader.cancel().catch(() => undefined);
  signal?.addEventListener('abort', cancel, { once: true });
  const chunks: Uint8Array[] = [];
  let length = 0;
  try {
    const failure = (cause: unknown) =>
      new DataLoadError(t('errors:data.interrupted', { url, cause: describeCause(cause) }), {
        asset: url,
        hint: hint('network'),
        cause,
      });
    for await (const chunk of streamChunks(reader, signal, failure)) {
      chunks.push(chunk);
      length += chunk.length;
      onChunk(chunk);
    }
  } finally {
    signal?.removeEventListener('abort', cancel);
  }
  const body = new Uint8Array(length);
  let offset = 0;
  for (const chunk of chunks) {
    body.set(chunk, offset);
    offset += chunk.length;
  }
  return body;
}

/** A dev server or SPA host often answers a missing file with its index.html and status 200. */
export function looksLikeHtml(bytes: Uint8Array): boolean {
  const whitespace = [0x20, 0x09, 0x0a, 0x0d];
  return bytes.find((byte) => !whitespace.includes(byte)) === 0x3c; // '<'
}
