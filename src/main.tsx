import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App';
import { applyUrlState, loadElements } from './app/boot';
import { langReady } from './state/lang';
import './ui/styles.css';

const url = applyUrlState(window.location.search);
// The bundled element sets go into the store first, so the scene mounts in the first render; the app renders
// in its language (a non-English dictionary is its own chunk, fetched first).
const elementsReady = loadElements(url.tle);
void langReady().then(() => {
  createRoot(document.getElementById('root')!).render(
    <StrictMode>
      <App elementsReady={elementsReady} />
    </StrictMode>,
  );
});
void import('./app/serviceWorker').then((m) => m.registerServiceWorker(), () => undefined);
