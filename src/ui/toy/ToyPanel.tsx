import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatNumber, t as translate } from '../../i18n/i18n';
import { toyMeasurement } from './toyMeasurement';
import { useToyStore, type ToyStatus } from '../../state/toyStore';
import { TOY_SPECS } from '../../toy/datasets';
import { TEST_SIZE, TOY_ARMS, type ToyConfig } from '../../toy/run';
import { formatShape } from '../explore/beta/logScale';
import { ErrorBanner } from '../common/ErrorBanner';
import { MeasuredDetails } from '../common/MeasuredDetails';
import { ProgressBar } from '../common/ProgressBar';
import { BoundaryFigure } from './BoundaryFigure';
import { classColour, rgbText, twoClassGradient } from './classColours';
import { SliceChart } from './SliceChart';
import { ToyControls } from './ToyControls';
import './toy.css';

function ColourScale() {
  const { t } = useTranslation('toy');
  const numClasses = useToyStore((s) => TOY_SPECS[s.config.dataset].numClasses);
  if (numClasses === 2) {
    return (
      <div className="toy-scale">
        <span>{t('scale.twoClass')}</span>
        <span className="toy-gradient" style={{ background: twoClassGradient() }} aria-hidden="true" />
        <span>1</span>
        <span className="toy-scale-note">{t('scale.unsure')}</span>
      </div>
    );
  }
  return (
    <div className="toy-scale">
      {Array.from({ length: numClasses }, (_, k) => (
        <span key={k} className="toy-swatch">
          <span style={{ background: rgbText(classColour(k)) }} aria-hidden="true" /> {t('scale.class', { k })}
        </span>
      ))}
      <span className="toy-scale-note">{t('scale.paler')}</span>
    </div>
  );
}

function statusText(status: ToyStatus, step: number, trained: ToyConfig | null): string {
  if (status === 'idle' || !trained) return translate('toy:progress.notTrained');
  const steps = formatNumber(trained.steps);
  const alpha = formatShape(trained.alpha);
  if (status === 'training') return translate('toy:progress.training', { alpha, step: formatNumber(step), steps });
  if (status === 'error') return translate('toy:progress.error');
  return translate('toy:progress.trained', { steps, alpha });
}

/** Its own component: the step changes with every frame, and only this line needs drawing again for it. */
function ToyProgress() {
  const { t } = useTranslation('toy');
  const status = useToyStore((s) => s.status);
  const step = useToyStore((s) => s.step);
  const trained = useToyStore((s) => s.trained);
  return (
    <ProgressBar
      name={t('progress.name')}
      text={statusText(status, step, trained)}
      value={step}
      max={trained?.steps ?? 1}
    />
  );
}

/** The mixup paper's 2-D picture (Zhang et al., 2018, Fig. 1b), trained live for both arms side by side. */
export function ToyPanel() {
  const { t } = useTranslation('toy');
  const status = useToyStore((s) => s.status);
  const result = useToyStore((s) => s.result);
  const error = useToyStore((s) => s.error);
  const train = useToyStore((s) => s.train);
  const [showPairs, setShowPairs] = useState(true);

  return (
    <section className="toy" aria-labelledby="toy-title">
      <h2 id="toy-title">{t('panel.title')}</h2>
      <p className="toy-intro">{t('panel.intro')}</p>
      <ToyControls />
      {status === 'error' && error && (
        <ErrorBanner title={t('panel.failedTitle')} message={error} hint={t('panel.failedHint')} onRetry={train} />
      )}
      <ToyProgress />
      <div className="toy-legend">
        <ColourScale />
        <label className="toy-pairs-toggle">
          <input type="checkbox" checked={showPairs} onChange={(event) => setShowPairs(event.target.checked)} />{' '}
          {t('panel.showPairs')}
        </label>
      </div>
      <div className="toy-pictures">
        {TOY_ARMS.map((arm) => (
          <BoundaryFigure key={arm} arm={arm} showPairs={showPairs} />
        ))}
      </div>
      <p className="toy-note">{t('panel.heldOut', { formatted: formatNumber(TEST_SIZE) })}</p>
      {result && <SliceChart result={result} />}
      {toyMeasurement && (
        <>
          <p className="toy-measured">
            <strong>{t('panel.measuredTitle')}</strong> {toyMeasurement.note}
          </p>
          <MeasuredDetails section={toyMeasurement} summary={t('panel.measuredDetails')} />
        </>
      )}
    </section>
  );
}
