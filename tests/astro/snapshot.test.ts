import { describe, expect, it } from 'vitest';
import { ecefToGeodetic, geodeticToEcef, gmstRad, rotationTemeToEcef } from '../../src/astro/frames';
import { propagateTeme, satrecFromLines } from '../../src/astro/sgp4';
import { newSnapshot, updateEarthAndSun, updateIss, type Snapshot } from '../../src/astro/snapshot';
import { isSunlit, subsolarPoint, sunDirectionEcef } from '../../src/astro/sun';
import { parseTle } from '../../src/astro/tle';
import { RAD_PER_DEG, type Vec3 } from '../../src/astro/units';
import { dot, mulMat3Vec3, norm, transposeMat3 } from '../../src/astro/vec';
import { PASS_SITES } from './fixtures/iss-passes-reference';
import { ISS_TLE_2026_09_16 } from './fixtures/iss-tles';
import { VERIFICATION_CASES } from './fixtures/sgp4-verification';

const MINUTE_MS = 60_000;

function distance(a: Vec3, b: Vec3): number {
  return Math.hypot(a[0] - b[0], a[1] - b[1], a[2] - b[2]);
}

const parsedIss = parseTle(`${ISS_TLE_2026_09_16.line1}\n${ISS_TLE_2026_09_16.line2}`);
if (!parsedIss.ok) throw new Error(parsedIss.error);
const issEpochMs = parsedIss.tle.epochMs;
const issSatrec = satrecFromLines(ISS_TLE_2026_09_16.line1, ISS_TLE_2026_09_16.line2);

/** Epoch of TLE (c), facts.md §4.2 (2026-09-16 20:27:47 UTC), and a few instants up to 3 days later. */
const OFFSETS_MIN = [0, 17, 46.5, 90, 360, 1440, 4320];

/**
 * Height above the WGS84 ellipsoid. The orbit radius of this TLE runs 6788–6805 km over three days
 * (eccentricity plus SGP4 short-period terms), and the ellipsoid is 21 km lower at the poles than at the
 * equator, so the geodetic height spans about 415–439 km: 400–430 km would fail at mid-latitudes
 * (432.8 km at 33.7° S, epoch + 360 min). The bound is 400–440 km.
 */
const ALT_MIN_KM = 400;
const ALT_MAX_KM = 440;

function snapshotAt(instantMs: number): Snapshot {
  const s = newSnapshot();
  updateEarthAndSun(s, instantMs);
  const error = updateIss(s, issSatrec);
  if (error) throw new Error(error);
  return s;
}

