import { newSnapshot, updateEarthAndSun, updateIss, updateMoon } from '../astro/snapshot';
import type { Tle } from '../astro/tle';
import { simNowMs } from './clock';
import { elementsActions, elementsFor, satrecFor, sgp4ErrorParam, type TleSource } from './elements';
import { ISS_FIRST_MODULE_LAUNCH_MS } from '../spacecraft/history';
import { noticeActions } from './notices';

/**
 * Per-frame values, mutated in place once per frame by `stepSimulation` (no React state): the scene
 * and the HUD read them. Split from the zustand stores, which hold what changes at human pace.
 */
export const frame = {
  snapshot: newSnapshot(),
  /** Elements that produced the ISS fields of `snapshot`; null until the first good propagation. */
  tle: null as Tle | null,
  tleSource: 'bundled' as TleSource,
  /** Rendered frames and the time of the first one (performance.now ms), for the HUD and benchmarks. */
  frameCount: 0,
  /** Animation-frame ticks, drawn or not (the scene renders on demand): the kiosk watchdog's heartbeat. */
  tickCount: 0,
  firstFrameAtMs: null as number | null,
  /** False before the first ISS module was launched: the station is not drawn then. */
  issExists: true,
};

let lastIssError: string | null = null;

export function stepSimulation(realMs: number): void {
  const simMs = simNowMs(realMs);
  const s = frame.snapshot;
  updateEarthAndSun(s, simMs);
  updateMoon(s);
  const exists = simMs >= ISS_FIRST_MODULE_LAUNCH_MS;
  if (exists !== frame.issExists) {
    frame.issExists = exists;
    if (exists) noticeActions.dismiss('no-iss');
    else noticeActions.show('no-iss', 'hud.noIss');
  }
  const chosen = elementsFor(simMs);
  if (!chosen) return;
  let error = updateIss(s, satrecFor(chosen.tle));
  if (error && chosen.source !== 'bundled') {
    elementsActions.rejectOverride(error, simMs);
    const fallback = elementsFor(simMs);
    error = fallback ? updateIss(s, satrecFor(fallback.tle)) : error;
    if (!error && fallback) Object.assign(frame, { tle: fallback.tle, tleSource: fallback.source });
  } else if (!error) {
    frame.tle = chosen.tle;
    frame.tleSource = chosen.source;
  }
  if (!frame.issExists) error = null;
  if (error !== lastIssError) {
    lastIssError = error;
    if (error) noticeActions.show('iss-propagation', 'hud.issUnavailable', { error: sgp4ErrorParam(error) });
    else noticeActions.dismiss('iss-propagation');
  }
}
