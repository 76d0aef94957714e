import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { DEFAULT_CONFIG } from '../../contract/config';
import { usePace } from '../../state/paceStore';
import { expectedMs, type PlannedRun } from '../../views/runEstimate';
import { formatDuration } from '../../views/timeLeft';
import { prepareEngine, useTrainingStore } from '../../state/trainingStore';

/**
 * How long `runs` take on the backend in use, from the pace last measured there: "about 1 min 40 s on wasm",
 * or `short` alone ("≈ 1 min 40 s") beside a preset. "measuring speed…" until the worker has timed the model.
 */
export function ExpectedTime({ runs, short = false }: { runs: readonly PlannedRun[]; short?: boolean }) {
  const { t } = useTranslation();
  const backend = useTrainingStore((s) => s.backend);
  const { model, batchSize } = runs[0]?.config ?? DEFAULT_CONFIG;
  const pace = usePace(backend, { model, batchSize });
  // Only a started worker knows its backend and can measure it.
  useEffect(() => prepareEngine({ model, batchSize }), [model, batchSize]);
  if (runs.length === 0) return null;
  const duration = pace && backend ? formatDuration(expectedMs(runs, pace)) : null;
  const text =
    duration === null || !backend
      ? t('expectedTime.measuring')
      : short
        ? t('expectedTime.short', { duration })
        : t('expectedTime.long', { duration, backend: backend.name });
  return (
    <span className="expected-time" data-testid="expected-time">
      {text}
    </span>
  );
}
