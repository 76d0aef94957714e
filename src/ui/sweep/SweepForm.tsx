import { useId } from 'react';
import { MAX_SWEEP_SEEDS } from '../../engine/sweepPlan';
import { useExploreStore } from '../../state/exploreStore';
import { sweepRuns } from '../../state/runEstimate';
import { describeSharedSettings } from '../../state/sweepRows';
import { useSweepStore, type SweepStatus } from '../../state/sweepStore';
import { useTrainingStore } from '../../state/trainingStore';
import { ExpectedTime } from '../common/ExpectedTime';

function statusText(status: SweepStatus, done: number, total: number): string {
  switch (status) {
    case 'idle':
      return 'Not started';
    case 'running':
      return 'Sweeping';
    case 'finished':
      return `Finished: ${total} run${total === 1 ? '' : 's'}`;
    case 'cancelled':
      return `Cancelled after ${done} of ${total} runs`;
    case 'failed':
      return `Stopped by an error after ${done} of ${total} runs`;
  }
}

/** The α list, the seeds, what every run shares (the Train tab's settings), and the sweep's controls. */
export function SweepForm() {
  const alphaId = useId();
  const seedsId = useId();
  const problemId = useId();
  const { alphaText, seedCount, status, plan, next, records, problem, stopReason } = useSweepStore();
  const { setAlphaText, setSeedCount, startSweep, cancelSweep, continueSweep } = useSweepStore.getState();
  const draft = useTrainingStore((s) => s.draft);
  const trainingStatus = useTrainingStore((s) => s.status);
  const { pause, resume } = useTrainingStore.getState();
  const showPanel = useExploreStore((s) => s.showPanel);
  const sweeping = status === 'running';
  const trainingBusy = trainingStatus === 'training' || trainingStatus === 'paused';
  const runsLeft = plan.length - next;
  const canContinue = (status === 'cancelled' || status === 'failed') && runsLeft > 0;
  const seedsEnd = draft.seed + Math.max(1, seedCount) - 1;
  return (
    <>
      <div className="sweep-fields">
        <div className="config-field sweep-alphas">
          <label htmlFor={alphaId}>α values</label>
          <input
            id={alphaId}
            type="text"
            inputMode="decimal"
            spellCheck={false}
            value={alphaText}
            disabled={sweeping}
            aria-invalid={problem !== null && problem.includes('α')}
            aria-describedby={problem ? problemId : undefined}
            title="comma-separated; 0 is plain training"
            onChange={(event) => setAlphaText(event.target.value)}
          />
        </div>
        <div className="config-field sweep-seeds">
          <label htmlFor={seedsId}>Seeds per α</label>
          <input
            id={seedsId}
            type="number"
            min={1}
            max={MAX_SWEEP_SEEDS}
            step={1}
            value={String(seedCount)}
            disabled={sweeping}
            title={`1 to ${MAX_SWEEP_SEEDS}; several seeds give each point its spread`}
            onChange={(event) => setSeedCount(Number(event.target.value))}
          />
        </div>
      </div>
      <p className="sweep-shared" data-testid="sweep-shared">
        <strong>Every run:</strong> {describeSharedSettings(draft)} · seed
        {seedCount > 1 ? `s ${draft.seed}–${seedsEnd}` : ` ${draft.seed}`}.{' '}
        <button type="button" className="link-button" onClick={() => showPanel('train')}>
          Change these on the Train tab
        </button>
      </p>
      {problem && (
        <p className="field-error" role="alert" id={problemId}>
          {problem}
        </p>
      )}
      <div className="run-controls">
        <button type="button" className="primary" onClick={startSweep} disabled={sweeping || trainingBusy}>
          Run sweep
        </button>
        {trainingStatus === 'paused' && sweeping ? (
          <button type="button" onClick={resume}>
            Resume
          </button>
        ) : (
          <button type="button" onClick={pause} disabled={!sweeping || trainingStatus !== 'training'}>
            Pause
          </button>
        )}
        <button type="button" onClick={cancelSweep} disabled={!sweeping}>
          Cancel sweep
        </button>
        {canContinue && (
          <button type="button" onClick={continueSweep} disabled={trainingBusy}>
            Continue ({runsLeft} run{runsLeft === 1 ? '' : 's'} left)
          </button>
        )}
        <span className="run-status" role="status" data-testid="sweep-status">
          {statusText(status, records.length, plan.length)}
        </span>
        {!sweeping && <ExpectedTime runs={sweepRuns(draft, alphaText, seedCount)} />}
      </div>
      {stopReason && <p className="notice">{stopReason}</p>}
    </>
  );
}
