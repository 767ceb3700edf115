import { create } from 'zustand';
import type { PassPrediction } from '../astro/passPrediction';
import type { ObserverSite } from '../astro/passes';
import type { PassTrack } from '../astro/passTrack';
import { horizonTrack } from '../astro/skyTrack';
import { clockActions, simNowMs, useClock } from './clock';
import { elementsFor, satrecFor } from './elements';
import { useView, viewActions } from './view';

/**
 * "Show this pass": the view from the ground of one pass of the ISS (src/scene/sky/). The camera stands at the
 * place, at eye height, looking where the ISS will rise; the clock runs at the real rate from a minute before
 * it rises; the sky shows its track, the horizon and the compass points. The camera kind is 'ground' over the
 * place (state/view.ts): this store says which pass, and lasts while that request is the camera's last one
 * (any other view chosen, by the view switch, a tour or a click on the ISS, ends it).
 */
export interface SkyPass {
  /** The pass as listed (rise, highest point and set at 10°, their azimuths). */
  pass: PassPrediction;
  site: ObserverSite;
  /** Its path from horizon to horizon (skyTrack.ts), from the elements the scene flies then; null where SGP4 fails. */
  track: PassTrack | null;
  /** The IANA zone the scene's time labels are written in (the place's, or this device's). */
  timeZone: string;
}

interface SkyViewState {
  sky: SkyPass | null;
  /** The camera request (view.ts flightSeq) that made it. */
  seq: number;
}

/** "About a minute before it rises": time to find the spot on the horizon before the ISS climbs through 10°. */
export const SKY_LEAD_MS = 60_000;

export const useSkyView = create<SkyViewState>(() => ({ sky: null, seq: -1 }));

/** The clock as it was before the pass was shown, put back by "Back to the Earth view". */
let clockBefore: { simMs: number; rate: number; live: boolean } | null = null;

export const skyViewActions = {
  /** Goes to the place and sets the clock a minute before the rise, running at 1× (so the user sees it rise). */
  show(pass: PassPrediction, site: ObserverSite, timeZone: string): void {
    const chosen = elementsFor(pass.riseMs);
    const track = chosen ? horizonTrack(satrecFor(chosen.tle), site, pass) : null;
    if (!useSkyView.getState().sky) {
      const c = useClock.getState();
      clockBefore = { simMs: simNowMs(), rate: c.rate, live: c.live };
    }
    // Rate first: setRate re-anchors the clock, so the instant set after it stays exact.
    clockActions.setRate(1);
    clockActions.setTime(pass.riseMs - SKY_LEAD_MS);
    // The store first, with the number the request will get: the camera rig sees both in one render.
    useSkyView.setState({ sky: { pass, site, track, timeZone }, seq: useView.getState().flightSeq + 1 });
    viewActions.setView('ground', { latDeg: site.latDeg, lonDeg: site.lonDeg });
  },
  /** The zone of the scene's time labels, once the place's is known (it is looked up while the panel opens). */
  setTimeZone(timeZone: string): void {
    const { sky } = useSkyView.getState();
    if (sky && sky.timeZone !== timeZone) useSkyView.setState({ sky: { ...sky, timeZone } });
  },
  /** Back to the Earth view, with the clock as it was before. */
  leave(): void {
    if (!useSkyView.getState().sky) return;
    const before = clockBefore;
    clockBefore = null;
    useSkyView.setState({ sky: null });
    if (before?.live) clockActions.goLive();
    else if (before) {
      clockActions.setRate(before.rate);
      clockActions.setTime(before.simMs);
    }
    viewActions.setView('earth');
  },
};

// Another camera request ends the view from the ground (the clock stays as the user has it then).
useView.subscribe((s) => {
  const { sky, seq } = useSkyView.getState();
  if (sky && s.flightSeq !== seq) {
    clockBefore = null;
    useSkyView.setState({ sky: null });
  }
});
