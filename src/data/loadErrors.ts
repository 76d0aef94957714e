import { t } from '../i18n/i18n';

/** What the person who sees the error can do about it; the message says what happened. */
export type HintKind = 'prepare' | 'damaged' | 'network' | 'server';

/** The hint in the page's language, made when the error is. */
export const hint = (kind: HintKind): string => t(`errors:hints.${kind}`);

/** A failure to load the MNIST assets, worded for the page: `message` says what happened, `hint` what to do. */
export class DataLoadError extends Error {
  override name = 'DataLoadError';
  /** The URL of the file that failed. */
  readonly asset: string;
  readonly hint: string;

  constructor(message: string, options: { asset: string; hint: string; cause?: unknown }) {
    super(message, { cause: options.cause });
    this.asset = options.asset;
    this.hint = options.hint;
  }
}

/**
 * Aborting is the caller's choice, not a failure to report, so it stays a plain AbortError whatever the signal's
 * reason.
 */
export function throwIfAborted(signal: AbortSignal | undefined): void {
  if (signal?.aborted) throw new DOMException('Loading the MNIST data was aborted.', 'AbortError');
}

export function describeCause(cause: unknown): string {
  return cause instanceof Error ? cause.message : String(cause);
}
