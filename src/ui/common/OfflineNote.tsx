import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { followOfflineDigits } from '../../pwa/offlineDigits';
import { useOfflineDigits } from '../../state/offlineDigitsStore';

/** Says whether the digits are saved for offline use (the service worker saves them: src/pwa/sw.ts). */
export function OfflineNote() {
  const { t } = useTranslation();
  const state = useOfflineDigits((s) => s.state);
  useEffect(followOfflineDigits, []);
  if (state !== 'saving' && state !== 'saved') return null;
  return (
    <p className="offline-note" role="status" data-testid="offline-note" data-state={state}>
      {state === 'saved' ? t('offline.saved') : t('offline.saving')}
    </p>
  );
}
