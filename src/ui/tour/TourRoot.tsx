import { useEffect } from 'react';
import { setLang, useDictionarySection, useLang } from '../../state/lang';
import { noticeActions } from '../../state/notices';
import { useView } from '../../state/view';
import { loadTours, stepCounts } from '../../tour/loadTour';
import { formatDeepLink, parseDeepLink } from '../../tour/player';
import { layerActions } from '../../state/layers';
import TourPanel from './TourPanel';
import { paceFromSearch, tourActions, useTour } from './tourStore';

const DEFAULT_TOUR = 'common-orbit';

/**
 * Loads and validates the tours (this whole folder is its own chunk), starts the one the address asks
 * for (`?tour=common-orbit&step=N&lang=ru`, `pace` scales reading times) or the main tour, keeps the
 * address in step, and hands back to free exploration on exit or when the tour cannot load.
 */
export default function TourRoot({ search, onExit }: { search: string; onExit: () => void }) {
  // The steps' texts are a dictionary section of their own: the tour starts once they are loaded.
  const textsReady = useDictionarySection('tour');
  useEffect(() => {
    if (!textsReady) return;
    const { tours, errors } = loadTours();
    errors.forEach((e, i) => noticeActions.show(`tour-file-${i}`, 'ui.errorTour', { error: e }));
    const link = parseDeepLink(search, stepCounts(tours));
    link.notices.forEach((n, i) => noticeActions.show(`tour-link-${i}`, n.key, n.params));
    if (link.lang) setLang(link.lang);
    // A tour the address names but that does not exist: the notice says so, and the visitor explores freely.
    const named = new URLSearchParams(search).get('tour');
    const tour = tours.find((t) => t.id === (named === null ? DEFAULT_TOUR : link.tourId));
    if (!tour) {
      onExit();
      return;
    }
    tourActions.start(tour, link.step ?? 0, {
      pace: paceFromSearch(search),
      reducedMotion: useView.getState().reducedMotion,
    });
    return () => {
      tourActions.exit();
      layerActions.show('all');
    };
  }, [search, onExit, textsReady]);

  // The address follows the step; leaving the tour removes it.
  useEffect(
    () =>
      useTour.subscribe((s) => {
        if (!s.player || !s.tour) {
          const params = new URLSearchParams(window.location.search);
          ['tour', 'step', 'pace'].forEach((k) => params.delete(k));
          const q = params.toString();
          window.history.replaceState(null, '', `${window.location.pathname}${q ? `?${q}` : ''}`);
          onExit();
          return;
        }
        const query = formatDeepLink({ tourId: s.tour.id, step: s.player.step, lang: useLang.getState().lang }, window.location.search);
        if (query !== window.location.search) window.history.replaceState(null, '', `${window.location.pathname}${query}`);
      }),
    [onExit],
  );

  return textsReady ? <TourPanel /> : null;
}
