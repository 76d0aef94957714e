import { throwIfAborted } from './loadErrors';

/**
 * The chunks of a stream, in order. A failed read rejects with the caller's error (so a broken
 * stream never leaves a load pending), and an aborted `signal` wins over any other error.
 */
export async function* streamChunks<T>(
  reader: ReadableStreamDefaultReader<T>,
  signal: AbortSignal | undefined,
  failure: (cause: unknown) => Error,
): AsyncGenerator<T, void, undefined> {
  for (;;) {
    let result: ReadableStreamReadResult<T>;
    try {
      result = await reader.read();
    } catch (cause) {
      throwIfAborted(signal);
      throw failure(cause);
    }
    throwIfAborted(signal);
    if (result.done) return;
    yield result.value;
  }
}
