import { predictPasses, type PassPrediction } from '../../astro/passPrediction';
import type { ObserverSite } from '../../astro/passes';
import { satrecFromLines } from '../../astro/sgp4';
import type { UnixMs } from '../../astro/units';

/**
 * One pass prediction the panel asks for: the element set (its two lines, so that it crosses to a worker as
 * text), the place, the window's start and its length. The same request always gives the same passes, so a
 * request's key is what the result is cached on.
 */
export interface PassRequest {
  line1: string;
  line2: string;
  site: ObserverSite;
  startMs: UnixMs;
  days: number;
}

/**
 * The window starts at the simulated instant rounded down to 10 minutes: a running clock asks for a new
 * prediction six times a simulated hour, not on every render, and a pass in progress at the start is still
 * listed (predictPasses keeps passes that overlap the window).
 */
export const WINDOW_STEP_MS = 10 * 60_000;

export function windowStartMs(simMs: UnixMs): UnixMs {
  return Math.floor(simMs / WINDOW_STEP_MS) * WINDOW_STEP_MS;
}

export function passRequestKey(r: PassRequest): string {
  const { latDeg, lonDeg, heightKm } = r.site;
  return `${r.line1}|${r.line2}|${latDeg},${lonDeg},${heightKm}|${r.startMs}|${r.days}`;
}

/** The passes of a request (predictPasses: every pass above 10° with its track and brightness). */
export function computePasses(r: PassRequest): PassPrediction[] {
  return predictPasses(satrecFromLines(r.line1, r.line2), r.site, r.startMs, { days: r.days });
}
