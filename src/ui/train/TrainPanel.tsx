import type { ErrorKind } from '../../engine/protocol';
import { useTrainingStore } from '../../state/trainingStore';
import { ErrorBanner } from '../common/ErrorBanner';
import { BackendBadge } from './BackendBadge';
import { LiveCurves } from './LiveCurves';
import { PredictionGallery } from './PredictionGallery';
import { PresetPicker } from './PresetPicker';
import { RepeatSeeds } from './RepeatSeeds';
import { RunControls } from './RunControls';
import { RunProgress } from './RunProgress';
import { RunResults } from './RunResults';
import { RunSettings } from './RunSettings';
import { SavedRunNotes } from './SavedRunNotes';
import { ShareLink } from './ShareLink';
import './train.css';

const ERROR_TITLES: Record<ErrorKind, string> = {
  config: 'A setting is out of range',
  refused: 'Not started',
  data: 'The training data could not be loaded',
  backend: 'No backend could start',
  diverged: 'Training diverged',
  'device-lost': 'The GPU was lost',
  internal: 'Training failed',
};

function EngineErrorBanner() {
  const error = useTrainingStore((s) => s.error);
  const dismissError = useTrainingStore((s) => s.dismissError);
  if (!error) return null;
  return (
    <ErrorBanner title={ERROR_TITLES[error.kind]} message={error.message} hint={error.hint} onDismiss={dismissError} />
  );
}

function Notice() {
  const notice = useTrainingStore((s) => s.notice);
  const dismissNotice = useTrainingStore((s) => s.dismissNotice);
  if (!notice) return null;
  return (
    <p className="notice" role="status">
      {notice}{' '}
      <button type="button" onClick={dismissNotice}>
        Dismiss
      </button>
    </p>
  );
}

export function TrainPanel() {
  // While a run trains, what is only for setting one up makes way for its curves.
  const running = useTrainingStore((s) => s.status === 'training' || s.status === 'paused');
  return (
    <>
      <section className="train" aria-labelledby="train-title">
        <div className="train-head">
          <h2 id="train-title">Train: baseline vs mixup</h2>
          <BackendBadge />
        </div>
        {!running && (
          <p className="train-intro">
            Two copies of the same network, from the same initial weights and on the same batches; only the mixup arm
            blends its inputs and labels. Both are tested on the same untouched test digits.
          </p>
        )}
        <Notice />
        <SavedRunNotes />
        {!running && <PresetPicker />}
        <RunSettings />
        {/* One row on a wide screen, so Start stays on a projector's first screen. */}
        <div className="run-bar">
          <RunControls />
          <ShareLink />
        </div>
        <RepeatSeeds />
        <EngineErrorBanner />
        <RunProgress />
      </section>
      <LiveCurves />
      <RunResults />
      <PredictionGallery />
    </>
  );
}
