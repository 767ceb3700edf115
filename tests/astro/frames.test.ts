import { describe, expect, it } from 'vitest';
import {
  WGS84_A_KM,
  ecefToGeodetic,
  geodeticToEcef,
  gmstRad,
  rotationTemeToEcef,
  wrapLonDeg,
  type Geodetic,
} from '../../src/astro/frames';
import { DEG_PER_RAD, type Mat3, type Vec3 } from '../../src/astro/units';
import { determinantMat3, mulMat3Vec3, transposeMat3 } from '../../src/astro/vec';

const INSTANTS = [
  Date.UTC(1970, 0, 1),
  Date.UTC(1992, 7, 20, 12, 14),
  Date.UTC(2000, 0, 1, 12),
  Date.UTC(2026, 2, 20, 14, 46),
  Date.UTC(2026, 8, 16, 20, 27, 47, 669),
  Date.UTC(2049, 11, 31, 23, 59, 59, 999),
];

/** WGS84 polar semi-minor axis b = a(1 − f), NIMA TR8350.2 Table 3.3: 6 356 752.3142 m. */
const WGS84_B_KM = 6356.7523142;

function distance(a: Vec3, b: Vec3): number {
  return Math.hypot(a[0] - b[0], a[1] - b[1], a[2] - b[2]);
}

function mulMat3(a: Mat3, b: Mat3): number[][] {
  return a.map((row) => [0, 1, 2].map((c) => row[0] * b[0][c] + row[1] * b[1][c] + row[2] * b[2][c]));
}

/** Signed difference of two longitudes, in −180..180° (so that 179.9° and −179.9° are 0.2° apart). */
function lonDiffDeg(a: number, b: number): number {
  return ((((a - b) % 360) + 540) % 360) - 180;
}

describe('rotationTemeToEcef', () => {
  it.each(INSTANTS.map((t) => [new Date(t).toISOString(), t]))('%s: determinant 1 and R·Rᵀ = I within 1e-15', (_, t) => {
    const r = rotationTemeToEcef(t);
    expect(Math.abs(determinantMat3(r) - 1)).toBeLessThan(1e-15);
    const product = mulMat3(r, transposeMat3(r));
    for (let i = 0; i < 3; i++) {
      for (let j = 0; j < 3; j++) expect(Math.abs(product[i][j] - (i === j ? 1 : 0))).toBeLessThan(1e-15);
    }
  });

  it('is a rotation about z by GMST: the TEME x axis lies at ECEF longitude −GMST, z is unchanged (within 1e-12)', () => {
    for (const t of INSTANTS) {
      const r = rotationTemeToEcef(t);
      const x = mulMat3Vec3(r, [1, 0, 0], [0, 0, 0]);
      const z = mulMat3Vec3(r, [0, 0, 1], [0, 0, 0]);
      expect(x[2]).toBe(0);
      expect(Math.abs(lonDiffDeg(Math.atan2(x[1], x[0]) * DEG_PER_RAD, -gmstRad(t) * DEG_PER_RAD))).toBeLessThan(1e-12);
      expect(z).toEqual([0, 0, 1]);
    }
  });

  it('fills and returns the result matrix when one is given', () => {
    const out: Mat3 = [
      [9, 9, 9],
      [9, 9, 9],
      [9, 9, 9],
    ];
    expect(rotationTemeToEcef(INSTANTS[3], out)).toBe(out);
    expect(out).toEqual(rotationTemeToEcef(INSTANTS[3]));
  });

  it('TEME → ECEF → TEME round trip within 1e-9 km (LEO, GEO, lunar distance)', () => {
    const vectors: Vec3[] = [
      [6778.137, 0, 0],
      [-4123.4, 3456.7, 4567.8],
      [42164.17, -1234.5, 12.3],
      [-250000, 280000, 90000],
    ];
    for (const t of INSTANTS) {
      const r = rotationTemeToEcef(t);
      const rt = transposeMat3(r);
      for (const teme of vectors) {
        const ecef = mulMat3Vec3(r, teme, [0, 0, 0]);
        const back = mulMat3Vec3(rt, ecef, [0, 0, 0]);
        expect(distance(back, teme)).toBeLessThan(1e-9);
        expect(Math.abs(Math.hypot(...ecef) - Math.hypot(...teme))).toBeLessThan(1e-9);
      }
    }
  });
});

describe('gmstRad (IAU-82 GMST)', () => {
  it('Vallado, Fundamentals of Astrodynamics, Example 3-5: 1992 Aug 20 12:14 UT1 → 152.578787886° within 1e-4 deg', () => {
    expect(Math.abs(gmstRad(Date.UTC(1992, 7, 20, 12, 14)) * DEG_PER_RAD - 152.578787886)).toBeLessThan(1e-4);
  });

  it('IAU 1982 definition: 2000 Jan 1 12h UT1 → 18h41m50.54841s = 280.46061837504° within 1e-6 deg', () => {
    expect(Math.abs(gmstRad(Date.UTC(2000, 0, 1, 12)) * DEG_PER_RAD - 280.46061837504)).toBeLessThan(1e-6);
  });

  it('advances 360.98564736629° per solar day (within 1e-6 deg) and stays in 0..2π', () => {
    for (const t of INSTANTS) {
      const g = gmstRad(t);
      expect(g).toBeGreaterThanOrEqual(0);
      expect(g).toBeLessThan(2 * Math.PI);
      const advance = lonDiffDeg(gmstRad(t + 86_400_000) * DEG_PER_RAD, g * DEG_PER_RAD);
      expect(Math.abs(advance - 0.98564736629)).toBeLessThan(1e-6);
    }
  });
});

