import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { applySetupFromUrl, keepUrlInSync } from './state/linkStore';
import { App } from './ui/App';
import './ui/styles.css';

applySetupFromUrl(location.search);
keepUrlInSync();

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');
createRoot(root).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
