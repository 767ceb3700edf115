import {
  Body,
  GeoMoon,
  GeoVector,
  Illumination,
  MakeTime,
  Rotation_EQJ_EQD,
  RotationAxis,
  SiderealTime,
  type AstroTime,
} from 'astronomy-engine';
import { gmstRad } from './frames';
import type { LatLon } from './sun';
import { DEG_PER_RAD, MS_PER_DAY, RAD_PER_DEG, type Kilometer, type Mat3, type Radians, type UnixMs, type Vec3 } from './units';
import { vec3 } from './vec';

/**
 * The Moon: position, phase and orientation, in the scene's inertial frame (TEME, km).
 *
 * Frames used here
 * - EQJ: astronomy-engine's J2000 mean equator and equinox (≈ ICRF/GCRF to < 0.1″).
 * - EQD: true equator and equinox of date (astronomy-engine precession IAU 2006 + nutation IAU 2000B).
 * - TEME: true equator, "mean" equinox of date: TEME = Rz(GAST − GMST) · EQD, a passive rotation about
 *   z by the equation of the equinoxes (≤ ~18″). This is exactly the chain sun.ts uses
 *   (EQD → Earth-fixed by GAST, Earth-fixed → TEME by the IAU-82 GMST of frames.ts), so the Sun, the
 *   Moon and SGP4 share one inertial frame. (stars.ts drops the equation of the equinoxes; at the
 *   Moon's distance ≤ 18″ is up to ~35 km, so it is kept here.)
 * - Moon-fixed: the IAU/WGCCRE body-fixed frame of the Moon as astronomy-engine's RotationAxis gives it
 *   (the WGCCRE 2015 series, which approximates the mean-Earth/polar-axis "ME" frame):
 *   +z to the IAU north pole, +x to the prime meridian (0° E, the mean sub-Earth meridian), +y to
 *   90° E. Selenographic longitude is east-positive, −180..180°.
 *
 * Time: instants are JavaScript UTC milliseconds; astronomy-engine converts to TT with its ΔT model.
 */

/** Mean lunar radius, IAU/IAG 2000 (facts.md §5.1: 1737.4 km, the Moon_2000 sphere). */
export const MOON_RADIUS_KM: Kilometer = 1737.4;

/** The astronomical unit in km (IAU 2012 Resolution B2, exact). */
export const KM_PER_AU: Kilometer = 149_597_870.7;

/** 2000-01-01T12:00:00Z in Unix ms: astronomy-engine's numeric dates are UT days from it. */
const J2000_UNIX_MS = Date.UTC(2000, 0, 1, 12);

/** astronomy-engine time for a Unix-ms instant (UT ≈ UTC; TT via its ΔT model), without a Date. */
function astroTime(instantMs: UnixMs): AstroTime {
  return MakeTime((instantMs - J2000_UNIX_MS) / MS_PER_DAY);
}

// Module scratch: the per-frame path allocates nothing of its own (astronomy-engine allocates inside).
const scratchEqjToTeme: Mat3 = [vec3(), vec3(), vec3()];

/**
 * J2000 (EQJ) → TEME rotation at the instant, row-major (result[r][c]), written into `result`:
 * TEME = Rz(GAST − GMST) · EQD, EQD = Rotation_EQJ_EQD · EQJ (see the module comment).
 * GAST: astronomy-engine SiderealTime; GMST: frames.ts gmstRad (IAU-82, as SGP4 and sun.ts use).
 */
export function rotationEqjToTeme(instantMs: UnixMs, result: Mat3): Mat3 {
  return eqjToTemeAt(astroTime(instantMs), instantMs, result);
}

function eqjToTemeAt(date: AstroTime, instantMs: UnixMs, result: Mat3): Mat3 {
  // astronomy-engine stores rot[column][row]: v'_i = Σ_j rot[j][i] v_j.
  const rot = Rotation_EQJ_EQD(date).rot;
  // Equation of the equinoxes as sun.ts realises it (GAST − GMST), rad.
  const ee: Radians = SiderealTime(date) * 15 * RAD_PER_DEG - gmstRad(instantMs);
  const c = Math.cos(ee);
  const s = Math.sin(ee);
  for (let col = 0; col < 3; col++) {
    const x = rot[col][0];
    const y = rot[col][1];
    // Passive Rz(ee): [c s 0; −s c 0; 0 0 1] · EQD.
    result[0][col] = c * x + s * y;
    result[1][col] = -s * x + c * y;
    result[2][col] = rot[col][2];
  }
  return result;
}

function applyRows(m: Mat3, x: number, y: number, z: number, result: Vec3): Vec3 {
  result[0] = m[0][0] * x + m[0][1] * y + m[0][2] * z;
  result[1] = m[1][0] * x + m[1][1] * y + m[1][2] * z;
  result[2] = m[2][0] * x + m[2][1] * y + m[2][2] * z;
  return result;
}

/**
 * Geocentric position of the Moon's centre, TEME, km.
 * Source: astronomy-engine GeoMoon (Montenbruck & Pfleger's version of Brown/ILE; geometric, no light
 * time or aberration: the true centre-to-centre vector), EQJ AU → TEME km. astronomy-engine 2.1 runs
 * ~6–13 km short of DE405 on the distance (sun-moon-reference.json _about; observed 9–12 km in 2026).
 */
export function moonPositionTemeKm(instantMs: UnixMs, result: Vec3): Vec3 {
  const time = astroTime(instantMs);
  const moonEqjAu = GeoMoon(time);
  const m = eqjToTemeAt(time, instantMs, scratchEqjToTeme);
  return applyRows(m, moonEqjAu.x * KM_PER_AU, moonEqjAu.y * KM_PER_AU, moonEqjAu.z * KM_PER_AU, result);
}

