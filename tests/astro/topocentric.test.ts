import { describe, expect, it } from 'vitest';
import { ecefToGeodetic, geodeticToEcef, rotationTemeToEcef } from '../../src/astro/frames';
import { groundFlightEcef, groundFlightWeights } from '../../src/astro/groundFlight';
import { predictPasses } from '../../src/astro/passPrediction';
import { lookAngles, newLookAngles, type ObserverSite } from '../../src/astro/passes';
import { propagateTeme, satrecFromLines } from '../../src/astro/sgp4';
import { horizonTrack } from '../../src/astro/skyTrack';
import { azElToEnu, ecefToEnu, enuBasisEcef, enuToAzEl, enuToEcef, EYE_HEIGHT_KM, eyeEcef, type AzEl } from '../../src/astro/topocentric';
import type { Vec3 } from '../../src/astro/units';
import { mulMat3Vec3, transposeMat3 } from '../../src/astro/vec';
import { PASS_SITES, PASS_WINDOW_START_UTC } from './fixtures/iss-passes-reference';
import { ISS_TLE_2026_09_16 } from './fixtures/iss-tles';

/**
 * The sky seen from a place (topocentric.ts), the horizon-to-horizon track of a pass (skyTrack.ts) and the
 * camera's way down to the ground (groundFlight.ts), for "Show this pass". Independent values: the ENU axes'
 * closed forms at the equator and the pole, and the pass reference (python-sgp4 + astropy AltAz, fixtures/
 * iss-passes-reference.ts) for the direction of the ISS at its highest point, within 0.5°.
 */

const v = (): Vec3 => [0, 0, 0];
const basisAt = (latDeg: number, lonDeg: number) => {
  const e = v();
  const n = v();
  const u = v();
  enuBasisEcef(latDeg, lonDeg, e, n, u);
  return { e, n, u };
};
const cross = (a: Vec3, b: Vec3): Vec3 => [a[1] * b[2] - a[2] * b[1], a[2] * b[0] - a[0] * b[2], a[0] * b[1] - a[1] * b[0]];
const dot = (a: Vec3, b: Vec3) => a[0] * b[0] + a[1] * b[1] + a[2] * b[2];
const sub = (a: Vec3, b: Vec3): Vec3 => [a[0] - b[0], a[1] - b[1], a[2] - b[2]];
/** The smaller difference of two azimuths, deg. */
const azimuthGap = (a: number, b: number) => Math.abs(((a - b + 540) % 360) - 180);

const satrec = satrecFromLines(ISS_TLE_2026_09_16.line1, ISS_TLE_2026_09_16.line2);
const observer = (s: (typeof PASS_SITES)[number]): ObserverSite => ({ latDeg: s.latDeg, lonDeg: s.lonDeg, heightKm: s.heightM / 1000 });

