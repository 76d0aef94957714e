import { useTranslation } from 'react-i18next';
import { useRegisterSW } from 'virtual:pwa-register/react';
import { useSweepStore } from '../../state/sweepStore';
import { useTrainingStore } from '../../state/trainingStore';

/**
 * Registers the service worker, and when a new version of the site is waiting offers to reload into it.
 * Never by itself (registerType 'prompt'), and not while a run or sweep trains: a reload would cut it off.
 */
export function UpdateNotice() {
  const { t } = useTranslation();
  const {
    needRefresh: [needRefresh],
    updateServiceWorker,
  } = useRegisterSW({
    // No service worker (an old browser, a test that blocks them): the page works as before, just not offline.
    onRegisterError: () => undefined,
  });
  const training = useTrainingStore((s) => s.status === 'training' || s.status === 'paused');
  const sweeping = useSweepStore((s) => s.status === 'running');
  if (!needRefresh) return null;
  const busy = training || sweeping;
  return (
    <div className="notice update-notice" role="status" data-testid="update-notice">
      <p>
        <strong>{t('update.ready')}</strong> {busy ? t('update.busy') : t('update.idle')}
      </p>
      <button type="button" disabled={busy} onClick={() => void updateServiceWorker(true)}>
        {t('update.reload')}
      </button>
    </div>
  );
}
