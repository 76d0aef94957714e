import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatNumber } from '../../i18n/i18n';
import { CHART_INTERVAL_MS } from '../../client/liveFeed';
import { useTrainingStore } from '../../state/trainingStore';
import { ArmLegend } from './ArmLegend';
import { CURVES } from './curveSpecs';
import { MetricChart } from './MetricChart';

/** Each metric's curves, and beside a metric with a gap spec its mixup − baseline chart. */
const CHARTS = CURVES.flatMap((curve) => [
  { key: curve.id, curve, gap: false },
  ...(curve.gap ? [{ key: `${curve.id}-gap`, curve, gap: true }] : []),
]);

/** Spreads the charts' redraws over separate tasks, all within the interval between the store's updates. */
const STAGGER_MS = CHART_INTERVAL_MS / (CHARTS.length + 1);

/** Counts every quick evaluation, not just the ones drawn; its own component so the charts do not follow it. */
function PointsCount() {
  const { t } = useTranslation('train');
  const count = useTrainingStore((s) => s.run.points.length);
  return (
    <span data-testid="points-count" data-value={count}>
      {t('curves.pointsSoFar', { points: formatNumber(count) })}
    </span>
  );
}

/**
 * The four live curves of the run on screen, both arms on each, and the gap between the arms in accuracy and NLL
 * beside theirs. Accuracy and NLL are zoomed to where the curves settle, since the arms differ by a point or two;
 * a box turns that off. Before any run they show empty axes for the drafted epochs: the user sees where the curves will
 * appear, and the charts' first (costly) mount happens when the tab opens rather than on the main thread's busiest
 * moment, the start of a run.
 */
export function LiveCurves() {
  const { t } = useTranslation('train');
  const runConfig = useTrainingStore((s) => s.run.config);
  const draftEpochs = useTrainingStore((s) => s.draft.epochs);
  const points = useTrainingStore((s) => s.run.chartPoints);
  const [zoomed, setZoomed] = useState(true);
  const epochs = runConfig?.epochs ?? (Number.isInteger(draftEpochs) && draftEpochs > 0 ? draftEpochs : 1);
  return (
    <section className="curves" aria-labelledby="curves-title">
      <div className="section-head">
        <h2 id="curves-title">{t('curves.title')}</h2>
        <ArmLegend />
      </div>
      {/* The note and the zoom box share a line, so a projector's first screen keeps the first row of curves. */}
      <div className="curves-meta">
        <p className="section-note">
          {runConfig ? (
            <>
              {t('curves.quickEvaluations', {
                size: formatNumber(runConfig.quickEvalSize),
                every: formatNumber(runConfig.evalEvery),
              })}{' '}
              <PointsCount />
            </>
          ) : (
            t('curves.pressStart')
          )}
        </p>
        <label className="zoom-toggle">
          <input type="checkbox" checked={zoomed} onChange={(event) => setZoomed(event.target.checked)} />
          {t('curves.zoom')}
        </label>
      </div>
      <div className="curve-grid">
        {CHARTS.map(({ key, curve, gap }, index) => (
          <MetricChart
            key={key}
            curve={curve}
            gap={gap}
            zoomed={zoomed}
            points={points}
            epochs={epochs}
            delayMs={index * STAGGER_MS}
          />
        ))}
      </div>
    </section>
  );
}
