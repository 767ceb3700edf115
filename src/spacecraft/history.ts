import { WGS84_A_KM } from '../astro/frames';
import type { EarlierVehicle } from '../content/vocabulary';
import { sunDirectionEcef, sunDirectionTemeFromEcef } from '../astro/sun';
import type { Kilometer, Radians, UnixMs, Vec3 } from '../astro/units';
import { vec3 } from '../astro/vec';

/** Zarya, the first ISS module, launched 20 Nov 1998 06:40 UTC (facts.md T7). Before it there is no ISS. */
export const ISS_FIRST_MODULE_LAUNCH_MS = Date.parse('1998-11-20T06:40:00Z');

/**
 * Orbits of earlier spacecraft the tour shows before the ISS existed, as facts.md gives them. The
 * ascending node is not given there: these rings are illustrative in orientation [DERIVED]. `labelKey`:
 * the ring's label in the dictionaries, with the parameters {altitude} (km) and {inclination} (deg).
 */
export const HISTORIC_ORBITS = {
  // Apollo–Soyuz: about 217 × 231 km at 51.8° (facts.md T3).
  astp: { labelKey: 'orbit.historic.astp', altitudeKm: 225, inclinationDeg: 51.8 },
  // Mir: 51.6°, about 400 km (facts.md T4).
  mir: { labelKey: 'orbit.historic.mir', altitudeKm: 400, inclinationDeg: 51.6 },
} as const satisfies Record<EarlierVehicle, { labelKey: string; altitudeKm: Kilometer; inclinationDeg: number }>;

export type HistoricVehicle = EarlierVehicle;
export type HistoricOrbit = (typeof HISTORIC_ORBITS)[HistoricVehicle];

/** The Earth's gravitational parameter GM, km³/s² (WGS-84 / IERS value). */
export const EARTH_GM_KM3_PER_S2 = 398_600.4418;

export function historicOrbitRadiusKm(orbit: HistoricOrbit): Kilometer {
  return WGS84_A_KM + orbit.altitudeKm;
}

/** The circular orbit's true rate, rad/s: n = √(GM / r³) (88.9 min for Apollo–Soyuz, 92.6 min for Mir). */
export function historicMeanMotionRadPerS(orbit: HistoricOrbit): number {
  return Math.sqrt(EARTH_GM_KM3_PER_S2 / historicOrbitRadiusKm(orbit) ** 3);
}

/**
 * The point of the ring at argument of latitude `uRad`, TEME km, and its velocity, TEME km/s. The ring's
 * node is on TEME +x (illustrative, see HISTORIC_ORBITS): r = R (cos u, sin u cos i, sin u sin i).
 */
export function historicOrbitPointTeme(orbit: HistoricOrbit, uRad: Radians, positionKm: Vec3, velocityKmPerS?: Vec3): Vec3 {
  const r = historicOrbitRadiusKm(orbit);
  const i = (orbit.inclinationDeg * Math.PI) / 180;
  const c = Math.cos(uRad), s = Math.sin(uRad);
  positionKm[0] = r * c;
  positionKm[1] = r * s * Math.cos(i);
  positionKm[2] = r * s * Math.sin(i);
  if (velocityKmPerS) {
    const v = Math.sqrt(EARTH_GM_KM3_PER_S2 / r);
    velocityKmPerS[0] = -v * s;
    velocityKmPerS[1] = v * c * Math.cos(i);
    velocityKmPerS[2] = v * c * Math.sin(i);
  }
  return positionKm;
}

/**
 * Where on its ring a craft is drawn at `epochMs` (a tour step's instant): 45° of arc before the ring's
 * point nearest the Sun, so that it is in sunlight with the Sun ahead and above it. Illustrative, like
 * the ring: the sources give no position at these instants.
 */
export const HISTORIC_LEAD_RAD: Radians = Math.PI / 4;

const sunEcef = vec3();
const sunTeme = vec3();
const startCache = new Map<string, Radians>();

function startArgumentOfLatitude(orbit: HistoricOrbit, epochMs: UnixMs): Radians {
  const key = `${orbit.inclinationDeg}/${epochMs}`;
  let u = startCache.get(key);
  if (u === undefined) {
    sunDirectionTemeFromEcef(epochMs, sunDirectionEcef(epochMs, sunEcef), sunTeme);
    const i = (orbit.inclinationDeg * Math.PI) / 180;
    // The ring's in-plane axes: e1 = node (+x), e2 = (0, cos i, sin i); the Sun's angle in that plane.
    u = Math.atan2(sunTeme[1] * Math.cos(i) + sunTeme[2] * Math.sin(i), sunTeme[0]) - HISTORIC_LEAD_RAD;
    if (startCache.size > 16) startCache.clear();
    startCache.set(key, u);
  }
  return u;
}

/**
 * The craft's illustrative state at `instantMs`, TEME km and km/s: from its start point at `epochMs`
 * (see HISTORIC_LEAD_RAD) it moves along the ring at the orbit's true rate.
 */
export function historicStateTeme(orbit: HistoricOrbit, epochMs: UnixMs, instantMs: UnixMs, positionKm: Vec3, velocityKmPerS: Vec3): void {
  const u = startArgumentOfLatitude(orbit, epochMs) + historicMeanMotionRadPerS(orbit) * ((instantMs - epochMs) / 1000);
  historicOrbitPointTeme(orbit, u, positionKm, velocityKmPerS);
}
