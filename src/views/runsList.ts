/** The Runs list's words: statuses, figures and how two runs' settings differ. Pure, no React. */
import { currentLanguage, formatPercent, t } from '../i18n/i18n';
import { LANGUAGE_TAGS } from '../i18n/language';
import { SETTING_KEYS, settingLabel, type TrainConfig } from '../contract/config';
import type { UnreadableItem } from '../storage/savedRecord';
import type { DisplayStatus, SavedSummary } from '../storage/savedRun';
import { bestAlphaLine } from './sweepVerdict';

/** A saved item's status in the page's language. */
export const statusLabel = (status: DisplayStatus): string => t(`runs:status.${status}`);

/** Why an item cannot be read, in a word or two, in the page's language. */
export const unreadableLabel = (problem: UnreadableItem['problem']): string => t(`runs:status.${problem}`);

const percent = (x: number | null): string => (x === null ? '—' : formatPercent(x, 2));

/**
 * Final accuracy per arm; for a sweep, its best α by mean over seeds against the baseline. A sweep's summary saved
 * before it kept the best α has the first seed's baseline and the best single run's mixup arm, and says so.
 */
export function accuracyText(
  summary: Pick<SavedSummary, 'kind' | 'baselineAccuracy' | 'mixupAccuracy' | 'best'>,
): string {
  if (summary.best) return bestAlphaLine(summary.best);
  if (summary.baselineAccuracy === null && summary.mixupAccuracy === null) return '—';
  const mixupLabel = summary.kind === 'sweep' ? t('runs:accuracy.bestSingleRun') : t('runs:accuracy.mixup');
  return t('runs:accuracy.line', {
    baseline: percent(summary.baselineAccuracy),
    mixupLabel,
    mixup: percent(summary.mixupAccuracy),
  });
}

/**
 * A date and time people read at a glance, in their own locale (Chinese on the Chinese page) and time zone.
 */
export function whenText(
  time: number,
  locale: string | undefined = currentLanguage() === 'zh' ? LANGUAGE_TAGS.zh : undefined,
): string {
  return new Date(time).toLocaleString(locale, { dateStyle: 'medium', timeStyle: 'short' });
}

export interface ConfigDifference {
  field: keyof TrainConfig;
  label: string;
  a: string;
  b: string;
}

const showValue = (value: TrainConfig[keyof TrainConfig]): string =>
  value === null ? t('runs:sameAsAlpha') : String(value);

/** The settings two runs do not share: what a comparison of their curves is a comparison of. */
export function configDifferences(a: TrainConfig, b: TrainConfig): ConfigDifference[] {
  return SETTING_KEYS.filter((field) => a[field] !== b[field]).map((field) => ({
    field,
    label: settingLabel(field),
    a: showValue(a[field]),
    b: showValue(b[field]),
  }));
}
