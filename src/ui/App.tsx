import { useEffect } from 'react';
import { useDatasetStore } from '../state/datasetStore';
import { ErrorBanner } from './common/ErrorBanner';
import { LoadingBar } from './common/LoadingBar';
import { DigitGrid } from './explore/DigitGrid';
import { Intro } from './explore/Intro';
import { TrainPanel } from './train/TrainPanel';

export function App() {
  const status = useDatasetStore((s) => s.status);
  const loadedBytes = useDatasetStore((s) => s.loadedBytes);
  const totalBytes = useDatasetStore((s) => s.totalBytes);
  const testSet = useDatasetStore((s) => s.testSet);
  const error = useDatasetStore((s) => s.error);
  const loadTestSet = useDatasetStore((s) => s.loadTestSet);

  useEffect(() => {
    void loadTestSet();
  }, [loadTestSet]);

  return (
    <div className="page">
      <header className="masthead">
        <h1>Mixup Playground</h1>
        <p className="tagline">See what mixup does to handwritten digits, and find out whether it helps.</p>
      </header>
      <main>
        <Intro />
        <section className="digits" aria-labelledby="digits-title">
          <h2 id="digits-title">The data: MNIST</h2>
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
          {testSet && <DigitGrid split={testSet} />}
        </section>
        <TrainPanel />
      </main>
      <footer className="footer">
        <p>
          Everything runs in your browser: the digits come from this site and no data leaves your machine.
        </p>
      </footer>
    </div>
  );
}
