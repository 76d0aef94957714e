import { memo } from 'react';
import { useExploreStore } from '../../../state/exploreStore';
import { useTrainingStore } from '../../../state/trainingStore';
import { AsymmetrySwitch } from './AsymmetrySwitch';
import { BetaDensityChart } from './BetaDensityChart';
import { BetaReadout } from './BetaReadout';
import { mixingShapes } from './mixingShapes';
import { ShapePresets } from './ShapePresets';
import { ShapeSlider } from './ShapeSlider';
import { useBetaView, type BetaView } from './useBetaView';
import './beta.css';

/**
 * The density of the draft's shapes, or why there is none. Memoised: while a slider moves, the panel
 * re-renders at once for the thumb, and the chart should redraw only when the deferred view arrives.
 */
const DensityOrMessage = memo(function DensityOrMessage({
  view,
  onResample,
}: {
  view: BetaView;
  onResample: () => void;
}) {
  if (view.kind !== 'density') {
    return (
      <p className="beta-message" role="status">
        {view.kind === 'invalid'
          ? view.message
          : 'α = 0: no mixing; every λ is 1, the mixup arm trains like the baseline.'}
      </p>
    );
  }
  return (
    <>
      <BetaDensityChart alpha={view.alpha} beta={view.beta} picture={view.picture} />
      <div className="beta-readout-row">
        <BetaReadout picture={view.picture} />
        <button type="button" onClick={onResample}>
          Draw again
        </button>
      </div>
    </>
  );
});

/**
 * How λ is drawn: α (and β, when asymmetric) on log sliders, shared with the Train panel through the
 * training store's draft, over the exact Beta density and a histogram of real draws.
 */
export function BetaPanel() {
  const alpha = useTrainingStore((s) => s.draft.alpha);
  const beta = useTrainingStore((s) => s.draft.beta);
  const setDraft = useTrainingStore((s) => s.setDraft);
  const seed = useExploreStore((s) => s.histogramSeed);
  const resampleHistogram = useExploreStore((s) => s.resampleHistogram);
  const view = useBetaView(alpha, beta, seed);
  // The draft as it is now: the view lags behind it while a slider moves.
  const live = mixingShapes(alpha, beta);

  const setShapes = (nextAlpha: number, nextBeta: number | null) => {
    setDraft('alpha', nextAlpha);
    setDraft('beta', nextBeta);
  };
  // Beta(1, α) keeps the α the user chose as β; pressed again, it keeps the β it already set.
  const showTutorial =
    live.kind === 'density' ? () => setShapes(1, beta !== null && alpha === 1 ? live.beta : live.alpha) : null;

  return (
    <section className="beta-panel" aria-labelledby="beta-title">
      <h2 id="beta-title">How λ is drawn</h2>
      <p className="beta-intro">
        Each blend takes its weight λ from Beta(α, β), and the method sets β = α. As α → 0 it becomes plain training: λ
        is nearly 0 or 1, so images stay nearly pure. α = 1 makes λ uniform; a large α pushes λ towards 0.5. This α is
        the one the Train panel uses.
      </p>
      <div className="beta-layout">
        <div className="beta-controls">
          <ShapeSlider symbol="α" name="alpha" value={alpha} onChange={(shape) => setDraft('alpha', shape)} />
          {/* β starts at α, so switching on changes nothing until β is moved. */}
          <AsymmetrySwitch
            on={beta !== null}
            onToggle={(on) => setDraft('beta', on ? (live.kind === 'density' ? live.alpha : 1) : null)}
          />
          {beta !== null && (
            <ShapeSlider symbol="β" name="beta" value={beta} onChange={(shape) => setDraft('beta', shape)} />
          )}
        </div>
        <div className="beta-view">
          <DensityOrMessage view={view} onResample={resampleHistogram} />
        </div>
        <ShapePresets
          alpha={alpha}
          beta={beta}
          onSymmetric={(shape) => setShapes(shape, null)}
          onTutorial={showTutorial}
        />
      </div>
    </section>
  );
}
