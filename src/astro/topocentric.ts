import { geodeticToEcef } from './frames';
import type { ObserverSite } from './passes';
import { DEG_PER_RAD, RAD_PER_DEG, type Degrees, type Kilometer, type Vec3 } from './units';

/**
 * The sky seen from a place on the ground: the local East-North-Up frame at a WGS84 geodetic site (axes about the
 * ellipsoid normal, as passes.ts measures look angles), and directions given as azimuth (from north, clockwise
 * through east) and elevation (above the geodetic horizon, no refraction). For the "view from the ground"
 * of a pass (src/scene/sky/): the camera at the place, a sky dome around it. Angles deg, lengths km.
 */

/** A direction in the sky: azimuth from north, clockwise, 0..360°; elevation −90..90°. */
export interface AzEl {
  azimuthDeg: Degrees;
  elevationDeg: Degrees;
}

/** The eye of someone standing at the place: about 2 m above the ground (the site's height). */
export const EYE_HEIGHT_KM: Kilometer = 0.002;

/**
 * The site's East, North and Up unit vectors in ECEF components (Up = the ellipsoid normal), written into
 * `east`, `north`, `up`. E × N = U (a right-handed frame).
 */
export function enuBasisEcef(latDeg: Degrees, lonDeg: Degrees, east: Vec3, north: Vec3, up: Vec3): void {
  const lat = latDeg * RAD_PER_DEG;
  const lon = lonDeg * RAD_PER_DEG;
  const sLat = Math.sin(lat);
  const cLat = Math.cos(lat);
  const sLon = Math.sin(lon);
  const cLon = Math.cos(lon);
  east[0] = -sLon;
  east[1] = cLon;
  east[2] = 0;
  north[0] = -sLat * cLon;
  north[1] = -sLat * sLon;
  north[2] = cLat;
  up[0] = cLat * cLon;
  up[1] = cLat * sLon;
  up[2] = sLat;
}

/** The unit vector (east, north, up) toward azimuth/elevation. */
export function azElToEnu(azimuthDeg: Degrees, elevationDeg: Degrees, out: Vec3): Vec3 {
  const az = azimuthDeg * RAD_PER_DEG;
  const el = elevationDeg * RAD_PER_DEG;
  const cEl = Math.cos(el);
  out[0] = Math.sin(az) * cEl;
  out[1] = Math.cos(az) * cEl;
  out[2] = Math.sin(el);
  return out;
}

/** Azimuth and elevation of an (east, north, up) vector of any length (not zero). */
export function enuToAzEl(enu: Vec3, out: AzEl): AzEl {
  const [e, n, u] = enu;
  // atan2 over the horizontal length: exact at the zenith, as passes.ts's look angles.
  out.elevationDeg = Math.atan2(u, Math.hypot(e, n)) * DEG_PER_RAD;
  const az = Math.atan2(e, n) * DEG_PER_RAD;
  out.azimuthDeg = az < 0 ? az + 360 : az;
  return out;
}

/** ENU components (km or unit) → ECEF components, with the site's basis (enuBasisEcef). */
export function enuToEcef(enu: Vec3, east: Vec3, north: Vec3, up: Vec3, out: Vec3): Vec3 {
  for (let i = 0; i < 3; i++) out[i] = enu[0] * east[i] + enu[1] * north[i] + enu[2] * up[i];
  return out;
}

/** ECEF components → ENU components, with the site's basis (the transpose of enuToEcef). */
export function ecefToEnu(v: Vec3, east: Vec3, north: Vec3, up: Vec3, out: Vec3): Vec3 {
  const [x, y, z] = v;
  out[0] = x * east[0] + y * east[1] + z * east[2];
  out[1] = x * north[0] + y * north[1] + z * north[2];
  out[2] = x * up[0] + y * up[1] + z * up[2];
  return out;
}

/** Where the eye is: EYE_HEIGHT_KM above the site (its height above the ellipsoid included), ECEF km. */
export function eyeEcef(site: ObserverSite, out: Vec3): Vec3 {
  return geodeticToEcef(site.latDeg, site.lonDeg, site.heightKm + EYE_HEIGHT_KM, out);
}
