import { describe, expect, it } from 'vitest';
import { rotationTemeToEcef } from '../../src/astro/frames';
import { isSunlit, newLatLon, subsolarPoint, sunDirectionEcef, sunDirectionTemeFromEcef } from '../../src/astro/sun';
import type { Vec3 } from '../../src/astro/units';
import { mulMat3Vec3, norm } from '../../src/astro/vec';
import { SUBSOLAR_REFERENCE } from './fixtures/subsolar-reference';

const R_EARTH_KM = 6378.137;

/** Signed difference of two longitudes in −180..180°. */
function lonDiffDeg(a: number, b: number): number {
  return ((((a - b) % 360) + 540) % 360) - 180;
}

describe('subsolar point vs astropy 5.2.1 (sun-moon-reference.json)', () => {
  it.each(SUBSOLAR_REFERENCE.map((r) => [r.label, r.utc, r] as const))(
    '%s (%s): latitude and longitude within 0.05°',
    (_, utc, ref) => {
      const sun = sunDirectionEcef(Date.parse(utc), [0, 0, 0]);
      const point = subsolarPoint(sun, newLatLon());
      expect(Math.abs(point.latDeg - ref.latDeg)).toBeLessThan(0.05);
      expect(Math.abs(lonDiffDeg(point.lonDeg, ref.lonDeg))).toBeLessThan(0.05);
    },
  );

  it('longitudes are compared across the ±180° wrap (New Year 2026 lies at −179.17°)', () => {
    expect(lonDiffDeg(179.99, -179.99)).toBeCloseTo(-0.02, 10);
    expect(lonDiffDeg(-179.99, 179.99)).toBeCloseTo(0.02, 10);
  });
});

describe('sunDirectionEcef and subsolarPoint', () => {
  it('gives a unit vector (within 1e-12) and writes into the result it returns', () => {
    const result: Vec3 = [0, 0, 0];
    expect(sunDirectionEcef(Date.UTC(2026, 5, 21, 8, 24), result)).toBe(result);
    expect(Math.abs(norm(result) - 1)).toBeLessThan(1e-12);
  });

  it('the subsolar point moves west by about 15° per hour (within 0.05°)', () => {
    const t = Date.UTC(2026, 2, 20, 12);
    const a = subsolarPoint(sunDirectionEcef(t, [0, 0, 0]), newLatLon());
    const b = subsolarPoint(sunDirectionEcef(t + 3_600_000, [0, 0, 0]), newLatLon());
    expect(Math.abs(lonDiffDeg(b.lonDeg, a.lonDeg) + 15)).toBeLessThan(0.05);
  });

  it('subsolarPoint of axis directions: +x → (0°, 0°), +y → (0°, 90°), +z → (90°, ·), −x → (0°, 180°)', () => {
    const cases: Array<[Vec3, number, number | null]> = [
      [[1, 0, 0], 0, 0],
      [[0, 1, 0], 0, 90],
      [[0, 0, 1], 90, null],
      [[-1, 0, 0], 0, 180],
      [[Math.SQRT1_2, 0, Math.SQRT1_2], 45, 0],
    ];
    for (const [v, lat, lon] of cases) {
      const p = subsolarPoint(v, newLatLon());
      expect(p.latDeg).toBeCloseTo(lat, 12);
      if (lon !== null) expect(p.lonDeg).toBeCloseTo(lon, 12);
    }
  });
});

describe('sunDirectionTemeFromEcef', () => {
  const instants = [Date.UTC(2026, 0, 1), Date.UTC(2026, 5, 21, 8, 24), Date.UTC(2026, 8, 16, 20, 27, 47)];

  it.each(instants.map((t) => [new Date(t).toISOString(), t]))(
    '%s: unit vector, and rotationTemeToEcef · TEME gives back the ECEF direction within 1e-12',
    (_, t) => {
      const ecef = sunDirectionEcef(t, [0, 0, 0]);
      const teme = sunDirectionTemeFromEcef(t, ecef, [0, 0, 0]);
      expect(Math.abs(norm(teme) - 1)).toBeLessThan(1e-12);
      const back = mulMat3Vec3(rotationTemeToEcef(t), teme, [0, 0, 0]);
      for (let i = 0; i < 3; i++) expect(Math.abs(back[i] - ecef[i])).toBeLessThan(1e-12);
      // Earth rotation is about z: the Sun's declination is the same in both frames.
      expect(Math.abs(teme[2] - ecef[2])).toBeLessThan(1e-15);
    },
  );

  it('the TEME direction barely moves in an hour (< 0.06°: the Sun moves ≈ 0.04°/h), unlike the ECEF one (~15°)', () => {
    const t = Date.UTC(2026, 8, 23);
    const angle = (a: Vec3, b: Vec3) => (Math.acos(Math.min(1, a[0] * b[0] + a[1] * b[1] + a[2] * b[2])) * 180) / Math.PI;
    const e1 = sunDirectionEcef(t, [0, 0, 0]);
    const e2 = sunDirectionEcef(t + 3_600_000, [0, 0, 0]);
    const t1 = sunDirectionTemeFromEcef(t, e1, [0, 0, 0]);
    const t2 = sunDirectionTemeFromEcef(t + 3_600_000, e2, [0, 0, 0]);
    expect(angle(t1, t2)).toBeLessThan(0.06);
    expect(angle(e1, e2)).toBeGreaterThan(14.9);
  });
});

describe('isSunlit (cylindrical Earth shadow, radius 6378.137 km)', () => {
  const sun: Vec3 = [1, 0, 0];

  it('day side and terminator plane are sunlit', () => {
    expect(isSunlit([R_EARTH_KM + 400, 0, 0], sun)).toBe(true);
    expect(isSunlit([0, R_EARTH_KM + 400, 0], sun)).toBe(true);
    expect(isSunlit([0, 0, -(R_EARTH_KM + 400)], sun)).toBe(true);
  });

  it('directly behind the Earth is in shadow, at LEO and at lunar distance', () => {
    expect(isSunlit([-(R_EARTH_KM + 400), 0, 0], sun)).toBe(false);
    expect(isSunlit([-384_400, 0, 0], sun)).toBe(false);
  });

  it('behind the Earth but outside the shadow cylinder is sunlit; just inside it is not', () => {
    expect(isSunlit([-3000, R_EARTH_KM + 1, 0], sun)).toBe(true);
    expect(isSunlit([-3000, 0, -(R_EARTH_KM + 1)], sun)).toBe(true);
    expect(isSunlit([-3000, R_EARTH_KM - 1, 0], sun)).toBe(false);
    expect(isSunlit([-3000, 0, R_EARTH_KM - 1], sun)).toBe(false);
  });

  it('does not depend on the direction of the Sun, only on the geometry', () => {
    const s = Math.SQRT1_2;
    const diagonal: Vec3 = [s, s, 0];
    expect(isSunlit([-7000 * s, -7000 * s, 0], diagonal)).toBe(false);
    expect(isSunlit([7000 * s, 7000 * s, 0], diagonal)).toBe(true);
    expect(isSunlit([-7000 * s, 7000 * s, 0], diagonal)).toBe(true);
  });
});
