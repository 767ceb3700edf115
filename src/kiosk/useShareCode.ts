import { useEffect, useMemo, useState } from 'react';
import { renderSVG } from 'uqr';
import { frame } from '../state/frame';
import { useLang } from '../state/lang';
import { isView } from '../content/vocabulary';
import { useView } from '../state/view';
import { useTour } from '../ui/tour/tourStore';
import { shareAddress } from './share';
import { kioskStats } from './stats';

/** How often the address is rechecked for a change of minute (store changes are seen at once). */
const CHECK_MS = 5_000;

function currentAddress(base: string, passesObserver: string | null): string {
  const { tour, player } = useTour.getState();
  const view = useView.getState().view;
  const touring = tour && player && player.status !== 'ended';
  return shareAddress(base, {
    tour: touring ? { id: tour.id, step: player.step } : null,
    view: isView(view) ? view : 'earth',
    lang: useLang.getState().lang,
    simMs: frame.snapshot.instantMs,
    passesObserver,
  });
}

/**
 * A QR code (an SVG data URL) of the address a phone should open to continue from the kiosk, or, with
 * `passesObserver` (an `observer` value), of the passes panel for that place. The code is encoded only when
 * that address changes (tour step, view, language, the minute, the choice), never per render.
 */
export function useShareCode(shareBaseUrl: string, passesObserver: string | null = null): { address: string; svgDataUrl: string } {
  const base = shareBaseUrl || `${window.location.origin}${window.location.pathname}`;
  const [address, setAddress] = useState(() => currentAddress(base, passesObserver));
  useEffect(() => {
    // Setting the same string again is no re-render (React bails out on an equal state).
    const update = () => setAddress(currentAddress(base, passesObserver));
    update();
    const timer = window.setInterval(update, CHECK_MS);
    const unsubscribers = [useTour.subscribe(update), useView.subscribe(update), useLang.subscribe(update)];
    return () => {
      window.clearInterval(timer);
      unsubscribers.forEach((u) => u());
    };
  }, [base, passesObserver]);
  const svgDataUrl = useMemo(() => {
    kioskStats.qrEncodings++;
    return `data:image/svg+xml;utf8,${encodeURIComponent(renderSVG(address, { border: 2 }))}`;
  }, [address]);
  return { address, svgDataUrl };
}
