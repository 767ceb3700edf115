import { findPasses, SiteTracker, type ObserverSite, type SatellitePass } from './passes';
import { passTrack, type PassTrack } from './passTrack';
import type { Satrec } from './sgp4';

/**
 * A pass's path across the whole sky, from the horizon (0°) to the horizon, for the view from the ground: a
 * listed pass counts from 10° up (passes.ts, the reference's threshold), but the ISS is in the sky, and in
 * the scene, from the moment it clears the horizon. The path is that of the same satellite and site, the
 * 0° pass that contains the listed one, sampled by passTrack.ts (its geometry, shadow and brightness; here
 * every `stepS`), so the ISS drawn from the same elements lies on it at every instant.
 */

/** Samples every 5 s: at the ISS's fastest (≈ 1.2°/s near the zenith of a high pass) 6° apart, drawn as a smooth arc. */
export const SKY_TRACK_STEP_S = 5;

/**
 * The horizon-to-horizon track of `pass` (from findPasses over `site` with `satrec`), or null when no pass above
 * 0° contains its highest point (SGP4 fails there). Times Unix ms, angles deg (passTrack.ts's PassTrack).
 */
export function horizonTrack(
  satrec: Satrec,
  site: ObserverSite,
  pass: Pick<SatellitePass, 'riseMs' | 'maxMs' | 'setMs'>,
  stepS = SKY_TRACK_STEP_S,
): PassTrack | null {
  // Any pass overlapping [rise, set] at 0° is found; the one culminating with the listed pass is its own.
  const candidates = findPasses(satrec, site, pass.riseMs, pass.setMs, { minElevationDeg: 0 });
  const whole = candidates.find((p) => p.riseMs <= pass.maxMs && pass.maxMs <= p.setMs);
  if (!whole) return null;
  return passTrack(new SiteTracker(satrec, site), whole, { stepS }).track;
}