describe('the East-North-Up frame at a site', () => {
  it('at (0°, 0°) east is +y, north +z, up +x; at the north pole up is +z; at (0°, 90° E) east is −x', () => {
    const a = basisAt(0, 0);
    [a.e, a.n, a.u].forEach((axis, i) => axis.forEach((c, j) => expect(c).toBeCloseTo([[0, 1, 0], [0, 0, 1], [1, 0, 0]][i][j], 12)));
    const pole = basisAt(90, 0);
    pole.u.forEach((c, j) => expect(c).toBeCloseTo([0, 0, 1][j], 12));
    basisAt(0, 90).e.forEach((c, j) => expect(c).toBeCloseTo([-1, 0, 0][j], 12));
  });

  it('is orthonormal and right-handed (E × N = U) everywhere, and up is the ellipsoid normal', () => {
    for (const [lat, lon] of [[55.8228, 37.6398], [38.8881, -77.0199], [-33.9, 151.2], [89.9, -170], [-89.5, 10]]) {
      const { e, n, u } = basisAt(lat, lon);
      for (const [a, b] of [[e, n], [n, u], [u, e]]) expect(dot(a, b)).toBeCloseTo(0, 12);
      for (const a of [e, n, u]) expect(dot(a, a)).toBeCloseTo(1, 12);
      cross(e, n).forEach((c, j) => expect(c).toBeCloseTo(u[j], 12));
      // The geodetic normal: a point 1 km along it from the ground is 1 km up, at the same latitude and longitude.
      const ground = geodeticToEcef(lat, lon, 0, v());
      const g = ecefToGeodetic([ground[0] + u[0], ground[1] + u[1], ground[2] + u[2]], { latDeg: 0, lonDeg: 0, altKm: 0 });
      expect(g.altKm).toBeCloseTo(1, 9);
      expect(g.latDeg).toBeCloseTo(lat, 9);
    }
  });

  it('azimuth/elevation ↔ ENU: the compass and the zenith, round trips, and passes.ts lookAngles agree', () => {
    const at = (az: number, el: number) => azElToEnu(az, el, v());
    [[0, 0, [0, 1, 0]], [90, 0, [1, 0, 0]], [180, 0, [0, -1, 0]], [270, 0, [-1, 0, 0]], [123, 90, [0, 0, 1]]].forEach(([az, el, want]) =>
      at(az as number, el as number).forEach((c, j) => expect(c).toBeCloseTo((want as number[])[j], 12)),
    );
    const out: AzEl = { azimuthDeg: 0, elevationDeg: 0 };
    for (const [az, el] of [[0.5, 3], [359.5, -4], [211.3, 44.4], [77, 89.9]]) {
      enuToAzEl(at(az, el), out);
      expect(azimuthGap(out.azimuthDeg, az)).toBeLessThan(1e-9);
      expect(out.elevationDeg).toBeCloseTo(el, 9);
    }
    // A point 700 km away seen from Moscow's museum: the same look angles by both routes.
    const site = observer(PASS_SITES[1]);
    const { e, n, u } = basisAt(site.latDeg, site.lonDeg);
    const siteEcef = geodeticToEcef(site.latDeg, site.lonDeg, site.heightKm, v());
    const point = enuToEcef([300, -500, 420], e, n, u, v()).map((c, i) => c + siteEcef[i]) as Vec3;
    const look = lookAngles(site.latDeg, site.lonDeg, site.heightKm, point, newLookAngles());
    enuToAzEl(ecefToEnu(sub(point, siteEcef), e, n, u, v()), out);
    expect(azimuthGap(out.azimuthDeg, look.azimuthDeg)).toBeLessThan(1e-9);
    expect(out.elevationDeg).toBeCloseTo(look.elevationDeg, 9);
  });

  it('the eye is 2 m above the site', () => {
    const site = observer(PASS_SITES[0]);
    const g = ecefToGeodetic(eyeEcef(site, v()), { latDeg: 0, lonDeg: 0, altKm: 0 });
    expect(g.altKm).toBeCloseTo(site.heightKm + EYE_HEIGHT_KM, 9);
    expect(EYE_HEIGHT_KM).toBe(0.002);
  });

  it.each(PASS_SITES.map((s) => [s.name, s] as const))(
    '%s: from the eye, the ISS at each reference highest point is where the reference (astropy AltAz) says, within 0.5°',
    (_, refSite) => {
      // Inertial route (the scene's): the eye and its axes turned into TEME by GMST, the ISS left in TEME.
      const site = observer(refSite);
      const { e, n, u } = basisAt(site.latDeg, site.lonDeg);
      for (const ref of refSite.passes) {
        const t = Date.parse(ref.maxUtc);
        const ecefToTeme = transposeMat3(rotationTemeToEcef(t));
        const toTeme = (x: Vec3) => mulMat3Vec3(ecefToTeme, x, v());
        const iss = v();
        expect(propagateTeme(satrec, t, iss, v())).toBeNull();
        const enu = ecefToEnu(sub(iss, toTeme(eyeEcef(site, v()))), toTeme(e), toTeme(n), toTeme(u), v());
        const seen = enuToAzEl(enu, { azimuthDeg: 0, elevationDeg: 0 });
        expect(Math.abs(seen.elevationDeg - ref.maxElevationDeg), `${ref.maxUtc} elevation`).toBeLessThan(0.5);
        // Azimuth error on the sky shrinks toward the zenith by cos(elevation).
        expect(azimuthGap(seen.azimuthDeg, ref.azimuthAtMaxDeg) * Math.cos((ref.maxElevationDeg * Math.PI) / 180), `${ref.maxUtc} azimuth`).toBeLessThan(0.5);
      }
    },
  );
});

