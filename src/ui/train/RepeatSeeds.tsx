import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatAlpha } from '../../views/alphaAxis';
import { REPEAT_SEEDS, repeatResults, repeatRows, repeatVerdict } from './repeatResults';
import { SWEEP_METRIC_SPECS } from '../../views/sweepRows';
import { useSweepStore } from '../../state/sweepStore';
import { useTrainingStore } from '../../state/trainingStore';
import { RunVerdict } from './RunVerdict';

/**
 * “Repeat over 3 seeds”: the setup on screen for seeds s, s+1, s+2, then each arm's final metrics and the gap as mean
 * ± std over them. One seed's gap may be luck; three show how much it moves.
 */
export function RepeatSeeds() {
  const { t } = useTranslation('train');
  const seed = useTrainingStore((s) => s.draft.seed);
  const busy = useTrainingStore((s) => s.status === 'training' || s.status === 'paused');
  const { status, alphas, records, plan, next, problem, stopReason, repeatOverSeeds } = useSweepStore();
  const [asked, setAsked] = useState(false);
  const results = useMemo(() => repeatResults({ alphas, records }), [alphas, records]);
  const repeating = status === 'running' && alphas.length === 1;
  // Another run's curves need the projector's screen more than a button that cannot be pressed during it.
  if (busy && !repeating) return null;
  return (
    <div className="repeat-seeds" data-testid="repeat-seeds">
      <div className="repeat-head">
        <button
          type="button"
          disabled={busy || status === 'running'}
          onClick={() => {
            setAsked(true);
            repeatOverSeeds(REPEAT_SEEDS);
          }}
        >
          {t('repeat.button', { count: REPEAT_SEEDS })}
        </button>
        <span className="muted" role="status" data-testid="repeat-status">
          {repeating
            ? t('repeat.progress', { seed: plan[next]?.seed ?? '', index: next + 1, total: plan.length })
            : t('repeat.explain', { first: seed, last: seed + REPEAT_SEEDS - 1 })}
        </span>
      </div>
      {asked && (problem || stopReason) && (
        <p className="repeat-problem" role="alert">
          {problem ?? stopReason}
        </p>
      )}
      {results && <RunVerdict verdict={repeatVerdict(results)} />}
      {results && (
        <table className="results-table repeat-table" data-testid="repeat-table">
          <caption>
            {t('repeat.caption', {
              alpha: formatAlpha(results.alpha),
              count: results.mixup.seeds,
              seeds: results.perSeed.map((r) => r.seed).join(', '),
            })}
          </caption>
          <thead>
            <tr>
              <th scope="col" />
              {SWEEP_METRIC_SPECS.map((spec) => (
                <th key={spec.metric} scope="col">
                  {spec.column}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {repeatRows(results).map((row) => (
              <tr key={row.label}>
                <th scope="row">{row.label}</th>
                {SWEEP_METRIC_SPECS.map((spec) => (
                  <td key={spec.metric}>{row.cells[spec.metric]}</td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </div>
  );
}
