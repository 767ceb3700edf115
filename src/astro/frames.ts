import { gstime } from 'satellite.js';
import { DEG_PER_RAD, type Degrees, type Kilometer, type Mat3, type Radians, type UnixMs, type Vec3 } from './units';
import { rotationZ } from './vec';

/**
 * Earth frames.
 * - TEME: the SGP4 output frame (true equator, "mean" equinox); the scene's inertial frame.
 * - ECEF: Earth-fixed, taken equal to the pseudo-Earth-fixed frame (polar motion, < 0.5″, ignored).
 * TEME → ECEF is a rotation about z by GMST (IAU-82), Vallado 2006 §"TEME", the same GMST SGP4 uses.
 */

/** WGS84 ellipsoid (NIMA TR8350.2). */
export const WGS84_A_KM: Kilometer = 6378.137;
export const WGS84_F = 1 / 298.257223563;
const E2 = WGS84_F * (2 - WGS84_F);

/** Greenwich mean sidereal time (IAU-82, rad, 0..2π) at the instant. */
export function gmstRad(instantMs: UnixMs): Radians {
  return gstime(instantMs / 86_400_000 + 2440587.5);
}

export function rotationTemeToEcef(instantMs: UnixMs, result?: Mat3): Mat3 {
  return rotationZ(gmstRad(instantMs), result);
}

export interface Geodetic {
  latDeg: Degrees;
  lonDeg: Degrees;
  altKm: Kilometer;
}

/**
 * ECEF (km) → WGS84 geodetic latitude/longitude (deg) and height (km), by Bowring's iteration
 * (converges to < 1 mm in 3 steps for LEO heights).
 */
export function ecefToGeodetic(positionEcefKm: Vec3, result: Geodetic): Geodetic {
  const [x, y, z] = positionEcefKm;
  const p = Math.hypot(x, y);
  let lat = Math.atan2(z, p * (1 - E2));
  let n = WGS84_A_KM;
  for (let i = 0; i < 5; i++) {
    const s = Math.sin(lat);
    n = WGS84_A_KM / Math.sqrt(1 - E2 * s * s);
    lat = Math.atan2(z + n * E2 * s, p);
  }
  const s = Math.sin(lat);
  const c = Math.cos(lat);
  n = WGS84_A_KM / Math.sqrt(1 - E2 * s * s);
  // Height: stable form near the poles and the equator.
  result.altKm = p * c + z * s - (WGS84_A_KM * WGS84_A_KM) / n;
  result.latDeg = lat * DEG_PER_RAD;
  result.lonDeg = Math.atan2(y, x) * DEG_PER_RAD;
  return result;
}

/** WGS84 geodetic → ECEF (km). */
export function geodeticToEcef(latDeg: Degrees, lonDeg: Degrees, altKm: Kilometer, result: Vec3): Vec3 {
  const lat = latDeg / DEG_PER_RAD;
  const lon = lonDeg / DEG_PER_RAD;
  const s = Math.sin(lat);
  const n = WGS84_A_KM / Math.sqrt(1 - E2 * s * s);
  result[0] = (n + altKm) * Math.cos(lat) * Math.cos(lon);
  result[1] = (n + altKm) * Math.cos(lat) * Math.sin(lon);
  result[2] = (n * (1 - E2) + altKm) * s;
  return result;
}

/** Wraps a longitude into −180..180°. */
export function wrapLonDeg(lonDeg: Degrees): Degrees {
  const w = ((((lonDeg + 180) % 360) + 360) % 360) - 180;
  return w === -180 && lonDeg > 0 ? 180 : w;
}
