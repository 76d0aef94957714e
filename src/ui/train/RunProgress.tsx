import { useTrainingStore } from '../../state/trainingStore';
import { LoadingBar } from '../common/LoadingBar';

export function RunProgress() {
  const loading = useTrainingStore((s) => s.loading);
  const progress = useTrainingStore((s) => s.progress);
  if (loading && loading.stage === 'data') {
    return <LoadingBar label="Loading MNIST for training" loadedBytes={loading.loadedBytes} totalBytes={loading.totalBytes} />;
  }
  if (!progress) return null;
  return (
    <div className="run-progress">
      <label>
        <span>
          Epoch {progress.epoch} of {Math.ceil(progress.totalSteps / progress.stepsPerEpoch)} · step {progress.step} of{' '}
          {progress.totalSteps}
        </span>
        <progress aria-label="Run progress" max={progress.totalSteps} value={progress.step} />
      </label>
      <span className="run-rate" data-testid="examples-seen" data-value={progress.examplesSeen}>
        {progress.examplesSeen.toLocaleString('en')} examples seen per arm ·{' '}
        {progress.examplesPerSecond > 0 ? `${Math.round(progress.examplesPerSecond)} examples/s` : 'warming up'}
      </span>
    </div>
  );
}
