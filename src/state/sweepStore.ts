import { create } from 'zustand';
import { ConfigError, validateConfig } from '../engine/config';
import { DEFAULT_SWEEP_ALPHAS, parseAlphaList, planSweep, type SweepRun } from '../engine/sweepPlan';
import type { EngineError } from '../engine/protocol';
import type { RunResult } from '../engine/reports';
import { formatAlpha } from './alphaAxis';
import type { SavedSweep, SweepRecord } from '../storage/savedRun';
import { recordOf } from './sweepResults';
import { startRun, useTrainingStore } from './trainingStore';

export type SweepStatus = 'idle' | 'running' | 'finished' | 'cancelled' | 'failed';

interface SweepState {
  /** The α list as typed; read when the sweep starts. */
  alphaText: string;
  seedCount: number;
  status: SweepStatus;
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
  setAlphaText: (text: string) => void;
  setSeedCount: (count: number) => void;
  startSweep: () => void;
  cancelSweep: () => void;
  /** Carries on from the run a cancel or a failure interrupted, keeping the finished points. */
  continueSweep: () => void;
  /** Puts a saved sweep on screen; one cut off before its end can be continued. */
  showSavedSweep: (sweep: SavedSweep) => void;
}

export const DEFAULT_ALPHA_TEXT = DEFAULT_SWEEP_ALPHAS.join(', ');

const describeRun = (run: SweepRun | undefined): string => (run ? `α = ${formatAlpha(run.alpha)}, seed ${run.seed}` : '');

/** Starts run `index` of the plan; `fresh` replaces the plan in the same update, so listeners never see a new plan under an old status. */
function launch(index: number, fresh?: Pick<SweepState, 'plan' | 'records'>): void {
  const run = (fresh ?? useSweepStore.getState()).plan[index];
  if (!run) return;
  const savedId = fresh ? { savedId: crypto.randomUUID() } : {};
  useSweepStore.setState({ ...fresh, ...savedId, status: 'running', next: index, stopReason: null, problem: null });
  startRun(run.config);
}

function runEnded(result: RunResult): void {
  const { plan, next, records } = useSweepStore.getState();
  const run = plan[next];
  if (!run) return;
  const record = recordOf(run, result);
  if (!record) {
    useSweepStore.setState({
      status: 'cancelled',
      stopReason: `The run with ${describeRun(run)} was stopped before it finished; the finished points are kept.`,
    });
    return;
  }
  useSweepStore.setState({ records: [...records, record] });
  if (next + 1 < plan.length) launch(next + 1);
  else useSweepStore.setState({ status: 'finished', next: plan.length });
}

function runFailed(error: EngineError): void {
  const { plan, next } = useSweepStore.getState();
  useSweepStore.setState({
    status: 'failed',
    stopReason: `The run with ${describeRun(plan[next])} failed: ${error.message} ${error.hint} The finished points are kept.`,
  });
}

const busy = (): boolean => {
  const { status } = useTrainingStore.getState();
  return status === 'training' || status === 'paused';
};

export const useSweepStore = create<SweepState>()((set, get) => ({
  alphaText: DEFAULT_ALPHA_TEXT,
  seedCount: 1,
  status: 'idle',
  plan: [],
  next: 0,
  records: [],
  problem: null,
  stopReason: null,
  savedId: null,
  setAlphaText: (alphaText) => set({ alphaText, problem: null }),
  setSeedCount: (seedCount) => set({ seedCount, problem: null }),
  startSweep: () => {
    if (get().status === 'running') return;
    if (busy()) {
      set({ problem: 'A run is in progress on the Train tab. Stop it there, or wait for it to finish, then start the sweep.' });
      return;
    }
    let plan: SweepRun[];
    try {
      const config = validateConfig(useTrainingStore.getState().draft);
      plan = planSweep(config, parseAlphaList(get().alphaText, config), get().seedCount);
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      set({
        problem:
          error instanceof ConfigError
            ? `A setting on the Train tab is out of range: ${message}. Correct it there, then start the sweep.`
            : `${message.charAt(0).toUpperCase()}${message.slice(1)}.`,
      });
      return;
    }
    launch(0, { plan, records: [] });
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
      set({ problem: 'A run is in progress on the Train tab. Stop it there, or wait for it to finish, then continue the sweep.' });
      return;
    }
    launch(next);
  },
  showSavedSweep: (sweep) => {
    if (get().status === 'running') return;
    const plan = planSweep(sweep.config, sweep.alphas, sweep.seedCount);
    const ended = sweep.status === 'finished' || sweep.records.length >= plan.length;
    set({
      alphaText: sweep.alphas.join(', '),
      seedCount: sweep.seedCount,
      plan,
      records: sweep.records,
      next: sweep.records.length,
      status: ended ? 'finished' : sweep.status === 'failed' ? 'failed' : 'cancelled',
      problem: null,
      stopReason: ended ? null : `This sweep stopped after ${sweep.records.length} of ${plan.length} runs; Continue trains the rest.`,
      savedId: sweep.id,
    });
  },
}));

/** A sweep follows its runs through the training store: each run's end starts the next. */
useTrainingStore.subscribe((state, previous) => {
  if (useSweepStore.getState().status !== 'running') return;
  if (state.result && state.result !== previous.result) runEnded(state.result);
  else if (state.error && state.error !== previous.error) runFailed(state.error);
});