describe('WGS84 geodetic ↔ ECEF', () => {
  it('known points: equator/lon 0/alt 0 → [6378.137, 0, 0]; equator lon 90 → [0, a, 0]; poles → ±b on z (within 1 mm)', () => {
    expect(WGS84_A_KM).toBe(6378.137);
    const cases: Array<[number, number, number, Vec3]> = [
      [0, 0, 0, [6378.137, 0, 0]],
      [0, 0, 400, [6778.137, 0, 0]],
      [0, 90, 0, [0, 6378.137, 0]],
      [0, 180, 0, [-6378.137, 0, 0]],
      [90, 0, 0, [0, 0, WGS84_B_KM]],
      [-90, 123, 10, [0, 0, -WGS84_B_KM - 10]],
    ];
    for (const [lat, lon, alt, expected] of cases) {
      expect(distance(geodeticToEcef(lat, lon, alt, [0, 0, 0]), expected), `${lat}, ${lon}, ${alt}`).toBeLessThan(1e-6);
    }
  });

  it('known point: 45° N on the surface has geocentric radius √((a⁴cos²φ + b⁴sin²φ)/(a²cos²φ + b²sin²φ)) within 1 mm', () => {
    const a = 6378.137;
    const b = WGS84_B_KM;
    const expected = Math.sqrt((a ** 4 + b ** 4) / 2 / ((a * a + b * b) / 2));
    expect(Math.abs(Math.hypot(...geodeticToEcef(45, 30, 0, [0, 0, 0])) - expected)).toBeLessThan(1e-6);
  });

  const POINTS: Array<[number, number, number]> = [
    [0, 0, 0],
    [0, 180, 0],
    [0, -180, 0.4],
    [0, 179.9999999, 420],
    [0, -179.9999999, 420],
    [51.6, -120, 420],
    [-51.6, 60, 408.5],
    [28.6084, -80.6043, 0.003],
    [-89.67, 129.78, 4.2],
    [89.9999999, 10, 400],
    [90, 0, 0],
    [-90, 0, 10],
    [12.5, 45, -0.43],
    [-33.9, 151.2, 35786],
    [45, -45, 384400],
  ];

  it.each(POINTS)('geodetic (%f°, %f°, %f km) → ECEF → geodetic within 1 mm and 1e-9 deg', (lat, lon, alt) => {
    const ecef = geodeticToEcef(lat, lon, alt, [0, 0, 0]);
    const g: Geodetic = ecefToGeodetic(ecef, { latDeg: NaN, lonDeg: NaN, altKm: NaN });
    expect(Math.abs(g.altKm - alt)).toBeLessThan(1e-6);
    expect(Math.abs(g.latDeg - lat)).toBeLessThan(1e-9);
    // Longitude is undefined at the poles; elsewhere compare across the ±180° wrap.
    if (Math.abs(lat) < 90) expect(Math.abs(lonDiffDeg(g.lonDeg, lon))).toBeLessThan(1e-9);
    expect(g.lonDeg).toBeGreaterThanOrEqual(-180);
    expect(g.lonDeg).toBeLessThanOrEqual(180);
    // And back to the same ECEF point.
    expect(distance(geodeticToEcef(g.latDeg, g.lonDeg, g.altKm, [0, 0, 0]), ecef)).toBeLessThan(1e-6);
  });

  it('ecefToGeodetic fills and returns the given result object', () => {
    const result: Geodetic = { latDeg: 0, lonDeg: 0, altKm: 0 };
    expect(ecefToGeodetic([0, 0, WGS84_B_KM], result)).toBe(result);
    expect(result.latDeg).toBe(90);
    expect(Math.abs(result.altKm)).toBeLessThan(1e-6);
  });
});

describe('wrapLonDeg', () => {
  it('maps any longitude into −180..180°, keeping +180 for positive inputs', () => {
    const cases: Array<[number, number]> = [
      [0, 0],
      [45, 45],
      [-45, -45],
      [180, 180],
      [-180, -180],
      [190, -170],
      [-190, 170],
      [359, -1],
      [360, 0],
      [540, 180],
      [-540, -180],
      [725.5, 5.5],
      [-725.5, -5.5],
    ];
    for (const [input, expected] of cases) expect(wrapLonDeg(input), String(input)).toBeCloseTo(expected, 12);
  });

  it('is the identity on −180..180° and idempotent', () => {
    for (let lon = -180; lon <= 180; lon += 7.5) {
      expect(wrapLonDeg(lon)).toBeCloseTo(lon, 12);
      expect(wrapLonDeg(wrapLonDeg(lon * 3.7))).toBeCloseTo(wrapLonDeg(lon * 3.7), 12);
    }
  });
});
