import { ecefToGeodetic, gmstRad, rotationTemeToEcef, type Geodetic } from './frames';
import { propagateTeme, type Satrec } from './sgp4';
import { isSunlit, subsolarPoint, sunDirectionEcef, sunDirectionTemeFromEcef, type LatLon } from './sun';
import type { KilometerPerSecond, Mat3, Radians, UnixMs, Vec3 } from './units';
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
