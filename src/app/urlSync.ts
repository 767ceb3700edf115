import { simNowMs, useClock } from '../state/clock';
import { useElements } from '../state/elements';
import { isView, type CameraKind, type View } from '../content/vocabulary';
import { useView } from '../state/view';
import { formatUrlState } from './urlState';

const PERIODIC_MS = 2000;

/**
 * Keeps the address bar in step with what the user does (time, rate, view, pasted or URL elements),
 * with history.replaceState so the Back button is not flooded. Returns an unsubscribe function.
 */
export function startUrlSync(): () => void {
  const write = () => {
    const clock = useClock.getState();
    const override = useElements.getState().override;
    const query = formatUrlState(
      {
        simMs: simNowMs(),
        live: clock.live,
        rate: clock.rate,
        view: urlView(useView.getState().view),
        tle: override && override.source !== 'online' ? `${override.tle.line1}\n${override.tle.line2}` : null,
      },
      new URLSearchParams(window.location.search),
    );
    if (query !== window.location.search) {
      window.history.replaceState(null, '', `${window.location.pathname}${query}${window.location.hash}`);
    }
  };
  const unsubscribers = [useClock.subscribe(write), useView.subscribe(write), useElements.subscribe(write)];
  // A running, non-live clock keeps `t` current so a copied address opens where the user is.
  const timer = window.setInterval(() => {
    const c = useClock.getState();
    if (!c.live && c.rate !== 0) write();
  }, PERIODIC_MS);
  write();
  return () => {
    unsubscribers.forEach((u) => u());
    window.clearInterval(timer);
  };
}

/** A ground view (from a tour step) is not a URL view: the tour's own step parameter carries it. */
function urlView(view: CameraKind): View {
  return isView(view) ? view : 'earth';
}
