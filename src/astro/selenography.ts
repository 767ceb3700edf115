import { MOON_RADIUS_KM, moonPositionTemeKm, rotationMoonFixedToTeme, sunPositionTemeKm } from './moon';
import { DEG_PER_RAD, RAD_PER_DEG, type Degrees, type Kilometer, type Mat3, type UnixMs, type Vec3 } from './units';
import { vec3 } from './vec';

/**
 * Selenographic coordinates on a spherical Moon (radius MOON_RADIUS_KM = 1737.4 km, facts.md §5.1),
 * in the IAU Moon-fixed frame of moon.ts (+z north pole, +x prime meridian 0° E, +y 90° E).
 * Latitude is planetocentric (= planetographic on a sphere), south negative; longitude east-positive,
 * −180..180°, as in the IAU gazetteer (facts.md §5.1). Heights are above the sphere, km.
 */

export interface Selenographic {
  latDeg: Degrees;
  lonDeg: Degrees;
  heightKm: Kilometer;
}

export function newSelenographic(): Selenographic {
  return { latDeg: 0, lonDeg: 0, heightKm: 0 };
}

/** Selenographic (deg, deg, km above the sphere) → Moon-fixed Cartesian, km, written into `result`. */
export function selenographicToMoonFixedKm(latDeg: Degrees, lonDeg: Degrees, heightKm: Kilometer, result: Vec3): Vec3 {
  const lat = latDeg * RAD_PER_DEG;
  const lon = lonDeg * RAD_PER_DEG;
  const r = MOON_RADIUS_KM + heightKm;
  const c = Math.cos(lat);
  result[0] = r * c * Math.cos(lon);
  result[1] = r * c * Math.sin(lon);
  result[2] = r * Math.sin(lat);
  return result;
}

/**
 * Moon-fixed Cartesian (km) → selenographic latitude/east longitude (deg) and height above the
 * MOON_RADIUS_KM sphere (km). At the poles the longitude is atan2(±0, ·) (0° or 180°).
 */
export function moonFixedToSelenographic(positionMoonFixedKm: Vec3, result: Selenographic): Selenographic {
  const [x, y, z] = positionMoonFixedKm;
  const p = Math.hypot(x, y);
  result.latDeg = Math.atan2(z, p) * DEG_PER_RAD;
  result.lonDeg = Math.atan2(y, x) * DEG_PER_RAD;
  result.heightKm = Math.hypot(p, z) - MOON_RADIUS_KM;
  return result;
}

/**
 * Elevation (deg, −90..90) of a target above the local horizon of a point, both Moon-fixed km, on a
 * spherical Moon: the horizon plane is normal to the radius through the point. Topocentric (the line
 * of sight starts at the point, not at the Moon's centre); no refraction (no atmosphere).
 */
export function elevationDegFromMoonFixed(pointMoonFixedKm: Vec3, targetMoonFixedKm: Vec3): Degrees {
  const [px, py, pz] = pointMoonFixedKm;
  const dx = targetMoonFixedKm[0] - px;
  const dy = targetMoonFixedKm[1] - py;
  const dz = targetMoonFixedKm[2] - pz;
  // atan2(up·d, |up × d|): full precision near the zenith, where asin would lose ~1e-6°.
  const along = px * dx + py * dy + pz * dz;
  const cx = py * dz - pz * dy;
  const cy = pz * dx - px * dz;
  const cz = px * dy - py * dx;
  return Math.atan2(along, Math.hypot(cx, cy, cz)) * DEG_PER_RAD;
}

const scratchRotation: Mat3 = [vec3(), vec3(), vec3()];
const scratchMoonTeme: Vec3 = vec3();
const scratchSunTeme: Vec3 = vec3();
const scratchTargetMoonFixed: Vec3 = vec3();
const scratchPoint: Vec3 = vec3();
const ORIGIN_KM: Vec3 = [0, 0, 0];

/** `R`ᵀ · (a − b), i.e. a TEME difference vector expressed Moon-fixed, into `result`. */
function temeDifferenceToMoonFixed(r: Mat3, a: Vec3, b: Vec3, result: Vec3): Vec3 {
  const x = a[0] - b[0];
  const y = a[1] - b[1];
  const z = a[2] - b[2];
  result[0] = r[0][0] * x + r[1][0] * y + r[2][0] * z;
  result[1] = r[0][1] * x + r[1][1] * y + r[2][1] * z;
  result[2] = r[0][2] * x + r[1][2] * y + r[2][2] * z;
  return result;
}

/**
 * The Sun's centre relative to the Moon's centre, Moon-fixed, km: (Sun − Moon) geocentric TEME
 * (moon.ts sunPositionTemeKm: astronomy-engine GeoVector(Sun, aberration on) × 149 597 870.7 km;
 * moonPositionTemeKm: GeoMoon, geometric), turned by rotationMoonFixedToTemeᵀ. The aberration is the
 * Earth-centred one; the Moon's ~1 km/s geocentric speed changes it by < 1″.
 */
export function sunPositionSelenocentricMoonFixedKm(instantMs: UnixMs, result: Vec3): Vec3 {
  const r = rotationMoonFixedToTeme(instantMs, scratchRotation);
  const moon = moonPositionTemeKm(instantMs, scratchMoonTeme);
  const sun = sunPositionTemeKm(instantMs, scratchSunTeme);
  return temeDifferenceToMoonFixed(r, sun, moon, result);
}

/** The Earth's centre relative to the Moon's centre, Moon-fixed, km (−GeoMoon turned Moon-fixed). */
export function earthPositionSelenocentricMoonFixedKm(instantMs: UnixMs, result: Vec3): Vec3 {
  const r = rotationMoonFixedToTeme(instantMs, scratchRotation);
  const moon = moonPositionTemeKm(instantMs, scratchMoonTeme);
  return temeDifferenceToMoonFixed(r, ORIGIN_KM, moon, result);
}

/**
 * Elevation (deg) of the Sun's CENTRE above the local horizon at a selenographic point (deg, east
 * longitude) on the surface of the spherical Moon (radius 1737.4 km), topocentric, no refraction.
 * Frame: IAU Moon-fixed (moon.ts). Not the upper limb: add ~0.27° (the Sun's semi-diameter) for that.
 */
export function sunElevationDegAt(instantMs: UnixMs, latDeg: Degrees, lonDeg: Degrees): Degrees {
  sunPositionSelenocentricMoonFixedKm(instantMs, scratchTargetMoonFixed);
  selenographicToMoonFixedKm(latDeg, lonDeg, 0, scratchPoint);
  return elevationDegFromMoonFixed(scratchPoint, scratchTargetMoonFixed);
}

/**
 * Elevation (deg) of the Earth's CENTRE above the local horizon at a selenographic point (deg, east
 * longitude) on the surface of the spherical Moon, topocentric (the Earth's parallax across the Moon's
 * radius is up to ~0.26°, so it matters), no refraction. Frame: IAU Moon-fixed (moon.ts).
 */
export function earthElevationDegAt(instantMs: UnixMs, latDeg: Degrees, lonDeg: Degrees): Degrees {
  earthPositionSelenocentricMoonFixedKm(instantMs, scratchTargetMoonFixed);
  selenographicToMoonFixedKm(latDeg, lonDeg, 0, scratchPoint);
  return elevationDegFromMoonFixed(scratchPoint, scratchTargetMoonFixed);
}
