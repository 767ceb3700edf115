import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App';
import { applyUrlState } from './app/boot';
import { hasWebGL2 } from './app/webgl';
import { NoWebGL } from './app/NoWebGL';
import './ui/styles.css';

const url = applyUrlState(window.location.search);
createRoot(document.getElementById('root')!).render(
  <StrictMode>{hasWebGL2() ? <App urlTle={url.tle} /> : <NoWebGL />}</StrictMode>,
);
void import('./app/serviceWorker').then((m) => m.registerServiceWorker(), () => undefined);
