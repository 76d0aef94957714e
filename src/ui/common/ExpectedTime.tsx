import { useEffect } from 'react';
import { DEFAULT_CONFIG } from '../../engine/config';
import { usePace } from '../../state/paceStore';
import { expectedMs, type PlannedRun } from '../../state/runEstimate';
import { formatDuration } from '../../state/timeLeft';
import { prepareEngine, useTrainingStore } from '../../state/trainingStore';

/**
 * How long `runs` take on the backend in use, from the pace last measured there: "about 1 min 40 s on wasm",
 * or `short` alone ("≈ 1 min 40 s") beside a preset. "measuring speed…" until the worker has timed the model.
 */
export function ExpectedTime({ runs, short = false }: { runs: readonly PlannedRun[]; short?: boolean }) {
  const backend = useTrainingStore((s) => s.backend);
  const { model, batchSize } = runs[0]?.config ?? DEFAULT_CONFIG;
  const pace = usePace(backend, { model, batchSize });
  // Only a started worker knows its backend and can measure it.
  useEffect(() => prepareEngine({ model, batchSize }), [model, batchSize]);
  if (runs.length === 0) return null;
  const text =
    pace && backend
      ? `${short ? '≈' : 'about'} ${formatDuration(expectedMs(runs, pace))}${short ? '' : ` on ${backend.name}`}`
      : 'measuring speed…';
  return (
    <span className="expected-time" data-testid="expected-time">
      {text}
    </span>
  );
}
