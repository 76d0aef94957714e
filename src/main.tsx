import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { I18nextProvider } from 'react-i18next';
import { i18n } from './i18n/i18n';
import { applySetupFromUrl, keepUrlInSync } from './state/linkStore';
import { saveRunsAsTheyGo } from './state/autosave';
import { useRunsStore } from './state/runsStore';
import { App } from './ui/App';
import './ui/styles.css';

applySetupFromUrl(location.search);
keepUrlInSync();
saveRunsAsTheyGo();
// Opens the storage at once, so a browser that has none is reported before a run is lost.
void useRunsStore.getState().refresh();

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');
createRoot(root).render(
  <StrictMode>
    <I18nextProvider i18n={i18n}>
      <App />
    </I18nextProvider>
  </StrictMode>,
);
