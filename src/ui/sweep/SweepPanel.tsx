import { useTranslation } from 'react-i18next';
import { measurementOf, SWEEP_MEASUREMENT_ID } from '../../views/measuredPresets';
import { MeasuredDetails } from '../common/MeasuredDetails';
import { BackendBadge } from '../train/BackendBadge';
import { ShareLink } from '../train/ShareLink';
import { SweepForm } from './SweepForm';
import { SweepProgress } from './SweepProgress';
import { SweepResults } from './SweepResults';
import './sweep.css';

/** What three seeds measured when the small-data preset was swept, from docs/EXPERIMENTS.md. */
function MeasuredSweep() {
  const { t } = useTranslation('sweep');
  const section = measurementOf(SWEEP_MEASUREMENT_ID);
  if (!section) return null;
  return (
    <div className="preset-note" data-testid="sweep-measured">
      <p>
        <strong>{t('panel.measured')}</strong> {t('panel.measuredOn')} {section.note}
      </p>
      <MeasuredDetails section={section} summary={t('panel.measuredNumbers')} />
    </div>
  );
}

/** The α sweep tab: the same paired run once per α, and what each α did to the final metrics. */
export function SweepPanel() {
  const { t } = useTranslation('sweep');
  return (
    <>
      <section className="train sweep" aria-labelledby="sweep-title">
        <div className="train-head">
          <h2 id="sweep-title">{t('panel.title')}</h2>
          <BackendBadge />
        </div>
        <p className="train-intro">{t('panel.intro')}</p>
        <MeasuredSweep />
        <SweepForm />
        <ShareLink subject="sweep" />
        <SweepProgress />
      </section>
      <SweepResults />
    </>
  );
}
