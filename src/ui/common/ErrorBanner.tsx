import { useTranslation } from 'react-i18next';

interface ErrorBannerProps {
  title: string;
  message: string;
  hint: string;
  onRetry?: () => void;
  onDismiss?: () => void;
}

/** A failure said plainly: what happened, what to do, and a way to try again. */
export function ErrorBanner({ title, message, hint, onRetry, onDismiss }: ErrorBannerProps) {
  const { t } = useTranslation();
  return (
    <div className="error-banner" role="alert">
      <strong>{title}</strong>
      <p>{message}</p>
      <p className="error-hint">{hint}</p>
      {onRetry && (
        <button type="button" onClick={onRetry}>
          {t('actions.retry')}
        </button>
      )}
      {onDismiss && (
        <button type="button" onClick={onDismiss}>
          {t('actions.dismiss')}
        </button>
      )}
    </div>
  );
}
