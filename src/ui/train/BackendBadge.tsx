import { backendLabel } from '../../state/backendLabel';
import { useTrainingStore } from '../../state/trainingStore';

/** For a student who has never heard of a backend: what it is, and that it changes speed, not results. */
function BackendHelp() {
  return (
    <details className="backend-help">
      <summary>What is this?</summary>
      <p>
        The backend is what does the arithmetic of training in this browser: WebGPU or WebGL on the graphics card,
        WebAssembly (wasm) or plain JavaScript (cpu) on the processor. It changes how fast the networks train; the same
        settings give nearly the same results on each. On WebGPU the fused engine trains by default: it runs each
        training step as a few programs of its own on the graphics card, where TF.js&apos;s kernels run many small ones.
      </p>
    </details>
  );
}

/** Which TF.js backend trains, with which engine on webgpu, on what adapter or how many threads, and why. */
export function BackendBadge() {
  const backend = useTrainingStore((s) => s.backend);
  const status = useTrainingStore((s) => s.status);
  if (!backend) {
    return (
      <span className="backend-info">
        <span className="badge badge-muted">{status === 'loading' ? 'Starting backend…' : 'Backend not started'}</span>
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
