import { Body, GeoVector, Rotation_EQJ_EQD, RotateVector, SiderealTime } from 'astronomy-engine';
import { gmstRad } from './frames';
import { DEG_PER_RAD, type Degrees, type Kilometer, type UnixMs, type Vec3 } from './units';
import { dot, mulMat3Vec3, rotationZ } from './vec';

/**
 * The Sun from astronomy-engine (VSOP87, apparent: light time and aberration), in J2000 (EQJ),
 * turned to the true equator and equinox of date (EQD), then to Earth-fixed by the apparent sidereal
 * time (GAST). TEME differs from EQD only by the equation of the equinoxes about z, so
 * TEME = Rz(GMST)ᵀ · ECEF keeps the Sun and SGP4 in one consistent inertial frame.
 */

const scratchRotation = rotationZ(0);

/** Unit vector toward the Sun's centre from the Earth's centre, Earth-fixed. */
export function sunDirectionEcef(instantMs: UnixMs, result: Vec3): Vec3 {
  const date = new Date(instantMs);
  const eqd = RotateVector(Rotation_EQJ_EQD(date), GeoVector(Body.Sun, date, true));
  const gastRad = (SiderealTime(date) * 15) / DEG_PER_RAD;
  const len = Math.hypot(eqd.x, eqd.y, eqd.z);
  const c = Math.cos(gastRad);
  const s = Math.sin(gastRad);
  result[0] = (c * eqd.x + s * eqd.y) / len;
  result[1] = (-s * eqd.x + c * eqd.y) / len;
  result[2] = eqd.z / len;
  return result;
}

/** Unit vector toward the Sun in TEME, from its Earth-fixed direction and GMST. */
export function sunDirectionTemeFromEcef(instantMs: UnixMs, sunDirectionEcefUnit: Vec3, result: Vec3): Vec3 {
  // ECEF = Rz(GMST) · TEME, so TEME = Rz(−GMST) · ECEF.
  return mulMat3Vec3(rotationZ(-gmstRad(instantMs), scratchRotation), sunDirectionEcefUnit, result);
}

export interface LatLon {
  latDeg: Degrees;
  lonDeg: Degrees;
}

/** The point where the Sun is at the zenith (geocentric latitude of the Sun's direction, longitude +E). */
export function subsolarPoint(sunDirectionEcefUnit: Vec3, result: LatLon): LatLon {
  const [x, y, z] = sunDirectionEcefUnit;
  result.latDeg = Math.atan2(z, Math.hypot(x, y)) * DEG_PER_RAD;
  result.lonDeg = Math.atan2(y, x) * DEG_PER_RAD;
  return result;
}

/** Earth radius used for the shadow test (WGS84 equatorial). */
const SHADOW_RADIUS_KM: Kilometer = 6378.137;

/**
 * Is the point sunlit? Cylindrical Earth shadow (the model of the pass reference, and good to a few
 * seconds at shadow entry for LEO): in shadow when behind the Earth and within one Earth radius of
 * the Sun–Earth axis. Both vectors in the same frame.
 */
export function isSunlit(positionKm: Vec3, sunDirectionUnit: Vec3): boolean {
  const along = dot(positionKm, sunDirectionUnit);
  if (along >= 0) return true;
  const perp2 = dot(positionKm, positionKm) - along * along;
  return perp2 > SHADOW_RADIUS_KM * SHADOW_RADIUS_KM;
}

export function newLatLon(): LatLon {
  return { latDeg: 0, lonDeg: 0 };
}

