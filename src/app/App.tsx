import { lazy, Suspense, useCallback, useEffect, useState } from 'react';
import { Scene } from '../scene/Scene';
import type { StarCatalog } from '../scene/Stars';
import { noticeActions } from '../state/notices';
import { useSceneHealth } from '../state/sceneHealth';
import { Hud } from '../ui/Hud';
import { LoadingOverlay } from '../ui/LoadingOverlay';
import { Notices } from '../ui/Notices';
import { TimeControls } from '../ui/TimeControls';
import { TlePanel } from '../ui/TlePanel';
import { ViewSwitch } from '../ui/ViewSwitch';
import { LunarLayers } from '../ui/LunarLayers';
import { PartsPanel } from '../ui/PartsPanel';
import { Header } from '../ui/Header';
import { usePassesPanel } from '../state/passesPanel';
import { useFaqPanel } from '../state/faqPanel';
import { ErrorBoundary } from './ErrorBoundary';
import { NoWebGL } from './NoWebGL';
import { loadStars } from './loadData';
import { useFirstFrameDrawn } from './useFirstFrameDrawn';
import { useTleHistory } from './useTleHistory';
import { startUrlSync } from './urlSync';

const TourRoot = lazy(() => import('../ui/tour/TourRoot'));
const KioskRoot = lazy(() => import('../kiosk/KioskRoot'));
const PassesPanel = lazy(() => import('../ui/passes/PassesPanel'));
const FaqPanel = lazy(() => import('../ui/faq/FaqPanel'));

const KIOSK = new URLSearchParams(window.location.search).get('kiosk') === '1';

/** The explorer: scene plus DOM overlays. The scene mounts once the bundled elements are in the store (main.tsx loads them). */
export function App({ elementsReady }: { elementsReady: boolean }) {
  const [stars, setStars] = useState<StarCatalog | null>(null);
  const [tourSearch, setTourSearch] = useState<string | null>(() =>
    !KIOSK && new URLSearchParams(window.location.search).has('tour') ? window.location.search : null,
  );
  const endTour = useCallback(() => setTourSearch(null), []);

  useEffect(() => (elementsReady ? startUrlSync() : undefined), [elementsReady]);
  useTleHistory(elementsReady);
  // The tour and the kiosk (their own chunks) come once the first view is drawn, not before it.
  const firstFrame = useFirstFrameDrawn(elementsReady);
  // The stars (5,000 points to fetch, build and upload) join the first view once it is drawn, not before it.
  useEffect(() => {
    if (!firstFrame) return;
    let cancelled = false;
    loadStars()
      .then((catalog) => !cancelled && setStars(catalog))
      .catch((e: Error) => noticeActions.show('stars', 'app.starsError', { error: e.message }));
    return () => {
      cancelled = true;
    };
  }, [firstFrame]);
  const passesOpen = usePassesPanel((s) => s.open);
  const faqOpen = useFaqPanel((s) => s.open);
  const noWebGL = useSceneHealth((s) => s.noWebGL);
  if (noWebGL) return <NoWebGL />;

  return (
    <div className={['app', !firstFrame && 'booting', tourSearch !== null && 'touring', KIOSK && 'kiosk touring'].filter(Boolean).join(' ')}>
      <ErrorBoundary>{elementsReady && <Scene stars={stars} />}</ErrorBoundary>
      <Header onTour={() => setTourSearch('?tour=common-orbit')} touring={KIOSK || tourSearch !== null} />
      <Hud />
      <ViewSwitch />
      <LunarLayers />
      <PartsPanel />
      <TimeControls />
      {!KIOSK && <TlePanel />}
      <Notices />
      {firstFrame && KIOSK && (
        <Suspense fallback={null}>
          <KioskRoot />
        </Suspense>
      )}
      {firstFrame && !KIOSK && tourSearch !== null && (
        <Suspense fallback={null}>
          <TourRoot search={tourSearch} onExit={endTour} />
        </Suspense>
      )}
      {firstFrame && !KIOSK && passesOpen && (
        <Suspense fallback={null}>
          <PassesPanel />
        </Suspense>
      )}
      {firstFrame && !KIOSK && faqOpen && (
        <Suspense fallback={null}>
          <FaqPanel onStartTour={setTourSearch} />
        </Suspense>
      )}
      <LoadingOverlay dataReady={elementsReady} />
    </div>
  );
}
