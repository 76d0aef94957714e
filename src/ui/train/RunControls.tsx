import { useTranslation } from 'react-i18next';
import { formatAlpha } from '../../views/alphaAxis';
import { draftRuns } from '../../views/runEstimate';
import { useSweepStore } from '../../state/sweepStore';
import { useTrainingStore } from '../../state/trainingStore';
import { ExpectedTime } from '../common/ExpectedTime';

/** Says so when the run on screen belongs to an α sweep, so a Stop here is not a surprise there. */
function SweepRunNote() {
  const { t } = useTranslation('train');
  const run = useSweepStore((s) => (s.status === 'running' ? s.plan[s.next] : undefined));
  const total = useSweepStore((s) => s.plan.length);
  const index = useSweepStore((s) => s.next);
  if (!run) return null;
  return (
    <p className="notice" data-testid="sweep-run-note">
      {t('controls.sweepRunNote', { index: index + 1, total, alpha: formatAlpha(run.alpha), seed: run.seed })}
    </p>
  );
}

export function RunControls() {
  const { t } = useTranslation('train');
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
          {t('controls.start')}
        </button>
        {status === 'paused' ? (
          <button type="button" onClick={resume}>
            {t('controls.resume')}
          </button>
        ) : (
          <button type="button" onClick={pause} disabled={status !== 'training'}>
            {t('controls.pause')}
          </button>
        )}
        <button type="button" onClick={stop} disabled={!running}>
          {t('controls.stop')}
        </button>
        <button type="button" onClick={reset}>
          {t('controls.reset')}
        </button>
        <span className="run-status" role="status" data-testid="run-status">
          {t(`controls.status.${status}`)}
        </span>
        {!running && <ExpectedTime runs={draftRuns(draft)} />}
      </div>
    </>
  );
}
