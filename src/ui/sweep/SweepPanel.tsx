import { BackendBadge } from '../train/BackendBadge';
import { SweepForm } from './SweepForm';
import { SweepProgress } from './SweepProgress';
import { SweepResults } from './SweepResults';
import './sweep.css';

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
          Trains the same run once for each α below: same data, same seeds, same budget, only α changes. Small α
          keeps λ near 0 or 1 (little mixing); α = 1 draws λ uniformly; large α blends every pair near half and
          half. Watch where the mixup arm rises above the baseline and where it falls below.
        </p>
        <SweepForm />
        <SweepProgress />
      </section>
      <SweepResults />
    </>
  );
}
