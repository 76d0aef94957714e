import { lazy, Suspense, useDeferredValue, useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { useDatasetStore } from '../state/datasetStore';
import { useExploreStore } from '../state/exploreStore';
import { ErrorBanner } from './common/ErrorBanner';
import { LanguageSwitch } from './common/LanguageSwitch';
import { LinkNotice } from './common/LinkNotice';
import { LoadingBar } from './common/LoadingBar';
import { OfflineNote } from './common/OfflineNote';
import { PanelTabs, panelId, tabId } from './common/PanelTabs';
import { UpdateNotice } from './common/UpdateNotice';
import { BetaPanel } from './explore/beta/BetaPanel';
import { BlendGallery } from './explore/blend/BlendGallery';
import { DigitGrid } from './explore/DigitGrid';
import { Intro } from './explore/Intro';

/*
 * The first tab, Explore, is in the first chunk; the other panels, recharts and the exporters load when a
 * panel is first opened (docs/ARCHITECTURE.md, "How the page loads").
 */
const TrainPanel = lazy(() => import('./train/TrainPanel').then((m) => ({ default: m.TrainPanel })));
const SweepPanel = lazy(() => import('./sweep/SweepPanel').then((m) => ({ default: m.SweepPanel })));
const RunsPanel = lazy(() => import('./runs/RunsPanel').then((m) => ({ default: m.RunsPanel })));
const ToyPanel = lazy(() => import('./toy/ToyPanel').then((m) => ({ default: m.ToyPanel })));

/** The digits' download: its own component, so each progress step re-renders the bar, not the whole tab. */
function TestSetProgress() {
  const { t } = useTranslation();
  const status = useDatasetStore((s) => s.status);
  const loadedBytes = useDatasetStore((s) => s.loadedBytes);
  const totalBytes = useDatasetStore((s) => s.totalBytes);
  const error = useDatasetStore((s) => s.error);
  const loadTestSet = useDatasetStore((s) => s.loadTestSet);

  return (
    <>
      {status === 'loading' && (
        <LoadingBar label={t('digits.loading')} loadedBytes={loadedBytes} totalBytes={totalBytes} />
      )}
      {status === 'error' && error && (
        <ErrorBanner
          title={t('digits.failed')}
          message={error.message}
          hint={error.hint}
          onRetry={() => void loadTestSet()}
        />
      )}
    </>
  );
}

/** What needs the test digits: its own component, so their arrival re-renders only this. */
function TestSetViews() {
  const { t } = useTranslation();
  // Deferred: the gallery and the digit grid then render in a transition React splits into short tasks.
  const testSet = useDeferredValue(useDatasetStore((s) => s.testSet));

  return (
    <>
      {testSet && <BlendGallery split={testSet} />}
      {testSet && (
        <section className="digits" aria-labelledby="digits-title">
          <h2 id="digits-title">{t('digits.title')}</h2>
          <DigitGrid split={testSet} />
        </section>
      )}
    </>
  );
}

function ExplorePanel() {
  return (
    <>
      <Intro />
      <BetaPanel />
      <TestSetProgress />
      <TestSetViews />
    </>
  );
}

export function App() {
  const { t } = useTranslation();
  // Deferred: the tab answers at once, and the panel renders in a transition React splits into short tasks.
  const panel = useDeferredValue(useExploreStore((s) => s.panel));
  const loadTestSet = useDatasetStore((s) => s.loadTestSet);

  useEffect(() => {
    void loadTestSet();
  }, [loadTestSet]);

  return (
    <div className="page">
      <header className="masthead">
        <h1>{t('title')}</h1>
        <p className="tagline">{t('tagline')}</p>
        <LanguageSwitch />
        <PanelTabs />
      </header>
      <LinkNotice />
      <UpdateNotice />
      {/* Only the open panel is mounted (a hidden chart measures a zero-sized box); stores keep each panel's state. */}
      <main id={panelId(panel)} role="tabpanel" aria-labelledby={tabId(panel)}>
        <Suspense fallback={<div className="panel-loading" aria-busy="true" />}>
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
        </Suspense>
      </main>
      <footer className="footer">
        <p>{t('footer')}</p>
        <OfflineNote />
      </footer>
    </div>
  );
}
