import { useEffect } from 'react';
import { nearestTle } from '../astro/tle';
import { simNowMs, useClock } from '../state/clock';
import { elementsActions, useElements } from '../state/elements';
import { noticeActions } from '../state/notices';
import { loadTleHistory } from './loadData';

const DAY_MS = 86_400_000;
/** Farther than this from every bundled set, the ISS's own element history is worth loading. */
const FAR_FROM_BUNDLED_DAYS = 3;

/**
 * Loads the ISS element history once the clock goes far from the bundled sets (a tour step in 1998, a
 * jump to 2021), so those dates fly the ISS's own orbit of the day; never for the present. A failure
 * leaves the bundled sets in use, with a notice (and the approximate flag tells the rest).
 */
export function useTleHistory(ready: boolean): void {
  useEffect(() => {
    if (!ready) return;
    let requested = false;
    const check = () => {
      const bundled = useElements.getState().bundled;
      if (requested || !bundled.length) return;
      const simMs = simNowMs();
      if (Math.abs(nearestTle(bundled, simMs).epochMs - simMs) <= FAR_FROM_BUNDLED_DAYS * DAY_MS) return;
      requested = true;
      loadTleHistory()
        .then((history) => elementsActions.setHistory(history))
        .catch((e: Error) => noticeActions.show('tle-history', 'hud.tleHistoryError', { error: e.message }));
    };
    check();
    const timer = window.setInterval(check, 5_000);
    const unsubscribe = useClock.subscribe(check);
    return () => {
      window.clearInterval(timer);
      unsubscribe();
    };
  }, [ready]);
}
