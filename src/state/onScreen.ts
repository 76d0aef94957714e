/**
 * The run and the sweep on screen as they would be saved and exported now: what autosave writes and
 * what export file names and charts are named after. Reads the training and sweep stores; holds nothing.
 */
import { presetConfig, PRESETS } from '../contract/presets';
import { formatNumber, t } from '../i18n/i18n';
import type { SavedRun, SavedSweep } from '../storage/savedRun';
import { formatAlpha } from '../views/alphaAxis';
import { useSweepStore } from './sweepStore';
import { useTrainingStore } from './trainingStore';

const browserName = (): string => (typeof navigator === 'undefined' ? 'unknown' : navigator.userAgent);

/** A run's default name, in the page's language: its preset, or its main settings. */
function runName(run: Pick<SavedRun, 'preset' | 'config'>): string {
  const { config } = run;
  const alpha = `α ${formatAlpha(config.alpha)}`;
  if (run.preset) return t('runs:defaultName.preset', { title: PRESETS[run.preset].title, alpha });
  const noise =
    config.labelNoise > 0 ? t('runs:defaultName.noise', { percent: Math.round(100 * config.labelNoise) }) : '';
  return t('runs:defaultName.settings', {
    model: config.model,
    examples: formatNumber(config.trainSize),
    noise,
    alpha,
  });
}

/**
 * The run on screen; null when none is, or another has replaced run `id`. A reopened run is as it was saved: what it
 * ran on is its own.
 */
export function runOnScreen(id = useTrainingStore.getState().run.savedId): SavedRun | null {
  const state = useTrainingStore.getState();
  const { run } = state;
  if (!id || run.savedId !== id || !run.config) return null;
  if (run.reopened) return run.reopened;
  const { config } = run;
  const preset =
    state.preset && JSON.stringify(presetConfig(state.preset)) === JSON.stringify(config) ? state.preset : null;
  return {
    id,
    kind: 'run',
    name: runName({ preset, config }),
    createdAt: run.createdAt,
    updatedAt: Date.now(),
    backend: state.backend,
    browser: browserName(),
    status: run.result ? (run.result.stopped ? 'stopped' : 'finished') : state.error ? 'failed' : 'running',
    config,
    preset,
    points: run.points,
    epochs: run.epochs,
    result: run.result,
    error: state.error ? `${state.error.message} ${state.error.hint}` : null,
  };
}

/** The sweep on screen; null before one has been planned. */
export function sweepOnScreen(): SavedSweep | null {
  const state = useSweepStore.getState();
  const first = state.plan[0];
  if (!state.savedId || !first) return null;
  const saved = state.reopened;
  if (saved && state.status !== 'running' && saved.records.length === state.records.length) return saved;
  const { alphas } = state;
  return {
    id: state.savedId,
    kind: 'sweep',
    name:
      alphas.length === 1
        ? t('runs:defaultName.repeat', {
            seeds: state.plan.length,
            name: runName({ preset: null, config: first.config }),
          })
        : t('runs:defaultName.sweep', { alphas: alphas.map(formatAlpha).join(', ') }),
    createdAt: state.createdAt,
    updatedAt: Date.now(),
    backend: useTrainingStore.getState().backend,
    browser: browserName(),
    status: state.status === 'idle' ? 'running' : state.status,
    config: first.config,
    alphas,
    seedCount: new Set(state.plan.map((run) => run.seed)).size,
    records: state.records,
  };
}