describe('snapshot of the ISS from TLE (c), epoch 2026-09-16 (facts.md §4.2)', () => {
  it.each(OFFSETS_MIN)('epoch + %f min: altitude 400–440 km, speed 7.60–7.70 km/s, |lat| ≤ 51.7°', (offset) => {
    const s = snapshotAt(issEpochMs + offset * MINUTE_MS);
    expect(s.issGeodetic.altKm).toBeGreaterThanOrEqual(ALT_MIN_KM);
    expect(s.issGeodetic.altKm).toBeLessThanOrEqual(ALT_MAX_KM);
    expect(s.issSpeedKmPerS).toBeGreaterThanOrEqual(7.6);
    expect(s.issSpeedKmPerS).toBeLessThanOrEqual(7.7);
    expect(Math.abs(s.issGeodetic.latDeg)).toBeLessThanOrEqual(51.7);
    expect(Math.abs(s.issGeodetic.lonDeg)).toBeLessThanOrEqual(180);
  });

  it.each(OFFSETS_MIN)('epoch + %f min: fields agree with the frame functions (ECEF = rotationTemeToEcef · TEME within 1e-9 km)', (offset) => {
    const t = issEpochMs + offset * MINUTE_MS;
    const s = snapshotAt(t);
    expect(s.instantMs).toBe(t);
    expect(s.gmstRad).toBe(gmstRad(t));
    expect(s.rotationTemeToEcef).toEqual(rotationTemeToEcef(t));

    const r: Vec3 = [0, 0, 0];
    const v: Vec3 = [0, 0, 0];
    expect(propagateTeme(issSatrec, t, r, v)).toBeNull();
    expect(s.issPositionTemeKm).toEqual(r);
    expect(s.issVelocityTemeKmPerS).toEqual(v);
    expect(distance(s.issPositionEcefKm, mulMat3Vec3(rotationTemeToEcef(t), r, [0, 0, 0]))).toBeLessThan(1e-9);
    expect(s.issGeodetic).toEqual(ecefToGeodetic(s.issPositionEcefKm, { latDeg: 0, lonDeg: 0, altKm: 0 }));
    expect(s.issSpeedKmPerS).toBeCloseTo(norm(v), 12);

    expect(s.sunDirectionEcef).toEqual(sunDirectionEcef(t, [0, 0, 0]));
    expect(s.subsolar).toEqual(subsolarPoint(s.sunDirectionEcef, { latDeg: 0, lonDeg: 0 }));
    expect(distance(mulMat3Vec3(s.rotationTemeToEcef, s.sunDirectionTeme, [0, 0, 0]), s.sunDirectionEcef)).toBeLessThan(1e-12);
    // Sunlit in TEME and in ECEF is the same question.
    expect(s.issSunlit).toBe(isSunlit(s.issPositionEcefKm, s.sunDirectionEcef));
  });

  it.each(OFFSETS_MIN)('epoch + %f min: TEME → ECEF → TEME within 1e-9 km and ECEF → geodetic → ECEF within 1 mm', (offset) => {
    const s = snapshotAt(issEpochMs + offset * MINUTE_MS);
    const backToTeme = mulMat3Vec3(transposeMat3(s.rotationTemeToEcef), s.issPositionEcefKm, [0, 0, 0]);
    expect(distance(backToTeme, s.issPositionTemeKm)).toBeLessThan(1e-9);
    const { latDeg, lonDeg, altKm } = s.issGeodetic;
    expect(distance(geodeticToEcef(latDeg, lonDeg, altKm, [0, 0, 0]), s.issPositionEcefKm)).toBeLessThan(1e-6);
  });

  it('near-circular orbit: position ⟂ velocity within 0.1° over one day', () => {
    for (let m = 0; m <= 1440; m += 10) {
      const s = snapshotAt(issEpochMs + m * MINUTE_MS);
      const cos = dot(s.issPositionTemeKm, s.issVelocityTemeKmPerS) / (norm(s.issPositionTemeKm) * s.issSpeedKmPerS);
      expect(Math.abs(cos)).toBeLessThan(Math.sin((0.1 * Math.PI) / 180));
    }
  });

  it('over one day (1-min steps): altitude 400–440 km, mean 410–430 km; |lat| reaches 51° both ways; shadow 20–45%', () => {
    let maxLat = -90;
    let minLat = 90;
    let altSum = 0;
    let shadow = 0;
    let samples = 0;
    for (let m = 0; m < 1440; m += 1) {
      const s = snapshotAt(issEpochMs + m * MINUTE_MS);
      maxLat = Math.max(maxLat, s.issGeodetic.latDeg);
      minLat = Math.min(minLat, s.issGeodetic.latDeg);
      expect(s.issGeodetic.altKm).toBeGreaterThanOrEqual(ALT_MIN_KM);
      expect(s.issGeodetic.altKm).toBeLessThanOrEqual(ALT_MAX_KM);
      altSum += s.issGeodetic.altKm;
      if (!s.issSunlit) shadow++;
      samples++;
    }
    expect(altSum / samples).toBeGreaterThan(410);
    expect(altSum / samples).toBeLessThan(430);
    expect(maxLat).toBeGreaterThan(51);
    expect(minLat).toBeLessThan(-51);
    expect(shadow / samples).toBeGreaterThan(0.2);
    expect(shadow / samples).toBeLessThan(0.45);
  });
});

