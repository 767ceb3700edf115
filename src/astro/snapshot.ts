import { ecefToGeodetic, gmstRad, rotationTemeToEcef, type Geodetic } from './frames';
import { propagateTeme, type Satrec } from './sgp4';
import { isSunlit, subsolarPoint, sunDirectionEcef, sunDirectionTemeFromEcef, type LatLon } from './sun';
import { moonIlluminatedFraction, moonPositionTemeKm, rotationMoonFixedToTeme } from './moon';
import { earthElevationDegAt, sunElevationDegAt, sunPositionSelenocentricMoonFixedKm } from './selenography';
import { SHACKLETON_CENTRE as SHACKLETON } from './shackletonCentre';
import type { Degrees, Kilometer, KilometerPerSecond, Mat3, Radians, UnixMs, Vec3 } from './units';
import { mulMat3Vec3, norm, rotationZ, vec3 } from './vec';

/**
 * Everything the scene and the HUD need at one simulated instant, computed in one place.
 * Filled in place (no allocation by this code) so it can run every frame.
 */
export interface Snapshot {
  instantMs: UnixMs;
  gmstRad: Radians;
  rotationTemeToEcef: Mat3;
  sunDirectionEcef: Vec3;
  sunDirectionTeme: Vec3;
  subsolar: LatLon;
  issPositionTemeKm: Vec3;
  issVelocityTemeKmPerS: Vec3;
  issPositionEcefKm: Vec3;
  issGeodetic: Geodetic;
  /** Inertial (TEME) speed. */
  issSpeedKmPerS: KilometerPerSecond;
  issSunlit: boolean;
  /** Instant the Moon fields were computed at. */
  moonInstantMs: UnixMs;
  moonPositionTemeKm: Vec3;
  rotationMoonFixedToTeme: Mat3;
  /** Unit vector from the Moon's centre toward the Sun, Moon-fixed (for lunar surface lighting). */
  sunDirectionMoonFixed: Vec3;
  moonDistanceKm: Kilometer;
  moonIlluminatedFraction: number;
  shackletonSunElevationDeg: Degrees;
  shackletonEarthElevationDeg: Degrees;
}

export function newSnapshot(): Snapshot {
  return {
    instantMs: 0,
    gmstRad: 0,
    rotationTemeToEcef: rotationZ(0),
    sunDirectionEcef: vec3(),
    sunDirectionTeme: vec3(),
    subsolar: { latDeg: 0, lonDeg: 0 },
    issPositionTemeKm: vec3(),
    issVelocityTemeKmPerS: vec3(),
    issPositionEcefKm: vec3(),
    issGeodetic: { latDeg: 0, lonDeg: 0, altKm: 0 },
    issSpeedKmPerS: 0,
    issSunlit: true,
    moonInstantMs: NaN,
    moonPositionTemeKm: vec3(),
    rotationMoonFixedToTeme: rotationZ(0),
    sunDirectionMoonFixed: vec3(),
    moonDistanceKm: 0,
    moonIlluminatedFraction: 0,
    shackletonSunElevationDeg: 0,
    shackletonEarthElevationDeg: 0,
  };
}

/** The Earth and Sun part, which never fails. */
export function updateEarthAndSun(snapshot: Snapshot, instantMs: UnixMs): void {
  snapshot.instantMs = instantMs;
  snapshot.gmstRad = gmstRad(instantMs);
  rotationTemeToEcef(instantMs, snapshot.rotationTemeToEcef);
  sunDirectionEcef(instantMs, snapshot.sunDirectionEcef);
  sunDirectionTemeFromEcef(instantMs, snapshot.sunDirectionEcef, snapshot.sunDirectionTeme);
  subsolarPoint(snapshot.sunDirectionEcef, snapshot.subsolar);
}

/**
 * The ISS part, from `satrec` at the snapshot's instant (call updateEarthAndSun first).
 * Returns null, or the SGP4 error text with the ISS fields left at their last good values.
 */
export function updateIss(snapshot: Snapshot, satrec: Satrec): string | null {
  const error = propagateTeme(satrec, snapshot.instantMs, snapshot.issPositionTemeKm, snapshot.issVelocityTemeKmPerS);
  if (error) return error;
  mulMat3Vec3(snapshot.rotationTemeToEcef, snapshot.issPositionTemeKm, snapshot.issPositionEcefKm);
  ecefToGeodetic(snapshot.issPositionEcefKm, snapshot.issGeodetic);
  snapshot.issSpeedKmPerS = norm(snapshot.issVelocityTemeKmPerS);
  snapshot.issSunlit = isSunlit(snapshot.issPositionTemeKm, snapshot.sunDirectionTeme);
  return null;
}

/** The Moon part is recomputed when the clock has moved this far (it moves ~1 km/s, ~0.5″/s). */
export const MOON_RECOMPUTE_MS = 5_000;

/**
 * The Moon part (position, orientation, phase, and the Sun and Earth seen from Shackleton). It costs a
 * dozen astronomy-engine evaluations, so it runs when the clock has moved MOON_RECOMPUTE_MS, not every
 * frame; a paused clock computes it exactly once, at the pinned instant.
 */
export function updateMoon(snapshot: Snapshot): void {
  const t = snapshot.instantMs;
  if (Math.abs(t - snapshot.moonInstantMs) < MOON_RECOMPUTE_MS) return;
  snapshot.moonInstantMs = t;
  moonPositionTemeKm(t, snapshot.moonPositionTemeKm);
  rotationMoonFixedToTeme(t, snapshot.rotationMoonFixedToTeme);
  const sun = sunPositionSelenocentricMoonFixedKm(t, snapshot.sunDirectionMoonFixed);
  const len = norm(sun);
  sun[0] /= len;
  sun[1] /= len;
  sun[2] /= len;
  snapshot.moonDistanceKm = norm(snapshot.moonPositionTemeKm);
  snapshot.moonIlluminatedFraction = moonIlluminatedFraction(t);
  snapshot.shackletonSunElevationDeg = sunElevationDegAt(t, SHACKLETON.latDeg, SHACKLETON.lonDeg);
  snapshot.shackletonEarthElevationDeg = earthElevationDegAt(t, SHACKLETON.latDeg, SHACKLETON.lonDeg);
}
