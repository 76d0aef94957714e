import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { t as translate } from '../../i18n/i18n';
import { MAX_SWEEP_SEEDS } from '../../contract/sweepPlan';
import { useExploreStore } from '../../state/exploreStore';
import { sweepRuns } from '../../views/runEstimate';
import { describeSharedSettings } from '../../views/sweepRows';
import { useSweepStore, type SweepStatus } from '../../state/sweepStore';
import { useTrainingStore } from '../../state/trainingStore';
import { ExpectedTime } from '../common/ExpectedTime';

function statusText(status: SweepStatus, done: number, total: number): string {
  switch (status) {
    case 'idle':
      return translate('sweep:status.idle');
    case 'running':
      return translate('sweep:status.running');
    case 'finished':
      return translate('sweep:status.finished', { count: total });
    case 'cancelled':
      return translate('sweep:status.cancelled', { done, total });
    case 'failed':
      return translate('sweep:status.failed', { done, total });
  }
}

/** The α list, the seeds, what every run shares (the Train tab's settings), and the sweep's controls. */
export function SweepForm() {
  const { t } = useTranslation('sweep');
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
          <label htmlFor={alphaId}>{t('form.alphas')}</label>
          <input
            id={alphaId}
            type="text"
            inputMode="decimal"
            spellCheck={false}
            value={alphaText}
            disabled={sweeping}
            aria-invalid={problem !== null && problem.includes('α')}
            aria-describedby={problem ? problemId : undefined}
            title={t('form.alphasHelp')}
            onChange={(event) => setAlphaText(event.target.value)}
          />
        </div>
        <div className="config-field sweep-seeds">
          <label htmlFor={seedsId}>{t('form.seeds')}</label>
          <input
            id={seedsId}
            type="number"
            min={1}
            max={MAX_SWEEP_SEEDS}
            step={1}
            value={String(seedCount)}
            disabled={sweeping}
            title={t('form.seedsHelp', { max: MAX_SWEEP_SEEDS })}
            onChange={(event) => setSeedCount(Number(event.target.value))}
          />
        </div>
      </div>
      <p className="sweep-shared" data-testid="sweep-shared">
        <strong>{t('form.everyRun')}</strong> {describeSharedSettings(draft)} ·{' '}
        {seedCount > 1
          ? t('form.seedRange', { first: draft.seed, last: seedsEnd })
          : t('form.seed', { seed: draft.seed })}
        {t('store.end')}{' '}
        <button type="button" className="link-button" onClick={() => showPanel('train')}>
          {t('form.changeOnTrain')}
        </button>
      </p>
      {problem && (
        <p className="field-error" role="alert" id={problemId}>
          {problem}
        </p>
      )}
      <div className="run-controls">
        <button type="button" className="primary" onClick={startSweep} disabled={sweeping || trainingBusy}>
          {t('form.run')}
        </button>
        {trainingStatus === 'paused' && sweeping ? (
          <button type="button" onClick={resume}>
            {t('form.resume')}
          </button>
        ) : (
          <button type="button" onClick={pause} disabled={!sweeping || trainingStatus !== 'training'}>
            {t('form.pause')}
          </button>
        )}
        <button type="button" onClick={cancelSweep} disabled={!sweeping}>
          {t('form.cancel')}
        </button>
        {canContinue && (
          <button type="button" onClick={continueSweep} disabled={trainingBusy}>
            {t('form.continue', { count: runsLeft })}
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
