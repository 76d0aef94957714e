import { looksLikeHtml } from './download';
import { t } from '../i18n/i18n';
import { DataLoadError, describeCause, hint } from './loadErrors';
import { streamChunks } from './streamChunks';

function hasGzipMagic(bytes: Uint8Array): boolean {
  return bytes[0] === 0x1f && bytes[1] === 0x8b;
}

function firstBytes(bytes: Uint8Array): string {
  return Array.from(bytes.subarray(0, 4), (byte) => byte.toString(16).padStart(2, '0')).join(' ');
}

/**
 * Scale from bytes received to compressed bytes, for the progress bar. A server that labels the .gz files
 * `Content-Encoding: gzip` makes the browser decompress them on the fly, so the body holds the IDX bytes.
 */
export function progressScale(firstChunk: Uint8Array, gzipBytes: number, bytes: number): number {
  return hasGzipMagic(firstChunk) || bytes === 0 ? 1 : gzipBytes / bytes;
}

/**
 * The IDX bytes of an asset from the body the server sent, which is normally the gzip file itself. When a
 * server sets `Content-Encoding: gzip` on .gz files the browser has already decompressed it: such a body
 * does not start with the gzip magic 1f 8b (an IDX file starts with 00 00, so the two cannot be confused)
 * and has exactly the uncompressed size, and it is used as it is.
 */
export async function decodeAsset(
  body: Uint8Array<ArrayBuffer>,
  expectedBytes: number,
  url: string,
  signal: AbortSignal | undefined,
): Promise<Uint8Array<ArrayBuffer>> {
  if (hasGzipMagic(body)) return gunzip(body, expectedBytes, url, signal);
  if (body.length === expectedBytes) return body;
  if (looksLikeHtml(body)) {
    throw new DataLoadError(t('errors:data.webPageInstead', { url }), {
      asset: url,
      hint: hint('prepare'),
    });
  }
  throw new DataLoadError(
    t('errors:data.notGzip', { url, count: body.length, start: firstBytes(body) || t('errors:data.nothing') }),
    { asset: url, hint: hint('prepare') },
  );
}

async function gunzip(
  compressed: Uint8Array<ArrayBuffer>,
  expectedBytes: number,
  url: string,
  signal: AbortSignal | undefined,
): Promise<Uint8Array<ArrayBuffer>> {
  const source = new ReadableStream<Uint8Array<ArrayBuffer>>({
    start(controller) {
      controller.enqueue(compressed);
      controller.close();
    },
  });
  const reader = source.pipeThrough(new DecompressionStream('gzip')).getReader();
  // The size is known from the manifest, so the output is allocated once and a runaway stream is cut off.
  const output = new Uint8Array(expectedBytes);
  let length = 0;
  const failure = (cause: unknown) =>
    new DataLoadError(t('errors:data.gzipDamaged', { url, cause: describeCause(cause) }), {
      asset: url,
      hint: hint('damaged'),
      cause,
    });
  try {
    for await (const chunk of streamChunks(reader, signal, failure)) {
      if (length + chunk.length > expectedBytes) {
        throw new DataLoadError(t('errors:data.tooLong', { url, expected: expectedBytes }), {
          asset: url,
          hint: hint('prepare'),
        });
      }
      output.set(chunk, length);
      length += chunk.length;
    }
  } catch (error) {
    void reader.cancel().catch(() => undefined);
    throw error;
  }
  if (length !== expectedBytes) {
    throw new DataLoadError(t('errors:data.wrongLength', { url, length, expected: expectedBytes }), {
      asset: url,
      hint: hint('prepare'),
    });
  }
  return output;
}
