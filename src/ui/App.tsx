import { useEffect } from 'react';
import { useDatasetStore } from '../state/datasetStore';
import { useExploreStore } from '../state/exploreStore';
import { ErrorBanner } from './common/ErrorBanner';
import { LinkNotice } from './common/LinkNotice';
import { OfflineNote } from './common/OfflineNote';
import { UpdateNotice } from './common/UpdateNotice';
import { LoadingBar } from './common/LoadingBar';
import { PanelTabs, panelId, tabId } from './common/PanelTabs';
import { BetaPanel } from './explore/beta/BetaPanel';
import { BlendGallery } from './explore/blend/BlendGallery';
import { DigitGrid } from './explore/DigitGrid';
import { Intro } from './explore/Intro';
import { RunsPanel } from './runs/RunsPanel';
import { SweepPanel } from './sweep/SweepPanel';
import { ToyPanel } from './toy/ToyPanel';
import { TrainPanel } from './train/TrainPanel';

function ExplorePanel() {
  const status = useDatasetStore((s) => s.status);
  const loadedBytes = useDatasetStore((s) => s.loadedBytes);
  const totalBytes = useDatasetStore((s) => s.totalBytes);
  const testSet = useDatasetStore((s) => s.testSet);
  const error = useDatasetStore((s) => s.error);
  const loadTestSet = useDatasetStore((s) => s.loadTestSet);

  return (
    <>
      <Intro />
      <BetaPanel />
      {status === 'loading' && (
        <LoadingBar label="Loading MNIST test digits" loadedBytes={loadedBytes} totalBytes={totalBytes} />
      )}
      {status === 'error' && error && (
        <ErrorBanner
          title="The digits could not be loaded"
          message={error.message}
          hint={error.hint}
          onRetry={() => void loadTestSet()}
        />
      )}
      {testSet && <BlendGallery split={testSet} />}
      {testSet && (
        <section className="digits" aria-labelledby="digits-title">
          <h2 id="digits-title">The data: MNIST</h2>
          <DigitGrid split={testSet} />
        </section>
      )}
    </>
  );
}

export function App() {
  const panel = useExploreStore((s) => s.panel);
  const loadTestSet = useDatasetStore((s) => s.loadTestSet);

  useEffect(() => {
    void loadTestSet();
  }, [loadTestSet]);

  return (
    <div className="page">
      <header className="masthead">
        <h1>Mixup Playground</h1>
        <p className="tagline">See what mixup does to handwritten digits, and find out whether it helps.</p>
        <PanelTabs />
      </header>
      <LinkNotice />
      <UpdateNotice />
      {/* Only the open panel is mounted (a hidden chart measures a zero-sized box); stores keep each panel's state. */}
      <main id={panelId(panel)} role="tabpanel" aria-labelledby={tabId(panel)}>
        {panel === 'explore' ? (
          <ExplorePanel />
        ) : panel === 'train' ? (
          <TrainPanel />
        ) : panel === 'sweep' ? (
          <SweepPanel />
        ) : panel === 'runs' ? (
          <RunsPanel />
        ) : (
          <ToyPanel />
        )}
      </main>
      <footer className="footer">
        <p>Everything runs in your browser: the digits come from this site and no data leaves your machine.</p>
        <OfflineNote />
      </footer>
    </div>
  );
}
