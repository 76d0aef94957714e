import { useTrainingStore } from '../../state/trainingStore';

/** Which TF.js backend trains, on what adapter, and why any better one was passed over. */
export function BackendBadge() {
  const backend = useTrainingStore((s) => s.backend);
  const status = useTrainingStore((s) => s.status);
  if (!backend) {
    return <span className="badge badge-muted">{status === 'loading' ? 'Starting backend…' : 'Backend not started'}</span>;
  }
  const adapter = backend.adapter;
  const detail = adapter
    ? `${adapter.vendor} ${adapter.architecture}${adapter.isFallback ? ', software adapter (slow)' : ''}`
    : null;
  const fellBack = backend.skipped.length > 0;
  return (
    <span className="backend-info">
      <span className="badge" data-testid="backend-badge" data-backend={backend.name}>
        {backend.name}
        {detail && <span className="badge-detail"> · {detail}</span>}
        {fellBack && <span className="badge-detail"> · fallback</span>}
      </span>
      {fellBack && <small className="backend-why">Skipped: {backend.skipped.join('; ')}</small>}
    </span>
  );
}