describe('the horizon-to-horizon track of a pass (skyTrack.ts)', () => {
  const site = observer(PASS_SITES[1]);
  const passes = predictPasses(satrec, site, Date.parse(PASS_WINDOW_START_UTC), { days: 3 });

  it('runs from 0° to 0° around each listed pass (10°), through its highest point, every 5 s or closer', () => {
    expect(passes.length).toBeGreaterThan(5);
    for (const pass of passes) {
      const track = horizonTrack(satrec, site, pass)!;
      expect(track).not.toBeNull();
      const last = track.timesMs.length - 1;
      expect(Math.abs(track.elevationDeg[0])).toBeLessThan(0.05);
      expect(Math.abs(track.elevationDeg[last])).toBeLessThan(0.05);
      // Rising from 0° to 10° takes about a minute or more for the ISS.
      expect(track.timesMs[0]).toBeLessThan(pass.riseMs - 30_000);
      expect(track.timesMs[last]).toBeGreaterThan(pass.setMs + 30_000);
      let highest = -Infinity;
      for (let i = 0; i <= last; i++) {
        expect(track.elevationDeg[i]).toBeGreaterThan(-0.05);
        if (i > 0) expect(track.timesMs[i] - track.timesMs[i - 1]).toBeLessThanOrEqual(5_000 + 1);
        highest = Math.max(highest, track.elevationDeg[i]);
      }
      expect(Math.abs(highest - pass.maxElevationDeg)).toBeLessThan(0.01);
      // At the listed rise it is 10° up at the listed azimuth, as a sample interpolated there shows.
      const k = track.timesMs.findIndex((ms) => ms >= pass.riseMs);
      const f = (pass.riseMs - track.timesMs[k - 1]) / (track.timesMs[k] - track.timesMs[k - 1]);
      const elAtRise = track.elevationDeg[k - 1] + f * (track.elevationDeg[k] - track.elevationDeg[k - 1]);
      expect(Math.abs(elAtRise - 10)).toBeLessThan(0.05);
    }
  });
});

describe('the camera’s way to the ground (groundFlight.ts)', () => {
  const site = observer(PASS_SITES[1]);
  const ground = eyeEcef(site, v());
  const space: Vec3 = [-15_000, 14_000, -6_000];
  const height = (p: Vec3) => ecefToGeodetic(p, { latDeg: 0, lonDeg: 0, altKm: 0 }).altKm;

  it('starts in space and ends at the eye, to the millimetre', () => {
    const start = groundFlightEcef(space, ground, 0, v());
    const end = groundFlightEcef(space, ground, 1, v());
    start.forEach((c, i) => expect(Math.abs(c - space[i])).toBeLessThan(1e-6));
    end.forEach((c, i) => expect(Math.abs(c - ground[i])).toBeLessThan(1e-6));
  });

  it('never goes below the eye’s height, and only comes down (over the place) as it goes', () => {
    let previous = Infinity;
    for (let s = 0; s <= 1.0000001; s += 0.01) {
      const h = height(groundFlightEcef(space, ground, s, v()));
      expect(h).toBeGreaterThanOrEqual(site.heightKm + EYE_HEIGHT_KM - 1e-6);
      expect(h).toBeLessThanOrEqual(previous + 1e-6);
      previous = h;
    }
    // Over the place before it is low: at 60 % of the way the lateral move is done, the camera still kilometres up.
    const w = groundFlightWeights(0.6, { lateral: 0, height: 0, look: 0 });
    expect(w.lateral).toBe(1);
    expect(height(groundFlightEcef(space, ground, 0.6, v()))).toBeGreaterThan(1);
    expect(groundFlightWeights(0.5, w).look).toBe(0);
  });
});
