import { create } from 'zustand';
import { ConfigError, validateConfig } from '../engine/config';
import { DEFAULT_SWEEP_ALPHAS, parseAlphaList, planSweep, type SweepRun } from '../engine/sweepPlan';
import type { EngineError } from '../engine/protocol';
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
  /** When the sweep on screen began (or, reopened, when it was first saved): every write of it carries this date. */
  createdAt: number;
  /** The saved sweep it was reopened from, as saved; null for a sweep of this page. */
  reopened: SavedSweep | null;
  setAlphaText: (text: string) => void;
  setSeedCount: (count: number) => void;
  startSweep: () => void;
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
  run ? `α = ${formatAlpha(run.alpha)}, seed ${run.seed}` : '';

/**
 * Runs the plan from run `index`, one ordinary paired run at a time, each started when the one before
 * has ended; `fresh` replaces the plan in the same update, so listeners never see a new plan under an
 * old status. Ends when the plan is done, a run is stopped or fails, or the sweep is cancelled.
 */
async function runFrom(index: number, fresh?: Pick<SweepState, 'plan' | 'records'>): Promise<void> {
  const begun = fresh ? { savedId: crypto.randomUUID(), createdAt: Date.now(), reopened: null } : {};
  useSweepStore.setState({ ...fresh, ...begun, status: 'running', stopReason: null, problem: null });
  const { plan } = useSweepStore.getState();
  for (let next = index; next < plan.length; next++) {
    const run = plan[next];
    if (!run) return;
    useSweepStore.setState({ next });
    let record: SweepRecord | null;
    try {
      record = recordOf(run, await startRun(run.config));
    } catch (error) {
      const { message, hint } = error as EngineError;
      if (useSweepStore.getState().status === 'running') {
        useSweepStore.setState({
          status: 'failed',
          stopReason: `The run with ${describeRun(run)} failed: ${message} ${hint} The finished points are kept.`,
        });
      }
      return;
    }
    if (useSweepStore.getState().status !== 'running') return;
    if (!record) {
      useSweepStore.setState({
        status: 'cancelled',
        stopReason: `The run with ${describeRun(run)} was stopped before it finished; the finished points are kept.`,
      });
      return;
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
        problem:
          'A run is in progress on the Train tab. Stop it there, or wait for it to finish, then start the sweep.',
      });
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
    void runFrom(0, { plan, records: [] });
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
        problem:
          'A run is in progress on the Train tab. Stop it there, or wait for it to finish, then continue the sweep.',
      });
      return;
    }
    void runFrom(next);
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
      stopReason: ended
        ? null
        : `This sweep stopped after ${sweep.records.length} of ${plan.length} runs; Continue trains the rest.`,
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
