import { passTrack, type PassBrightness, type PassTrack } from './passTrack';
import { findPasses, SiteTracker, type ObserverSite, type SatellitePass } from './passes';
import type { Satrec } from './sgp4';
import { MS_PER_DAY, type Degrees, type UnixMs } from './units';

/**
 * "See it from home": every pass of the ISS above 10° over a site for a few days, each with its sky track,
 * shadow crossings and brightness estimate. findPasses (passes.ts) finds the passes; passTrack.ts samples them.
 * Times Unix ms (UTC), angles deg, distances km. Measured here: 10–30 ms for 3 days over one site once warm
 * (the first call in a page, ~100 ms, includes JIT warm-up).
 */

export const DEFAULT_PASS_WINDOW_DAYS = 3;
/** Beyond ~10 days a TLE's along-track error grows to minutes: predictions would mislead. */
export const MAX_PASS_WINDOW_DAYS = 10;

export interface PassPrediction extends SatellitePass {
  /** setMs − riseMs, s. */
  durationS: number;
  track: PassTrack;
  /** The satellite enters the Earth's shadow at this instant during the pass (null: it does not). */
  shadowEntryMs: UnixMs | null;
  /** The satellite leaves the Earth's shadow at this instant during the pass (null: it does not). */
  shadowExitMs: UnixMs | null;
  /** The brightest sunlit sample of the track; null when the pass is in shadow throughout. */
  brightest: PassBrightness | null;
}

export interface PredictPassesOptions {
  /** Window length, days, 0 < days ≤ MAX_PASS_WINDOW_DAYS (default 3). */
  days?: number;
  /** Elevation threshold, deg (default 10, the reference's). */
  minElevationDeg?: Degrees;
  /** Track sample spacing, s (default 10). */
  trackStepS?: number;
  /** Standard magnitude (default the ISS's, passMagnitude.ts). */
  standardMagnitude?: number;
}

/**
 * Passes that overlap [startMs, startMs + days) (a pass in progress at startMs included), sorted by rise.
 * `visible` is the pass reference's definition (passes.ts): sunlit at culmination with the Sun below −6°.
 * Throws RangeError for days outside (0, MAX_PASS_WINDOW_DAYS] or a non-positive track step.
 */
export function predictPasses(
  satrec: Satrec,
  site: ObserverSite,
  startMs: UnixMs,
  options: PredictPassesOptions = {},
): PassPrediction[] {
  const days = options.days ?? DEFAULT_PASS_WINDOW_DAYS;
  if (!(days > 0 && days <= MAX_PASS_WINDOW_DAYS)) {
    throw new RangeError(`days must be in (0, ${MAX_PASS_WINDOW_DAYS}], got ${days}`);
  }
  const passes = findPasses(satrec, site, startMs, startMs + days * MS_PER_DAY, {
    minElevationDeg: options.minElevationDeg,
  });
  const tracker = new SiteTracker(satrec, site);
  const trackOptions = { stepS: options.trackStepS, standardMagnitude: options.standardMagnitude };
  return passes.map((pass) => ({
    ...pass,
    durationS: (pass.setMs - pass.riseMs) / 1000,
    ...passTrack(tracker, pass, trackOptions),
  }));
}
