import { useTrainingStore } from '../../state/trainingStore';

export function RunControls() {
  const status = useTrainingStore((s) => s.status);
  const { start, pause, resume, stop, reset } = useTrainingStore.getState();
  const running = status === 'training' || status === 'paused';
  return (
    <div className="run-controls">
      <button type="button" className="primary" onClick={start} disabled={running}>
        Start
      </button>
      {status === 'paused' ? (
        <button type="button" onClick={resume}>
          Resume
        </button>
      ) : (
        <button type="button" onClick={pause} disabled={status !== 'training'}>
          Pause
        </button>
      )}
      <button type="button" onClick={stop} disabled={!running}>
        Stop
      </button>
      <button type="button" onClick={reset}>
        Reset
      </button>
      <span className="run-status" role="status" data-testid="run-status">
        {statusText(status)}
      </span>
    </div>
  );
}

function statusText(status: ReturnType<typeof useTrainingStore.getState>['status']): string {
  switch (status) {
    case 'idle':
      return 'Not started';
    case 'loading':
      return 'Loading the backend and the data…';
    case 'ready':
      return 'Ready';
    case 'training':
      return 'Training';
    case 'paused':
      return 'Paused';
  }
}
