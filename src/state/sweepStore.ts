import { create } from 'zustand';
import { ConfigError, validateConfig } from '../contract/config';
import { DEFAULT_SWEEP_ALPHAS, parseAlphaList, planSweep, type SweepRun } from '../contract/sweepPlan';
import type { EngineError } from '../contract/protocol';
import { t } from '../i18n/i18n';
import type { ReusedBaseline } from '../contract/reports';
import { formatAlpha } from '../views/alphaAxis';
import type { SavedSweep } from '../storage/savedRun';
import { recordOf, type SweepRecord } from '../storage/sweepSummary';
import { startRun, useTrainingStore } from './trainingStore';

export type SweepStatus = 'idle' | 'running' | 'finished' | 'cancelled' | 'failed';

interface SweepState {
  /** The α list as typed; read when the sweep starts. */
  alphaText: string;
  seedCount: number;
  status: SweepStatus;
  /** The α list of the sweep on screen, α = 0 included where listed, though it is never trained: it is the baseline. */
  alphas: number[];
  /** The runs of the sweep on screen, in order. */
  plan: SweepRun[];
  /** Index into `plan` of the run in flight, or of the next to run once the sweep has stopped. */
  next: number;
  /** The finished runs: what the charts plot. A cancelled or failed sweep keeps them. */
  records: SweepRecord[];
  /** Why the sweep could not start (a bad α list, a Train setting out of range, a run in progress). */
  problem: string | null;
  /** Why the sweep stopped early. */
  stopReason: string | null;
  /** The id under which the sweep on screen is saved: fresh for a new sweep, kept by Continue and by a reopened one. */
  savedId: string | null;
  /** When the sweep on screen began (or, reopened, when it was first saved): every write of it carries this date. */
  createdAt: number;
  /** The saved sweep it was reopened from, as saved; null for a sweep of this page. */
  reopened: SavedSweep | null;
  setAlphaText: (text: string) => void;
  setSeedCount: (count: number) => void;
  startSweep: () => void;
  /** Trains the Train tab's setup for `seedCount` seeds from its own: a sweep of its one α. */
  repeatOverSeeds: (seedCount: number) => void;
  cancelSweep: () => void;
  /** Carries on from the run a cancel or a failure interrupted, keeping the finished points. */
  continueSweep: () => void;
  /** Puts a saved sweep on screen; one cut off before its end can be continued. */
  showSavedSweep: (sweep: SavedSweep) => void;
  /** A saved sweep was renamed: the reopened sweep on screen, if it is that one, takes the name too. */
  renameSaved: (id: string, name: string) => void;
}

export const DEFAULT_ALPHA_TEXT = DEFAULT_SWEEP_ALPHAS.join(', ');

const describeRun = (run: SweepRun | undefined): string =>
  run ? t('sweep:store.run', { alpha: formatAlpha(run.alpha), seed: run.seed }) : '';

/**
 * Each seed's baseline as the run that trained it reported it, for the seed's later runs to reuse. Held
 * in memory only: a sweep reopened from storage has its baselines' final metrics but not their curves,
 * so its remaining runs train their seed's baseline again, once.
 */
const baselines = new Map<number, ReusedBaseline>();

/** The baseline the run on screen trained, if it finished: what the rest of its seed's runs reuse. */
function trainedBaseline(): ReusedBaseline | null {
  const { config, points, epochs, result } = useTrainingStore.getState().run;
  if (!config || !result?.robustness || result.stopped) return null;
  return { config, points, epochs, robustness: result.robustness };
}

/**
 * Runs the plan from run `index`, one run at a time, each started when the one before has ended; a
 * seed's later runs reuse its first run's baseline. `fresh` replaces the plan in the same update, so
 * listeners never see a new plan under an old status. Ends when the plan is done, a run is stopped or
 * fails, or the sweep is cancelled.
 */
