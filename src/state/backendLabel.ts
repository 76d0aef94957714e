import { ENGINE_LABELS, type BackendInfo } from '../engine/protocol';

export interface BackendLabel {
  /**
   * After the backend's name on the badge: on webgpu the engine, then adapter or threads, and whether it is a
   * fallback.
   */
  details: string[];
  /** The sentences under the badge: why this backend (and on webgpu, this engine), and what was skipped. */
  why: string;
}

const sentence = (text: string): string => `${text[0]?.toUpperCase() ?? ''}${text.slice(1)}.`;

/**
 * What the backend badge says, from what the worker reported. Only webgpu has a choice of engine, so the others
 * leave it unsaid.
 */
export function backendLabel(info: BackendInfo): BackendLabel {
  const onWebgpu = info.name === 'webgpu';
  const details: string[] = onWebgpu ? [ENGINE_LABELS[info.engine]] : [];
  if (info.adapter) {
    details.push(
      `${info.adapter.vendor} ${info.adapter.architecture}${info.adapter.isFallback ? ', software adapter (slow)' : ''}`,
    );
  }
  if (info.threads !== null) {
    details.push(`${info.threads} thread${info.threads === 1 ? '' : 's'}`);
  }
  if (info.skipped.length > 0) details.push('fallback');
  const sentences = [sentence(info.reason)];
  if (onWebgpu) sentences.push(sentence(info.engineReason));
  if (info.threads === 1 && !info.crossOriginIsolated) {
    sentences.push(
      'One thread only: the page is not cross-origin isolated, so WebAssembly cannot share memory between threads (see the README on deploy headers).',
    );
  }
  if (info.skipped.length > 0) sentences.push(`Skipped: ${info.skipped.join('; ')}.`);
  return { details, why: sentences.join(' ') };
}
