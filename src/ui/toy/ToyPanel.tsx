import { useState } from 'react';
import { toyMeasurement } from '../../state/toyMeasurement';
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
  const numClasses = useToyStore((s) => TOY_SPECS[s.config.dataset].numClasses);
  if (numClasses === 2) {
    return (
      <div className="toy-scale">
        <span>p(class 1) = 0</span>
        <span className="toy-gradient" style={{ background: twoClassGradient() }} aria-hidden="true" />
        <span>1</span>
        <span className="toy-scale-note">white: 0.5, unsure</span>
      </div>
    );
  }
  return (
    <div className="toy-scale">
      {Array.from({ length: numClasses }, (_, k) => (
        <span key={k} className="toy-swatch">
          <span style={{ background: rgbText(classColour(k)) }} aria-hidden="true" /> class {k}
        </span>
      ))}
      <span className="toy-scale-note">paler: less sure, white: an even split</span>
    </div>
  );
}

function statusText(status: ToyStatus, step: number, trained: ToyConfig | null): string {
  if (status === 'idle' || !trained) return 'Not trained yet: press Train both.';
  const steps = trained.steps.toLocaleString('en');
  const alpha = formatShape(trained.alpha);
  if (status === 'training')
    return `Training both arms at α = ${alpha}: ${step.toLocaleString('en')} of ${steps} steps`;
  if (status === 'error') return 'Stopped by an error.';
  return `Trained ${steps} steps at α = ${alpha}.`;
}

/** Its own component: the step changes with every frame, and only this line needs drawing again for it. */
function ToyProgress() {
  const status = useToyStore((s) => s.status);
  const step = useToyStore((s) => s.step);
  const trained = useToyStore((s) => s.trained);
  return (
    <ProgressBar name="2-D training" text={statusText(status, step, trained)} value={step} max={trained?.steps ?? 1} />
  );
}

/** The mixup paper's 2-D picture (Zhang et al., 2018, Fig. 1b), trained live for both arms side by side. */
export function ToyPanel() {
  const status = useToyStore((s) => s.status);
  const result = useToyStore((s) => s.result);
  const error = useToyStore((s) => s.error);
  const train = useToyStore((s) => s.train);
  const [showPairs, setShowPairs] = useState(true);

  return (
    <section className="toy" aria-labelledby="toy-title">
      <h2 id="toy-title">2-D: the decision boundary</h2>
      <p className="toy-intro">
        The mixup paper's picture of what mixup does, in the plane: the same small network (2 → 32 → 32 → classes, ReLU)
        trained on the same batches from the same start, once plainly and once with mixup. Colour is each arm's
        predicted probability over the plane; training points are circles (class 0), squares (class 1) and triangles
        (class 2), crossed where an arm gets them wrong. The diamonds on the mixup picture are blends from its latest
        batch, each on the segment between its two training points and coloured by its soft label. Once both are
        trained, any change retrains them when you let go.
      </p>
      <ToyControls />
      {status === 'error' && error && (
        <ErrorBanner
          title="The 2-D run failed"
          message={error}
          hint="Change a setting or train again."
          onRetry={train}
        />
      )}
      <ToyProgress />
      <div className="toy-legend">
        <ColourScale />
        <label className="toy-pairs-toggle">
          <input type="checkbox" checked={showPairs} onChange={(event) => setShowPairs(event.target.checked)} /> Show
          mixed pairs
        </label>
      </div>
      <div className="toy-pictures">
        {TOY_ARMS.map((arm) => (
          <BoundaryFigure key={arm} arm={arm} showPairs={showPairs} />
        ))}
      </div>
      <p className="toy-note">
        Figures on {TEST_SIZE.toLocaleString('en')} held-out points from the same distribution, with clean labels.
      </p>
      {result && <SliceChart result={result} />}
      {toyMeasurement && (
        <>
          <p className="toy-measured">
            <strong>What the measurement shows:</strong> {toyMeasurement.note}
          </p>
          <MeasuredDetails section={toyMeasurement} summary="The measurement: every data set, baseline and mixup" />
        </>
      )}
    </section>
  );
}
