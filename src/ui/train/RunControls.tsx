import { formatAlpha } from '../../state/alphaAxis';
import { draftRuns } from '../../state/runEstimate';
import { useSweepStore } from '../../state/sweepStore';
import { useTrainingStore } from '../../state/trainingStore';
import { ExpectedTime } from '../common/ExpectedTime';

/** Says so when the run on screen belongs to an α sweep, so a Stop here is not a surprise there. */
function SweepRunNote() {
  const run = useSweepStore((s) => (s.status === 'running' ? s.plan[s.next] : undefined));
  const total = useSweepStore((s) => s.plan.length);
  const index = useSweepStore((s) => s.next);
  if (!run) return null;
  return (
    <p className="notice" data-testid="sweep-run-note">
      This is run {index + 1} of {total} of the α sweep (α = {formatAlpha(run.alpha)}, seed {run.seed}). Stopping it
      cancels the sweep; its finished points are kept on the α sweep tab.
    </p>
  );
}

export function RunControls() {
  const status = useTrainingStore((s) => s.status);
  const draft = useTrainingStore((s) => s.draft);
  const { start, pause, resume, stop, reset } = useTrainingStore.getState();
  const sweeping = useSweepStore((s) => s.status === 'running');
  const running = status === 'training' || status === 'paused';
  return (
    <>
      <SweepRunNote />
      <div className="run-controls">
        <button type="button" className="primary" onClick={start} disabled={running || sweeping}>
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
        {!running && <ExpectedTime runs={draftRuns(draft)} />}
      </div>
    </>
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
