import { Rotation_EQJ_EQD } from 'astronomy-engine';
import { RAD_PER_DEG, type Degrees, type Mat3, type UnixMs, type Vec3 } from './units';

/** Unit vector of a star at J2000 right ascension/declination (deg), in the J2000 equatorial frame. */
export function starDirectionJ2000(raDeg: Degrees, decDeg: Degrees, result: Vec3): Vec3 {
  const ra = raDeg * RAD_PER_DEG;
  const dec = decDeg * RAD_PER_DEG;
  result[0] = Math.cos(dec) * Math.cos(ra);
  result[1] = Math.cos(dec) * Math.sin(ra);
  result[2] = Math.sin(dec);
  return result;
}

/**
 * J2000 (EQJ) → TEME by precession–nutation to the true equator and equinox of date (astronomy-engine,
 * IAU 2006/2000B). TEME's x-axis differs from the true equinox by the equation of the equinoxes
 * (≤ 1.2″), below what a star point can show. Row-major: result[r][c].
 */
export function rotationJ2000ToTeme(instantMs: UnixMs): Mat3 {
  // astronomy-engine stores rot[column][row] (it multiplies v' = Σ rot[j][i]·v[j]); transpose it.
  const rot = Rotation_EQJ_EQD(new Date(instantMs)).rot;
  return [
    [rot[0][0], rot[1][0], rot[2][0]],
    [rot[0][1], rot[1][1], rot[2][1]],
    [rot[0][2], rot[1][2], rot[2][2]],
  ];
}
