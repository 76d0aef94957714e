import { useTranslation } from 'react-i18next';
import type { ErrorKind } from '../../contract/protocol';
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

/** Each error kind's key in the catalogue's `errorTitles`. */
const ERROR_TITLES = {
  config: 'config',
  refused: 'refused',
  data: 'data',
  backend: 'backend',
  diverged: 'diverged',
  'device-lost': 'deviceLost',
  internal: 'internal',
} as const satisfies Record<ErrorKind, string>;

function EngineErrorBanner() {
  const { t } = useTranslation('train');
  const error = useTrainingStore((s) => s.error);
  const dismissError = useTrainingStore((s) => s.dismissError);
  if (!error) return null;
  return (
    <ErrorBanner
      title={t(`errorTitles.${ERROR_TITLES[error.kind]}`)}
      message={error.message}
      hint={error.hint}
      onDismiss={dismissError}
    />
  );
}

function Notice() {
  const { t } = useTranslation('train');
  const notice = useTrainingStore((s) => s.notice);
  const dismissNotice = useTrainingStore((s) => s.dismissNotice);
  if (!notice) return null;
  return (
    <p className="notice" role="status">
      {notice}{' '}
      <button type="button" onClick={dismissNotice}>
        {t('panel.dismiss')}
      </button>
    </p>
  );
}

export function TrainPanel() {
  const { t } = useTranslation('train');
  // While a run trains, what is only for setting one up makes way for its curves.
  const running = useTrainingStore((s) => s.status === 'training' || s.status === 'paused');
  return (
    <>
      <section className="train" aria-labelledby="train-title">
        <div className="train-head">
          <h2 id="train-title">{t('panel.title')}</h2>
          <BackendBadge />
        </div>
        {!running && <p className="train-intro">{t('panel.intro')}</p>}
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
