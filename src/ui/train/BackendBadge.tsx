import { backendLabel } from '../../state/backendLabel';
import { useTrainingStore } from '../../state/trainingStore';

/** Which TF.js backend trains, on what adapter or how many threads, and why. */
export function BackendBadge() {
  const backend = useTrainingStore((s) => s.backend);
  const status = useTrainingStore((s) => s.status);
  if (!backend) {
    return (
      <span className="badge badge-muted">{status === 'loading' ? 'Starting backend…' : 'Backend not started'}</span>
    );
  }
  const label = backendLabel(backend);
  return (
    <span className="backend-info">
      <span
        className="badge"
        data-testid="backend-badge"
        data-backend={backend.name}
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
    </span>
  );
}
