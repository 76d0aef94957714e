import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
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
  const { t } = useTranslation('runs');
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
        <h2 id="runs-title">{t('panel.title')}</h2>
        <p className="train-intro">{t('panel.intro')}</p>
        {problem && (
          <ErrorBanner
            title={t('panel.problemTitle')}
            message={problem.message}
            hint={problem.hint}
            onDismiss={dismissProblem}
          />
        )}
        <ExportImport />
        <RunsTable busy={busy} onOpen={(id) => void openItem(id)} />
      </section>
      <section className="curves" aria-labelledby="compare-title">
        <h2 id="compare-title">{t('panel.compareTitle')}</h2>
        <CompareRuns runs={compared} />
      </section>
    </>
  );
}
