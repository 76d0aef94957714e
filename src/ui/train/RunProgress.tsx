import { useTranslation } from 'react-i18next';
import { DEFAULT_CONFIG } from '../../contract/config';
import type { ProgressUpdate } from '../../contract/reports';
import { usePace } from '../../state/paceStore';
import { runMsLeft } from '../../views/runEstimate';
import { formatNumber } from '../../i18n/i18n';
import { describeTimeLeft } from '../../views/timeLeft';
import { useTrainingStore } from '../../state/trainingStore';
import { LoadingBar } from '../common/LoadingBar';
import { ProgressBar } from '../common/ProgressBar';
import { useMsSince } from './useMsSince';

function Pace({ progress }: { progress: ProgressUpdate }) {
  const { t } = useTranslation('train');
  const ended = useTrainingStore((s) => (s.run.result ? (s.run.result.stopped ? 'stopped' : 'finished') : null));
  const config = useTrainingStore((s) => s.run.config);
  const arms = useTrainingStore((s) => s.run.armsTrained);
  const backend = useTrainingStore((s) => s.backend);
  const pace = usePace(backend, config ?? DEFAULT_CONFIG);
  const estimate = config ? runMsLeft(progress, config, pace, arms) : null;
  const sinceReport = useMsSince(progress, 1000);
  const msLeft = estimate === null ? null : Math.max(0, estimate - sinceReport);
  return (
    <p className="run-rate">
      <span data-testid="examples-seen" data-value={progress.examplesSeen}>
        {t('progress.examplesSeen', { examples: formatNumber(progress.examplesSeen) })}
      </span>
      {' · '}
      {progress.examplesPerSecond > 0
        ? t('progress.perSecond', { rate: formatNumber(progress.examplesPerSecond) })
        : t('progress.warmingUp')}
      {' · '}
      <span data-testid="time-left">
        {ended ? t(`progress.${ended}`) : t('progress.timeLeft', { time: describeTimeLeft(msLeft) })}
      </span>
    </p>
  );
}

export function RunProgress() {
  const { t } = useTranslation('train');
  const loading = useTrainingStore((s) => s.loading);
  const progress = useTrainingStore((s) => s.run.progress);
  if (loading && loading.stage === 'data') {
    return (
      <LoadingBar label={t('progress.loadingData')} loadedBytes={loading.loadedBytes} totalBytes={loading.totalBytes} />
    );
  }
  if (!progress) return null;
  const { epoch, step, stepsPerEpoch, totalSteps } = progress;
  const stepInEpoch = step - (epoch - 1) * stepsPerEpoch;
  return (
    <div className="run-progress">
      <ProgressBar
        name={t('progress.epochName')}
        text={t('progress.epochText', {
          epoch,
          epochs: Math.ceil(totalSteps / stepsPerEpoch),
          step: stepInEpoch,
          steps: stepsPerEpoch,
        })}
        value={stepInEpoch}
        max={stepsPerEpoch}
      />
      <ProgressBar
        name={t('progress.runName')}
        text={t('progress.runText', { step: formatNumber(step), steps: formatNumber(totalSteps) })}
        value={step}
        max={totalSteps}
      />
      <Pace progress={progress} />
    </div>
  );
}