async function runFrom(index: number, fresh?: Pick<SweepState, 'alphas' | 'plan' | 'records'>): Promise<void> {
  if (fresh) baselines.clear();
  const begun = fresh ? { savedId: crypto.randomUUID(), createdAt: Date.now(), reopened: null } : {};
  useSweepStore.setState({ ...fresh, ...begun, status: 'running', stopReason: null, problem: null });
  const { plan } = useSweepStore.getState();
  for (let next = index; next < plan.length; next++) {
    const run = plan[next];
    if (!run) return;
    useSweepStore.setState({ next });
    const reuse = run.trainsBaseline ? null : (baselines.get(run.seed) ?? null);
    let record: SweepRecord | null;
    try {
      record = recordOf(run, await startRun(run.config, reuse), !reuse);
    } catch (error) {
      const { message, hint } = error as EngineError;
      if (useSweepStore.getState().status === 'running') {
        useSweepStore.setState({
          status: 'failed',
          stopReason: t('sweep:store.failed', { run: describeRun(run), message, hint }),
        });
      }
      return;
    }
    if (useSweepStore.getState().status !== 'running') return;
    if (!record) {
      useSweepStore.setState({
        status: 'cancelled',
        stopReason: t('sweep:store.stopped', { run: describeRun(run) }),
      });
      return;
    }
    if (!reuse) {
      const baseline = trainedBaseline();
      if (baseline) baselines.set(run.seed, baseline);
    }
    useSweepStore.setState((state) => ({ records: [...state.records, record] }));
  }
  useSweepStore.setState({ status: 'finished', next: plan.length });
}

const busy = (): boolean => {
  const { status } = useTrainingStore.getState();
  return status === 'training' || status === 'paused';
};

export const useSweepStore = create<SweepState>()((set, get) => ({
  alphaText: DEFAULT_ALPHA_TEXT,
  seedCount: 1,
  status: 'idle',
  alphas: [],
  plan: [],
  next: 0,
  records: [],
  problem: null,
  stopReason: null,
  savedId: null,
  createdAt: 0,
  reopened: null,
  setAlphaText: (alphaText) => set({ alphaText, problem: null }),
  setSeedCount: (seedCount) => set({ seedCount, problem: null }),
  startSweep: () => {
    if (get().status === 'running') return;
    if (busy()) {
      set({
        problem: t('sweep:store.busyStart'),
      });
      return;
    }
    let alphas: number[];
    let plan: SweepRun[];
    try {
      const config = validateConfig(useTrainingStore.getState().draft);
      alphas = parseAlphaList(get().alphaText, config);
      plan = planSweep(config, alphas, get().seedCount);
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      set({
        problem:
          error instanceof ConfigError
            ? t('sweep:store.outOfRange', { message })
            : `${message.charAt(0).toUpperCase()}${message.slice(1)}${t('sweep:store.end')}`,
      });
      return;
    }
    void runFrom(0, { alphas, plan, records: [] });
  },
  repeatOverSeeds: (seedCount) => {
    if (get().status === 'running') return;
    set({ alphaText: formatAlpha(useTrainingStore.getState().draft.alpha), seedCount });
    get().startSweep();
  },
  cancelSweep: () => {
    if (get().status !== 'running') return;
    set({ status: 'cancelled', stopReason: null });
    useTrainingStore.getState().stop();
  },
  continueSweep: () => {
    const { status, next, plan } = get();
    if ((status !== 'cancelled' && status !== 'failed') || next >= plan.length) return;
    if (busy()) {
      set({
        problem: t('sweep:store.busyContinue'),
      });
      return;
    }
    void runFrom(next);
  },
  showSavedSweep: (sweep) => {
    if (get().status === 'running') return;
    const plan = sweep.alphas.some((alpha) => alpha !== 0)
      ? planSweep(sweep.config, sweep.alphas, sweep.seedCount)
      : [];
    // A sweep saved before α = 0 was left untrained may hold α = 0 alone (then nothing is left to plan), or records of
    // α = 0 outside the plan: so the next run is the first without a record, not the record count.
    const done = (run: SweepRun) => sweep.records.some((r) => r.alpha === run.alpha && r.seed === run.seed);
    const next = plan.findIndex((run) => !done(run));
    const ended = sweep.status === 'finished' || next < 0;
    baselines.clear();
    set({
      alphaText: sweep.alphas.join(', '),
      seedCount: sweep.seedCount,
      alphas: sweep.alphas,
      plan,
      records: sweep.records,
      next: ended ? plan.length : next,
      status: ended ? 'finished' : sweep.status === 'failed' ? 'failed' : 'cancelled',
      problem: null,
      stopReason: ended ? null : t('sweep:store.stoppedAfter', { done: next, total: plan.length }),
      savedId: sweep.id,
      createdAt: sweep.createdAt,
      reopened: sweep,
    });
  },
  renameSaved: (id, name) => {
    const { reopened } = get();
    if (reopened?.id === id) set({ reopened: { ...reopened, name } });
  },
}));