/**
 * Geocentric position of the Sun's centre, TEME, km: astronomy-engine GeoVector(Body.Sun, date, true)
 * (VSOP87, light time and aberration for an Earth-centred observer, as sun.ts) × KM_PER_AU, EQJ → TEME.
 */
export function sunPositionTemeKm(instantMs: UnixMs, result: Vec3): Vec3 {
  const time = astroTime(instantMs);
  const sunEqjAu = GeoVector(Body.Sun, time, true);
  const m = eqjToTemeAt(time, instantMs, scratchEqjToTeme);
  return applyRows(m, sunEqjAu.x * KM_PER_AU, sunEqjAu.y * KM_PER_AU, sunEqjAu.z * KM_PER_AU, result);
}

/**
 * Illuminated fraction of the Moon's disc seen from the Earth's centre, 0..1 (dimensionless):
 * astronomy-engine Illumination(Body.Moon).phase_fraction = (1 + cos phase angle) / 2.
 */
export function moonIlluminatedFraction(instantMs: UnixMs): number {
  return Illumination(Body.Moon, astroTime(instantMs)).phase_fraction;
}

/**
 * Rotation Moon-fixed → TEME, row-major: v_TEME = R · v_MoonFixed (columns of R are the Moon-fixed
 * axes expressed in TEME). Written into `result` when given.
 *
 * Source: astronomy-engine RotationAxis(Body.Moon) = the IAU WGCCRE 2015 lunar model: north pole right
 * ascension α0 and declination δ0 in J2000 (EQJ) and prime-meridian angle W, measured eastward along
 * the lunar equator from its ascending node Q on the J2000 equator (Q lies at right ascension α0 + 90°).
 *
 * Convention (Archinal et al. 2011/2018, WGCCRE): with ACTIVE rotations (rotate the vector, fixed axes)
 *   R_MoonFixed→EQJ = Rz(α0 + 90°) · Rx(90° − δ0) · Rz(W),
 * equivalently the PASSIVE (frame) rotation EQJ → Moon-fixed is Rz(W) · Rx(90° − δ0) · Rz(α0 + 90°).
 * Check: Moon-fixed +z ↦ (cos δ0 cos α0, cos δ0 sin α0, sin δ0), the pole; +x ↦ Q when W = 0.
 * Then R_MoonFixed→TEME = R_EQJ→TEME · R_MoonFixed→EQJ (rotationEqjToTeme).
 */
export function rotationMoonFixedToTeme(instantMs: UnixMs, result?: Mat3): Mat3 {
  const out = result ?? [vec3(), vec3(), vec3()];
  const time = astroTime(instantMs);
  const axis = RotationAxis(Body.Moon, time);
  const a = (axis.ra * 15 + 90) * RAD_PER_DEG; // α0 + 90°, rad (ra is in sidereal hours)
  const i = (90 - axis.dec) * RAD_PER_DEG; // 90° − δ0
  const w = axis.spin * RAD_PER_DEG; // W
  const ca = Math.cos(a);
  const sa = Math.sin(a);
  const ci = Math.cos(i);
  const si = Math.sin(i);
  const cw = Math.cos(w);
  const sw = Math.sin(w);
  // Active Rz(a)·Rx(i)·Rz(w), expanded (the classical 3-1-3 Euler matrix).
  const b00 = ca * cw - sa * ci * sw;
  const b01 = -ca * sw - sa * ci * cw;
  const b02 = sa * si;
  const b10 = sa * cw + ca * ci * sw;
  const b11 = -sa * sw + ca * ci * cw;
  const b12 = -ca * si;
  const b20 = si * sw;
  const b21 = si * cw;
  const b22 = ci;
  const m = eqjToTemeAt(time, instantMs, scratchEqjToTeme);
  for (let r = 0; r < 3; r++) {
    const m0 = m[r][0];
    const m1 = m[r][1];
    const m2 = m[r][2];
    out[r][0] = m0 * b00 + m1 * b10 + m2 * b20;
    out[r][1] = m0 * b01 + m1 * b11 + m2 * b21;
    out[r][2] = m0 * b02 + m1 * b12 + m2 * b22;
  }
  return out;
}

const scratchMoonFixedToTeme: Mat3 = [vec3(), vec3(), vec3()];
const scratchMoonTeme: Vec3 = vec3();

/**
 * Sub-Earth point on the Moon: selenographic latitude and east longitude (deg, −180..180) of the
 * direction from the Moon's centre to the Earth's centre, in the IAU Moon-fixed frame (geometric:
 * no light time, ~1.3 s, which moves the point < 0.001°). This is the total (optical + physical)
 * libration in the IAU frame.
 */
export function subEarthPointDeg(instantMs: UnixMs, result: LatLon): LatLon {
  const r = rotationMoonFixedToTeme(instantMs, scratchMoonFixedToTeme);
  const p = moonPositionTemeKm(instantMs, scratchMoonTeme);
  // Earth from the Moon is −p; Moon-fixed = Rᵀ · TEME.
  const x = -(r[0][0] * p[0] + r[1][0] * p[1] + r[2][0] * p[2]);
  const y = -(r[0][1] * p[0] + r[1][1] * p[1] + r[2][1] * p[2]);
  const z = -(r[0][2] * p[0] + r[1][2] * p[1] + r[2][2] * p[2]);
  result.latDeg = Math.atan2(z, Math.hypot(x, y)) * DEG_PER_RAD;
  result.lonDeg = Math.atan2(y, x) * DEG_PER_RAD;
  return result;
}
