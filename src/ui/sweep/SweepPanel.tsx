import { measurementOf, SWEEP_MEASUREMENT_ID } from '../../state/measuredPresets';
import { MeasuredDetails } from '../common/MeasuredDetails';
import { BackendBadge } from '../train/BackendBadge';
import { ShareLink } from '../train/ShareLink';
import { SweepForm } from './SweepForm';
import { SweepProgress } from './SweepProgress';
import { SweepResults } from './SweepResults';
import './sweep.css';

/** What three seeds measured when the small-data preset was swept, from docs/EXPERIMENTS.md. */
function MeasuredSweep() {
  const section = measurementOf(SWEEP_MEASUREMENT_ID);
  if (!section) return null;
  return (
    <div className="preset-note" data-testid="sweep-measured">
      <p>
        <strong>Measured</strong> on the small-data preset (1,000 digits, 40 epochs), over the default α values and 3
        seeds. {section.note}
      </p>
      <MeasuredDetails section={section} summary="The measured numbers" />
    </div>
  );
}

/** The α sweep tab: the same paired run once per α, and what each α did to the final metrics. */
export function SweepPanel() {
  return (
    <>
      <section className="train sweep" aria-labelledby="sweep-title">
        <div className="train-head">
          <h2 id="sweep-title">α sweep: what does α do?</h2>
          <BackendBadge />
        </div>
        <p className="train-intro">
          Trains the same run once for each α below: same data, same seeds, same budget, only α changes. Small α keeps λ
          near 0 or 1 (little mixing); α = 1 draws λ uniformly; large α blends every pair near half and half. Watch
          where the mixup arm rises above the baseline and where it falls below.
        </p>
        <MeasuredSweep />
        <SweepForm />
        <ShareLink subject="sweep" />
        <SweepProgress />
      </section>
      <SweepResults />
    </>
  );
}
