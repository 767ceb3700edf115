import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App';
import { applyUrlState } from './app/boot';
import { langReady } from './state/lang';
import './ui/styles.css';

const url = applyUrlState(window.location.search);
// The app renders in its language: a non-English dictionary is its own chunk, fetched first.
void langReady().then(() =>
  createRoot(document.getElementById('root')!).render(
    <StrictMode>
      <App urlTle={url.tle} />
    </StrictMode>,
  ),
);
void import('./app/serviceWorker').then((m) => m.registerServiceWorker(), () => undefined);
