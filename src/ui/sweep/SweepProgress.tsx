import { useTranslation } from 'react-i18next';
import { DEFAULT_CONFIG } from '../../contract/config';
import { formatAlpha } from '../../views/alphaAxis';
import { usePace } from '../../state/paceStore';
import { plannedSweepRuns } from '../../views/runEstimate';
import { sweepFraction, sweepMsLeft } from './sweepProgressFigures';
import { useSweepStore } from '../../state/sweepStore';
import { formatDuration } from '../../views/timeLeft';
import { useTrainingStore } from '../../state/trainingStore';
import { ProgressBar } from '../common/ProgressBar';

/** Sweep fractions are shown on a bar of this many parts. */
const BAR_PARTS = 1000;

/** The run in flight and the whole sweep, each with a bar, and the time the sweep still needs. */
export function SweepProgress() {
  const { t } = useTranslation('sweep');
  const { status, plan, next, records } = useSweepStore();
  // The training store keeps the last run's progress until the next run starts: count it only while its run is
  // unfinished.
  const progress = useTrainingStore((s) => (s.run.result === null ? s.run.progress : null));
  const backend = useTrainingStore((s) => s.backend);
  const pace = usePace(backend, plan[0]?.config ?? DEFAULT_CONFIG);
  if (!plan.length) return null;
  const sweeping = status === 'running';
  const current = sweeping ? progress : null;
  const input = { totalRuns: plan.length, finishedMs: records.map((r) => r.elapsedMs), current };
  const msLeft = sweeping ? sweepMsLeft(plannedSweepRuns(plan), next, current, pace) : null;
  const run = plan[next];
  return (
    <div className="run-progress sweep-progress">
      {sweeping && run && (
        <ProgressBar
          name={t('progress.run')}
          text={`${t('progress.runText', { number: next + 1, total: plan.length, alpha: formatAlpha(run.alpha), seed: run.seed })}${current ? t('progress.step', { step: current.step, total: current.totalSteps }) : t('progress.starting')}`}
          value={current?.step ?? 0}
          max={current?.totalSteps ?? 1}
        />
      )}
      <ProgressBar
        name={t('progress.sweep')}
        text={t('progress.sweepText', { done: records.length, total: plan.length })}
        value={Math.round(BAR_PARTS * sweepFraction(input))}
        max={BAR_PARTS}
      />
      {sweeping && (
        <p className="run-rate" data-testid="sweep-time-left">
          {t('progress.timeLeft', {
            left:
              msLeft === null ? t('progress.estimating') : t('progress.about', { duration: formatDuration(msLeft) }),
          })}
        </p>
      )}
    </div>
  );
}
