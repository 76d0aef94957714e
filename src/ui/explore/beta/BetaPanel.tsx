import { memo } from 'react';
import { useTranslation } from 'react-i18next';
import { useExploreStore } from '../../../state/exploreStore';
import { useTrainingStore } from '../../../state/trainingStore';
import { AsymmetrySwitch } from './AsymmetrySwitch';
import { BetaDensityChart } from './BetaDensityChart';
import { BetaReadout } from './BetaReadout';
import { formatShape } from './logScale';
import { mixingShapes } from './mixingShapes';
import { ShapePresets } from './ShapePresets';
import { ShapeSlider } from './ShapeSlider';
import { useBetaView, type BetaView } from './useBetaView';
import './beta.css';

/**
 * The density of the explored shapes, or why there is none. Memoised: while a slider moves, the panel
 * re-renders at once for the thumb, and the chart should redraw only when the deferred view arrives.
 */
const DensityOrMessage = memo(function DensityOrMessage({
  view,
  onResample,
}: {
  view: BetaView;
  onResample: () => void;
}) {
  const { t } = useTranslation('explore');
  if (view.kind !== 'density') {
    return (
      <p className="beta-message" role="status">
        {view.kind === 'invalid' ? view.message : t('beta.noMixing')}
      </p>
    );
  }
  // The page's first picture is still being drawn: a box of the chart's size, so nothing moves when it comes.
  if (view.picture === null) return <div className="beta-pending" aria-busy="true" />;
  return (
    <>
      <BetaDensityChart alpha={view.alpha} beta={view.beta} picture={view.picture} />
      <div className="beta-readout-row">
        <BetaReadout picture={view.picture} />
        <button type="button" onClick={onResample}>
          {t('beta.drawAgain')}
        </button>
      </div>
    </>
  );
});

/** The shapes as the Beta they draw from: "α = 0.4", or "α = 1, β = 0.4" when asymmetric. */
function describeShapes(alpha: number, beta: number | null): string {
  return beta === null ? `α = ${formatShape(alpha)}` : `α = ${formatShape(alpha)}, β = ${formatShape(beta)}`;
}

/**
 * What the Train tab will train with, and the one way to make it the shapes explored here. While a run
 * trains the Train tab's settings are locked, so the action waits for it to end.
 */
function TrainingShapes({ alpha, beta }: { alpha: number; beta: number | null }) {
  const trainAlpha = useTrainingStore((s) => s.draft.alpha);
  const trainBeta = useTrainingStore((s) => s.draft.beta);
  const running = useTrainingStore((s) => s.status === 'training' || s.status === 'paused');
  const setDraft = useTrainingStore((s) => s.setDraft);
  const { t } = useTranslation('explore');
  const same = trainAlpha === alpha && trainBeta === beta;
  return (
    <div className="beta-training" data-testid="beta-training">
      <p>
        {same ? t('beta.training.same') : t('beta.training.other', { shapes: describeShapes(trainAlpha, trainBeta) })}
        {!same && running && t('beta.training.running')}
      </p>
      {!same && (
        <button
          type="button"
          disabled={running}
          onClick={() => {
            setDraft('alpha', alpha);
            setDraft('beta', beta);
          }}
        >
          {t('beta.training.use', { shapes: describeShapes(alpha, beta) })}
        </button>
      )}
    </div>
  );
}

/**
 * How λ is drawn: α (and β, when asymmetric) on log sliders over the exact Beta density and a
 * histogram of real draws. The shapes are the Explore panel's own; the Train tab takes them only
 * through "Use … for training".
 */
export function BetaPanel() {
  const { t } = useTranslation('explore');
  const alpha = useExploreStore((s) => s.alpha);
  const beta = useExploreStore((s) => s.beta);
  const setShapes = useExploreStore((s) => s.setShapes);
  const seed = useExploreStore((s) => s.histogramSeed);
  const resampleHistogram = useExploreStore((s) => s.resampleHistogram);
  const view = useBetaView(alpha, beta, seed);
  // The shapes as they are now: the view lags behind them while a slider moves.
  const live = mixingShapes(alpha, beta);

  // Beta(1, α) keeps the α the user chose as β; pressed again, it keeps the β it already set.
  const showTutorial =
    live.kind === 'density' ? () => setShapes(1, beta !== null && alpha === 1 ? live.beta : live.alpha) : null;

  return (
    <section className="beta-panel" aria-labelledby="beta-title">
      <h2 id="beta-title">{t('beta.title')}</h2>
      <p className="beta-intro">{t('beta.intro')}</p>
      <div className="beta-layout">
        <div className="beta-controls">
          <ShapeSlider
            symbol="α"
            name={t('beta.alphaName')}
            value={alpha}
            onChange={(shape) => setShapes(shape, beta)}
          />
          {/* β starts at α, so switching on changes nothing until β is moved. */}
          <AsymmetrySwitch
            on={beta !== null}
            onToggle={(on) => setShapes(alpha, on ? (live.kind === 'density' ? live.alpha : 1) : null)}
          />
          {beta !== null && (
            <ShapeSlider
              symbol="β"
              name={t('beta.betaName')}
              value={beta}
              onChange={(shape) => setShapes(alpha, shape)}
            />
          )}
          <TrainingShapes alpha={alpha} beta={beta} />
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
