import { lunarSitePosition } from '../../astro/southPole';
import type { Waypoint } from '../../tour/schema';
import { clockActions } from '../../state/clock';
import { layerActions } from '../../state/layers';
import { viewActions } from '../../state/view';

/**
 * Puts the scene where a waypoint says: the clock paused at its instant, its layers, its vehicle, and a
 * flight to its camera. Returns the flight's number (the camera rig reports arrival by it).
 */
export function applyWaypoint(w: Waypoint): number {
  // Pause first: setRate re-anchors the clock, so the instant set after it stays exact.
  clockActions.setRate(0);
  clockActions.setTime(Date.parse(w.instant));
  // An earlier craft (Apollo–Soyuz, Mir) starts its illustrative lap from the step's instant.
  layerActions.show(w.layers, w.vehicle ?? 'iss', Date.parse(w.instant));
  const c = w.camera;
  if (c.kind === 'ground') return viewActions.setView('ground', { latDeg: c.latDeg, lonDeg: c.lonDeg });
  // A Moon camera with a site faces that site (lunar-sites.json; the schema checked the id).
  if (c.kind === 'moon' && c.siteId) return viewActions.setView('moon', lunarSitePosition(c.siteId) ?? null);
  return viewActions.setView(c.kind);
}
