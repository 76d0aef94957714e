import { useTranslation } from 'react-i18next';
import { formatNumber } from '../../i18n/i18n';

interface LoadingBarProps {
  label: string;
  loadedBytes: number;
  totalBytes: number;
}

const megabytes = (bytes: number) => formatNumber(bytes / 1e6, 1);

/** Byte-accurate download progress; indeterminate until the total is known. */
export function LoadingBar({ label, loadedBytes, totalBytes }: LoadingBarProps) {
  const { t } = useTranslation();
  const known = totalBytes > 0;
  return (
    <div className="loading-bar">
      <label>
        <span>{label}</span>
        <progress aria-label={label} max={known ? totalBytes : undefined} value={known ? loadedBytes : undefined} />
      </label>
      <span className="loading-bytes" aria-live="polite">
        {known
          ? t('loading.progress', { loaded: megabytes(loadedBytes), total: megabytes(totalBytes) })
          : t('loading.starting')}
      </span>
    </div>
  );
}
