import { formatNumber, t } from '../i18n/i18n';

/**
 * Steps needed before the pace means anything: the first step compiles the kernels and is far
 * slower than the rest, so an estimate from it alone would overshoot wildly.
 */
export const MIN_STEPS_FOR_ESTIMATE = 3;

/** A duration in words for people: "45 s", "2 min 10 s", "1 h 5 min" (in Chinese "2 分 10 秒"). */
export function formatDuration(ms: number): string {
  const seconds = Math.round(Math.max(0, ms) / 1000);
  if (seconds < 60) return t('results:duration.seconds', { seconds });
  const minutes = Math.floor(seconds / 60);
  if (minutes < 60) return t('results:duration.minutes', { minutes, seconds: seconds % 60 });
  return t('results:duration.hours', { hours: formatNumber(Math.floor(minutes / 60)), minutes: minutes % 60 });
}

/** What the progress line says about the time left. */
export function describeTimeLeft(msLeft: number | null): string {
  return msLeft === null
    ? t('results:timeLeft.estimating')
    : t('results:timeLeft.about', { time: formatDuration(msLeft) });
}
