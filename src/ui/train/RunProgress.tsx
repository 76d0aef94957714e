import { DEFAULT_CONFIG } from '../../engine/config';
import type { ProgressUpdate } from '../../engine/reports';
import { usePace } from '../../state/paceStore';
import { runMsLeft } from '../../state/runEstimate';
import { describeTimeLeft } from '../../state/timeLeft';
import { useTrainingStore } from '../../state/trainingStore';
import { LoadingBar } from '../common/LoadingBar';
import { ProgressBar } from '../common/ProgressBar';
import { useMsSince } from './useMsSince';

function Pace({ progress }: { progress: ProgressUpdate }) {
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
        {progress.examplesSeen.toLocaleString('en')} examples seen per arm
      </span>
      {' · '}
      {progress.examplesPerSecond > 0
        ? `${Math.round(progress.examplesPerSecond).toLocaleString('en')} examples/s`
        : 'warming up'}
      {' · '}
      <span data-testid="time-left">{ended ? `run ${ended}` : `time left: ${describeTimeLeft(msLeft)}`}</span>
    </p>
  );
}

export function RunProgress() {
  const loading = useTrainingStore((s) => s.loading);
  const progress = useTrainingStore((s) => s.run.progress);
  if (loading && loading.stage === 'data') {
    return (
      <LoadingBar
        label="Loading MNIST for training"
        loadedBytes={loading.loadedBytes}
        totalBytes={loading.totalBytes}
      />
    );
  }
  if (!progress) return null;
  const { epoch, step, stepsPerEpoch, totalSteps } = progress;
  const stepInEpoch = step - (epoch - 1) * stepsPerEpoch;
  return (
    <div className="run-progress">
      <ProgressBar
        name="Epoch progress"
        text={`Epoch ${epoch} of ${Math.ceil(totalSteps / stepsPerEpoch)}: step ${stepInEpoch} of ${stepsPerEpoch}`}
        value={stepInEpoch}
        max={stepsPerEpoch}
      />
      <ProgressBar
        name="Run progress"
        text={`Whole run: step ${step} of ${totalSteps}`}
        value={step}
        max={totalSteps}
      />
      <Pace progress={progress} />
    </div>
  );
}
