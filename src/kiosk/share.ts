import type { Lang, View } from '../content/vocabulary';

const MINUTE_MS = 60_000;

/** What a phone that scans the kiosk's code should open: the tour at its step, or the view at its minute. */
export interface ShareState {
  /** The tour and 0-based step being shown, or null in free exploration. */
  tour: { id: string; step: number } | null;
  view: View;
  lang: Lang;
  /** The simulated instant, Unix ms (kept to the minute: a phone would not notice the seconds). */
  simMs: number;
  /**
   * When the visitor asks for the passes over the museum: the `observer` value of its place. The address then
   * opens the passes panel there, on the phone's own clock (no `t`), instead of the tour or the view.
   */
  passesObserver?: string | null;
}

/**
 * The address the kiosk's QR code encodes: `base` plus the passes panel for the museum (`passes`,
 * `observer`), or the tour step (`tour`, `step`, 1-based), or the view and the time to the minute (`view`,
 * `t`); and the language. Pure, so the code is encoded only when this string changes.
 */
export function shareAddress(base: string, s: ShareState): string {
  const params = new URLSearchParams();
  if (s.passesObserver) {
    params.set('passes', '1');
    params.set('observer', s.passesObserver);
  } else if (s.tour) {
    params.set('tour', s.tour.id);
    params.set('step', String(s.tour.step + 1));
  } else {
    if (s.view !== 'earth') params.set('view', s.view);
    params.set('t', new Date(Math.floor(s.simMs / MINUTE_MS) * MINUTE_MS).toISOString().slice(0, 16) + 'Z');
  }
  if (s.lang !== 'en') params.set('lang', s.lang);
  // "," is as valid in a query as "%2C" and keeps the place readable ("observer=38.8881,-77.0199,10").
  return `${base}?${String(params).replace(/%2C/g, ',')}`;
}
