import { useTranslation } from 'react-i18next';
import { backendLabel } from './backendLabel';
import { useTrainingStore } from '../../state/trainingStore';

/** For a student who has never heard of a backend: what it is, and that it changes speed, not results. */
function BackendHelp() {
  const { t } = useTranslation('train');
  return (
    <details className="backend-help">
      <summary>{t('backend.whatIsThis')}</summary>
      <p>{t('backend.help')}</p>
    </details>
  );
}

/** Which TF.js backend trains, with which engine on webgpu, on what adapter or how many threads, and why. */
export function BackendBadge() {
  const { t } = useTranslation('train');
  const backend = useTrainingStore((s) => s.backend);
  const status = useTrainingStore((s) => s.status);
  if (!backend) {
    return (
      <span className="backend-info">
        <span className="badge badge-muted">
          {status === 'loading' ? t('backend.starting') : t('backend.notStarted')}
        </span>
        <BackendHelp />
      </span>
    );
  }
  const label = backendLabel(backend);
  return (
    <span className="backend-info">
      <span
        className="badge"
        data-testid="backend-badge"
        data-backend={backend.name}
        data-engine={backend.engine}
        data-threads={backend.threads ?? undefined}
      >
        {backend.name}
        {label.details.map((detail) => (
          <span key={detail} className="badge-detail">
            {' '}
            · {detail}
          </span>
        ))}
      </span>
      <small className="backend-why" data-testid="backend-why">
        {label.why}
      </small>
      <BackendHelp />
    </span>
  );
}
