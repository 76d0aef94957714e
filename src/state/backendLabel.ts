import type { BackendInfo } from '../engine/protocol';

export interface BackendLabel {
  /** After the backend's name on the badge: adapter or threads, and whether it is a fallback. */
  details: string[];
  /** The sentence under the badge: why this backend, and what was skipped. */
  why: string;
}

/** What the backend badge says, from what the worker reported. */
export function backendLabel(info: BackendInfo): BackendLabel {
  const details: string[] = [];
  if (info.adapter) {
    details.push(
      `${info.adapter.vendor} ${info.adapter.architecture}${info.adapter.isFallback ? ', software adapter (slow)' : ''}`,
    );
  }
  if (info.threads !== null) {
    details.push(`${info.threads} thread${info.threads === 1 ? '' : 's'}`);
  }
  if (info.skipped.length > 0) details.push('fallback');
  const sentences = [`${info.reason[0]?.toUpperCase() ?? ''}${info.reason.slice(1)}.`];
  if (info.threads === 1 && !info.crossOriginIsolated) {
    sentences.push(
      'One thread only: the page is not cross-origin isolated, so WebAssembly cannot share memory between threads (see the README on deploy headers).',
    );
  }
  if (info.skipped.length > 0) sentences.push(`Skipped: ${info.skipped.join('; ')}.`);
  return { details, why: sentences.join(' ') };
}
