import { useMemo, useState } from 'react';
import { formatAlpha } from '../../state/alphaAxis';
import { REPEAT_SEEDS, repeatResults, repeatRows, repeatVerdict } from '../../state/repeatSeeds';
import { SWEEP_METRIC_SPECS } from '../../state/sweepRows';
import { useSweepStore } from '../../state/sweepStore';
import { useTrainingStore } from '../../state/trainingStore';
import { RunVerdict } from './RunVerdict';

/**
 * “Repeat over 3 seeds”: the setup on screen for seeds s, s+1, s+2, then each arm's final metrics and the gap as mean
 * ± std over them. One seed's gap may be luck; three show how much it moves.
 */
export function RepeatSeeds() {
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
          Repeat over {REPEAT_SEEDS} seeds
        </button>
        <span className="muted" role="status" data-testid="repeat-status">
          {repeating
            ? `Seed ${plan[next]?.seed ?? ''}: run ${next + 1} of ${plan.length}`
            : `Trains this setup with seeds ${seed} to ${seed + REPEAT_SEEDS - 1}; saved as a sweep of one α.`}
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
            α = {formatAlpha(results.alpha)}, mean ± std over {results.mixup.seeds} seed
            {results.mixup.seeds === 1 ? '' : 's'} ({results.perSeed.map((r) => r.seed).join(', ')}); the gap is taken
            seed by seed
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
