import type { BackendInfo } from '../../contract/protocol';
import { t } from '../../i18n/i18n';

export interface BackendLabel {
  /**
   * After the backend's name on the badge: on webgpu the engine, then adapter or threads, and whether it is a
   * fallback.
   */
  details: string[];
  /** The sentences under the badge: why this backend (and on webgpu, this engine), and what was skipped. */
  why: string;
}

const sentence = (text: string): string =>
  t('results:backend.sentence', { text: `${text[0]?.toUpperCase() ?? ''}${text.slice(1)}` });

/**
 * What the backend badge says, from what the worker reported. Only webgpu has a choice of engine, so the others
 * leave it unsaid.
 */
export function backendLabel(info: BackendInfo): BackendLabel {
  const onWebgpu = info.name === 'webgpu';
  const details: string[] = onWebgpu ? [t(`train:settings.engines.${info.engine}`)] : [];
  if (info.adapter) {
    details.push(
      `${info.adapter.vendor} ${info.adapter.architecture}${info.adapter.isFallback ? t('results:backend.softwareAdapter') : ''}`,
    );
  }
  if (info.threads !== null) {
    details.push(t('results:backend.threads', { count: info.threads }));
  }
  if (info.skipped.length > 0) details.push(t('results:backend.fallback'));
  const sentences = [sentence(info.reason)];
  if (onWebgpu) sentences.push(sentence(info.engineReason));
  if (info.threads === 1 && !info.crossOriginIsolated) {
    sentences.push(t('results:backend.oneThread'));
  }
  if (info.skipped.length > 0) {
    sentences.push(t('results:backend.skipped', { list: info.skipped.join(t('results:backend.skippedSeparator')) }));
  }
  // Sentences follow one another after a space in English, straight on in Chinese.
  const why = sentences.reduce((first, next) => t('results:backend.nextSentence', { first, next }));
  return { details, why };
}