/** Topocentric elevation and azimuth (deg, azimuth from north through east) of an ECEF point from a site. */
function lookAngles(site: { latDeg: number; lonDeg: number; heightM: number }, targetEcefKm: Vec3) {
  const siteEcef = geodeticToEcef(site.latDeg, site.lonDeg, site.heightM / 1000, [0, 0, 0]);
  const rho: Vec3 = [targetEcefKm[0] - siteEcef[0], targetEcefKm[1] - siteEcef[1], targetEcefKm[2] - siteEcef[2]];
  const lat = site.latDeg * RAD_PER_DEG;
  const lon = site.lonDeg * RAD_PER_DEG;
  const up: Vec3 = [Math.cos(lat) * Math.cos(lon), Math.cos(lat) * Math.sin(lon), Math.sin(lat)];
  const east: Vec3 = [-Math.sin(lon), Math.cos(lon), 0];
  const north: Vec3 = [-Math.sin(lat) * Math.cos(lon), -Math.sin(lat) * Math.sin(lon), Math.cos(lat)];
  const elevationDeg = Math.asin(dot(rho, up) / norm(rho)) / RAD_PER_DEG;
  const azimuthDeg = ((Math.atan2(dot(rho, east), dot(rho, north)) / RAD_PER_DEG) + 360) % 360;
  return { elevationDeg, azimuthDeg };
}

describe('snapshot vs an independent pipeline (python-sgp4 + astropy, iss-passes-reference.json)', () => {
  const culminations = PASS_SITES.flatMap((site) =>
    site.culminations.map(([utc, el, az, sunlit]) => [site.name, utc, site, el, az, sunlit] as const),
  );

  it.each(culminations)(
    '%s, culmination %s: elevation within 0.15°, azimuth within 0.5°, sunlit flag equal',
    (_, utc, site, elevationDeg, azimuthDeg, sunlit) => {
      const s = snapshotAt(Date.parse(utc));
      const look = lookAngles(site, s.issPositionEcefKm);
      expect(Math.abs(look.elevationDeg - elevationDeg)).toBeLessThan(0.15);
      const dAz = ((((look.azimuthDeg - azimuthDeg) % 360) + 540) % 360) - 180;
      expect(Math.abs(dAz)).toBeLessThan(0.5);
      expect(s.issSunlit).toBe(sunlit);
    },
  );
});

describe('snapshot when SGP4 fails', () => {
  // MINOTAUR R/B (28872), a sub-orbital case of the SGP4 verification set (Vallado et al. 2006): the
  // reference output stops after 50 min, SGP4 reports the orbit decayed at 55 min.
  const decaying = VERIFICATION_CASES.find((c) => c.satnum === 28872)!;

  it('updateIss returns the error text and leaves the ISS fields at their last good values', () => {
    const satrec = satrecFromLines(decaying.line1, decaying.line2);
    const epochMs = (satrec.jdsatepoch - 2440587.5) * 86_400_000;
    const s = newSnapshot();
    updateEarthAndSun(s, epochMs + 10 * MINUTE_MS);
    expect(updateIss(s, satrec)).toBeNull();
    const good = structuredClone(s);

    const later = epochMs + 60 * MINUTE_MS;
    updateEarthAndSun(s, later);
    const error = updateIss(s, satrec);
    expect(error).toMatch(/decayed/);

    // The Earth and Sun moved on…
    expect(s.instantMs).toBe(later);
    expect(s.gmstRad).not.toBe(good.gmstRad);
    // …the ISS fields did not.
    expect(s.issPositionTemeKm).toEqual(good.issPositionTemeKm);
    expect(s.issVelocityTemeKmPerS).toEqual(good.issVelocityTemeKmPerS);
    expect(s.issPositionEcefKm).toEqual(good.issPositionEcefKm);
    expect(s.issGeodetic).toEqual(good.issGeodetic);
    expect(s.issSpeedKmPerS).toBe(good.issSpeedKmPerS);
    expect(s.issSunlit).toBe(good.issSunlit);
  });

  it('a fresh snapshot keeps its initial ISS values when the first update fails', () => {
    const satrec = satrecFromLines(decaying.line1, decaying.line2);
    const s = newSnapshot();
    const initial = structuredClone(s);
    updateEarthAndSun(s, (satrec.jdsatepoch - 2440587.5) * 86_400_000 + 60 * MINUTE_MS);
    expect(updateIss(s, satrec)).toMatch(/decayed/);
    expect(s.issPositionTemeKm).toEqual(initial.issPositionTemeKm);
    expect(s.issGeodetic).toEqual(initial.issGeodetic);
  });
});
