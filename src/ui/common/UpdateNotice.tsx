import { useRegisterSW } from 'virtual:pwa-register/react';
import { useSweepStore } from '../../state/sweepStore';
import { useTrainingStore } from '../../state/trainingStore';

/**
 * Registers the service worker, and when a new version of the site is waiting offers to reload into it.
 * Never by itself (registerType 'prompt'), and not while a run or sweep trains: a reload would cut it off.
 */
export function UpdateNotice() {
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
        <strong>A new version of Mixup Playground is ready.</strong>{' '}
        {busy
          ? 'A run is training: reload to update once it ends, so the run is not cut off.'
          : 'Reload to update; runs already saved are kept.'}
      </p>
      <button type="button" disabled={busy} onClick={() => void updateServiceWorker(true)}>
        Reload to update
      </button>
    </div>
  );
}
