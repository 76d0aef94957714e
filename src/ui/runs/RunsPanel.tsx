import { useEffect } from 'react';
import { useExploreStore } from '../../state/exploreStore';
import { useRunsStore } from '../../state/runsStore';
import { useSweepStore } from '../../state/sweepStore';
import { useTrainingStore } from '../../state/trainingStore';
import { ErrorBanner } from '../common/ErrorBanner';
import { CompareRuns } from './CompareRuns';
import { ExportImport } from './ExportImport';
import { RunsTable } from './RunsTable';
import './runs.css';

/** Every run and sweep kept in this browser: reopen, compare two, rename, delete. */
export function RunsPanel() {
  const problem = useRunsStore((s) => s.problem);
  const compared = useRunsStore((s) => s.compared);
  const { refresh, open, dismissProblem } = useRunsStore.getState();
  const busy = useTrainingStore((s) => s.status === 'training' || s.status === 'paused');
  const showPanel = useExploreStore((s) => s.showPanel);

  useEffect(() => {
    void refresh();
  }, [refresh]);

  const openItem = async (id: string) => {
    const item = await open(id);
    if (!item) return;
    if (item.kind === 'run') {
      useTrainingStore.getState().showSavedRun(item);
      showPanel('train');
    } else {
      useSweepStore.getState().showSavedSweep(item);
      showPanel('sweep');
    }
  };

  return (
    <>
      <section className="train runs" aria-labelledby="runs-title">
        <h2 id="runs-title">Saved runs</h2>
        <p className="train-intro">
          Every run and α sweep is kept in this browser as it trains, with its settings, curves, results, and the
          backend and browser it ran on. A run cut off by a reload or a crash keeps the points saved up to a few seconds
          before. Nothing leaves your machine; Export all writes every run and sweep to one JSON file, which Import
          reads back here or in another browser.
        </p>
        {problem && (
          <ErrorBanner title="Saving runs" message={problem.message} hint={problem.hint} onDismiss={dismissProblem} />
        )}
        <ExportImport />
        <RunsTable busy={busy} onOpen={(id) => void openItem(id)} />
      </section>
      <section className="curves" aria-labelledby="compare-title">
        <h2 id="compare-title">Compare two runs</h2>
        <CompareRuns runs={compared} />
      </section>
    </>
  );
}
