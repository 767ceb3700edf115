import { describe, expect, it } from 'vitest';
import { MOON_RADIUS_KM, rotationMoonFixedToTeme, subEarthPointDeg } from '../../src/astro/moon';
import {
  earthElevationDegAt,
  earthPositionSelenocentricMoonFixedKm,
  elevationDegFromMoonFixed,
  moonFixedToSelenographic,
  newSelenographic,
  selenographicToMoonFixedKm,
  sunElevationDegAt,
  sunPositionSelenocentricMoonFixedKm,
} from '../../src/astro/selenography';
import {
  ARTEMIS_REGIONS,
  assumedComplexCraterDepthKm,
  CONTEXT_SITES,
  ILRS_SITES,
  MASSIFS,
  SHACKLETON,
  SOUTH_POLE_CRATERS,
} from '../../src/astro/southPole';
import { newLatLon } from '../../src/astro/sun';
import type { Vec3 } from '../../src/astro/units';
import { mulMat3Vec3, norm, transposeMat3 } from '../../src/astro/vec';
import { FACTS_SHACKLETON, FACTS_SOUTH_POLE_TABLE } from './fixtures/moon-reference';

const DEG = 180 / Math.PI;

function lonDiffDeg(a: number, b: number): number {
  return ((((a - b) % 360) + 540) % 360) - 180;
}

describe('selenographic ↔ Moon-fixed ↔ TEME round trip', () => {
  const instants = [Date.UTC(2026, 0, 1), Date.UTC(2026, 6, 14, 9, 30), Date.UTC(2026, 11, 31, 23, 59)];
  const points: Array<[number, number, number]> = [];
  for (const lat of [-89.99, -89.67, -88.48, -60, -12.5, 0, 33.3, 75, 89.9]) {
    for (const lon of [-179.99, -130.63, -88.34, -5.17, 0, 45.91, 90, 129.78, 179.99]) {
      for (const h of [-4.2, 0, 6, 100]) points.push([lat, lon, h]);
    }
  }

  it.each(instants.map((t) => [new Date(t).toISOString(), t]))(
    '%s: 324 points come back within 1e-9° (lat, lon) and 1e-6 km (height, position)',
    (_, t) => {
      const r = rotationMoonFixedToTeme(t);
      const rt = transposeMat3(r);
      const fixed: Vec3 = [0, 0, 0];
      const teme: Vec3 = [0, 0, 0];
      const back: Vec3 = [0, 0, 0];
      const out = newSelenographic();
      for (const [lat, lon, h] of points) {
        selenographicToMoonFixedKm(lat, lon, h, fixed);
        mulMat3Vec3(r, fixed, teme);
        expect(Math.abs(norm(teme) - (MOON_RADIUS_KM + h))).toBeLessThan(1e-6);
        mulMat3Vec3(rt, teme, back);
        for (let i = 0; i < 3; i++) expect(Math.abs(back[i] - fixed[i])).toBeLessThan(1e-6);
        moonFixedToSelenographic(back, out);
        expect(Math.abs(out.latDeg - lat)).toBeLessThan(1e-9);
        expect(Math.abs(lonDiffDeg(out.lonDeg, lon))).toBeLessThan(1e-9);
        expect(Math.abs(out.heightKm - h)).toBeLessThan(1e-6);
      }
    },
  );

  it('writes into and returns `result`', () => {
    const v: Vec3 = [0, 0, 0];
    expect(selenographicToMoonFixedKm(10, 20, 0, v)).toBe(v);
    const s = newSelenographic();
    expect(moonFixedToSelenographic(v, s)).toBe(s);
  });
});

describe('known points (sphere of 1737.4 km)', () => {
  const R = MOON_RADIUS_KM;

  it('the poles map to ±z (within 1e-9 km), whatever the longitude', () => {
    for (const lon of [0, 45, 129.78, -180]) {
      const south = selenographicToMoonFixedKm(-90, lon, 0, [0, 0, 0]);
      const north = selenographicToMoonFixedKm(90, lon, 0, [0, 0, 0]);
      expect(Math.hypot(south[0], south[1])).toBeLessThan(1e-9);
      expect(Math.abs(south[2] + R)).toBeLessThan(1e-9);
      expect(Math.hypot(north[0], north[1])).toBeLessThan(1e-9);
      expect(Math.abs(north[2] - R)).toBeLessThan(1e-9);
    }
    expect(moonFixedToSelenographic([0, 0, -R], newSelenographic()).latDeg).toBe(-90);
    expect(moonFixedToSelenographic([0, 0, R + 2], newSelenographic())).toMatchObject({ latDeg: 90, heightKm: 2 });
  });

  it('equator: 0° E → +x, 90° E → +y, 180° → −x, 90° W → −y (within 1e-9 km); heights add to the radius', () => {
    const cases: Array<[number, Vec3]> = [
      [0, [R, 0, 0]],
      [90, [0, R, 0]],
      [180, [-R, 0, 0]],
      [-90, [0, -R, 0]],
    ];
    for (const [lon, expected] of cases) {
      const v = selenographicToMoonFixedKm(0, lon, 0, [0, 0, 0]);
      for (let i = 0; i < 3; i++) expect(Math.abs(v[i] - expected[i])).toBeLessThan(1e-9);
    }
    expect(selenographicToMoonFixedKm(0, 0, 10, [0, 0, 0])[0]).toBeCloseTo(R + 10, 9);
    const v = selenographicToMoonFixedKm(45, 45, 0, [0, 0, 0]);
    expect(v[0]).toBeCloseTo(R / 2, 9);
    expect(v[1]).toBeCloseTo(R / 2, 9);
    expect(v[2]).toBeCloseTo(R * Math.SQRT1_2, 9);
  });

  it('Shackleton lies 10.0 km from the spin axis (facts.md §5.3), on the far side of the pole from the Earth (x < 0, y > 0)', () => {
    const v = selenographicToMoonFixedKm(SHACKLETON.latDeg, SHACKLETON.lonDeg, 0, [0, 0, 0]);
    expect(Math.abs(Math.hypot(v[0], v[1]) - 10.0)).toBeLessThan(0.05);
    expect(v[0]).toBeLessThan(0);
    expect(v[1]).toBeGreaterThan(0);
    expect(v[2]).toBeLessThan(-R + 0.1);
  });

  it.each(FACTS_SOUTH_POLE_TABLE.map((row) => [row.name, row] as const))(
    "%s: the [DERIVED] pole distance and stereographic x, y of facts.md §5.3 are reproduced within 0.06 km (table's 0.1 km rounding)",
    (_, row) => {
      const v = selenographicToMoonFixedKm(row.latDeg, row.lonDeg, 0, [0, 0, 0]);
      const fromSouthPoleRad = Math.acos(-v[2] / norm(v));
      expect(Math.abs(R * fromSouthPoleRad - row.distToPoleKm)).toBeLessThan(0.06);
      // facts.md: ρ = 2R·tan((90° + lat)/2), x = ρ·sin(lon) (toward 90° E = Moon-fixed +y),
      // y = ρ·cos(lon) (toward 0° E = Moon-fixed +x, the Earth-facing side).
      const rho = 2 * R * Math.tan(fromSouthPoleRad / 2);
      const p = Math.hypot(v[0], v[1]);
      expect(Math.abs((rho * v[1]) / p - row.xKm)).toBeLessThan(0.06);
      expect(Math.abs((rho * v[0]) / p - row.yKm)).toBeLessThan(0.06);
    },
  );
});

describe('elevations above the local horizon (spherical Moon, topocentric, no refraction)', () => {
  it('elevationDegFromMoonFixed: zenith 90°, nadir −90°, horizontal 0°, 45° between', () => {
    const p: Vec3 = [0, 0, -MOON_RADIUS_KM];
    expect(elevationDegFromMoonFixed(p, [0, 0, -1e6])).toBeCloseTo(90, 9);
    expect(elevationDegFromMoonFixed(p, [0, 0, 1e6])).toBeCloseTo(-90, 9);
    expect(elevationDegFromMoonFixed(p, [1e6, 0, -MOON_RADIUS_KM])).toBeCloseTo(0, 9);
    expect(elevationDegFromMoonFixed(p, [1000, 0, -MOON_RADIUS_KM - 1000])).toBeCloseTo(45, 9);
  });

  const instants = [Date.UTC(2026, 0, 3, 10, 3), Date.UTC(2026, 4, 20), Date.UTC(2026, 7, 12, 17, 37), Date.UTC(2026, 9, 1, 6)];

  it.each(instants.map((t) => [new Date(t).toISOString(), t]))(
    '%s: the Earth is at the zenith (90° within 1e-6°) at the sub-Earth point and at −90° at its antipode',
    (_, t) => {
      const p = subEarthPointDeg(t, newLatLon());
      expect(earthElevationDegAt(t, p.latDeg, p.lonDeg)).toBeGreaterThan(90 - 1e-6);
      expect(earthElevationDegAt(t, -p.latDeg, p.lonDeg + 180)).toBeLessThan(-90 + 1e-6);
    },
  );

  it.each(instants.map((t) => [new Date(t).toISOString(), t]))(
    '%s: the Sun is at the zenith (within 1e-6°) at the sub-solar point; 90° away it is on the horizon (within 0.001°)',
    (_, t) => {
      const s = sunPositionSelenocentricMoonFixedKm(t, [0, 0, 0]);
      const lat = Math.atan2(s[2], Math.hypot(s[0], s[1])) * DEG;
      const lon = Math.atan2(s[1], s[0]) * DEG;
      expect(sunElevationDegAt(t, lat, lon)).toBeGreaterThan(90 - 1e-6);
      // A point 90° of arc from the sub-solar point: parallax of the Sun across 1737 km is 0.0007°.
      const poleward = lat >= 0 ? lat - 90 : lat + 90;
      expect(Math.abs(sunElevationDegAt(t, poleward, lon))).toBeLessThan(0.001);
    },
  );

  it('the Earth shows the parallax of the Moon radius: at 90° from the sub-Earth point it stands at ≈ −0.26° (within 0.03°)', () => {
    const t = Date.UTC(2026, 4, 20);
    const e = earthPositionSelenocentricMoonFixedKm(t, [0, 0, 0]);
    const lat = Math.atan2(e[2], Math.hypot(e[0], e[1])) * DEG;
    const lon = Math.atan2(e[1], e[0]) * DEG;
    const expected = -Math.atan(MOON_RADIUS_KM / norm(e)) * DEG; // ≈ −0.25..−0.28° with distance
    const poleward = lat >= 0 ? lat - 90 : lat + 90;
    expect(Math.abs(earthElevationDegAt(t, poleward, lon) - expected)).toBeLessThan(1e-6);
    expect(Math.abs(expected + 0.26)).toBeLessThan(0.03);
  });

  it('the Earth is always above the horizon at the centre of the near side (0°, 0°) and below it at the far side centre (0°, 180°) through 2026 (every day)', () => {
    for (let d = 0; d < 365; d++) {
      const t = Date.UTC(2026, 0, 1 + d);
      expect(earthElevationDegAt(t, 0, 0)).toBeGreaterThan(75);
      expect(earthElevationDegAt(t, 0, 180)).toBeLessThan(-75);
    }
  });
});

describe('south-pole catalogue (facts.md §5.2–§5.4, §6)', () => {
  it('SHACKLETON is −89.67°, 129.78° E, 20.92 km across, 4.2 km deep (sourced, not assumed)', () => {
    expect(SHACKLETON.latDeg).toBe(FACTS_SHACKLETON.latDeg);
    expect(SHACKLETON.lonDeg).toBe(FACTS_SHACKLETON.lonDeg);
    expect(SHACKLETON.diameterKm).toBe(FACTS_SHACKLETON.diameterKm);
    expect(SHACKLETON.depthKm).toBe(FACTS_SHACKLETON.depthKm);
    expect(SHACKLETON.assumed).toBe(false);
    expect(SHACKLETON.floorDiameterKm).toBeLessThan(SHACKLETON.diameterKm);
  });

  it('SOUTH_POLE_CRATERS carries the 17 rows of facts.md §5.3 exactly (name, diameter, lat, lon)', () => {
    expect(SOUTH_POLE_CRATERS.map((c) => c.name)).toEqual(FACTS_SOUTH_POLE_TABLE.map((r) => r.name));
    for (const row of FACTS_SOUTH_POLE_TABLE) {
      const crater = SOUTH_POLE_CRATERS.find((c) => c.name === row.name);
      expect(crater).toMatchObject({ diameterKm: row.diameterKm, latDeg: row.latDeg, lonDeg: row.lonDeg });
    }
  });

  it('only Shackleton has a sourced depth; the others use the flagged Pike (1977) assumption (0.03–0.15 of the diameter)', () => {
    for (const c of SOUTH_POLE_CRATERS) {
      expect(c.source.length).toBeGreaterThan(20);
      if (c.name === 'Shackleton') continue;
      expect(c.assumed).toBe(true);
      expect(c.depthKm).toBeCloseTo(assumedComplexCraterDepthKm(c.diameterKm), 12);
      expect(c.depthKm / c.diameterKm).toBeGreaterThan(0.03);
      expect(c.depthKm / c.diameterKm).toBeLessThan(0.15);
      expect(c.source).toContain('assumed');
    }
  });

  it('[UNCERTAIN] flags follow facts.md: Henson and Mons Mouton uncertain; every Artemis region approximate and [CHANGED]-uncertain', () => {
    const uncertain = SOUTH_POLE_CRATERS.filter((c) => c.uncertain).map((c) => c.name);
    expect(uncertain).toEqual(['Henson']);
    expect(MASSIFS.find((m) => m.name === 'Mons Mouton')?.uncertain).toBe(true);
    expect(MASSIFS.find((m) => m.name === 'Malapert Massif')?.radiusAssumed).toBe(true);
    expect(ARTEMIS_REGIONS).toHaveLength(9);
    for (const r of ARTEMIS_REGIONS) {
      expect(r.approximate).toBe(true);
      expect(r.uncertain).toBe(true);
      expect(r.sizeKm).toBe(15);
    }
    for (const s of ILRS_SITES) expect(s.uncertain).toBe(true);
    expect(CONTEXT_SITES.find((s) => s.name.startsWith('Chandrayaan-3'))?.uncertain).toBe(true);
    expect(CONTEXT_SITES.find((s) => s.name.startsWith('Luna-25'))).toMatchObject({ latDeg: -57.865, lonDeg: 61.36 });
  });

  it('all catalogue positions are valid selenographic coordinates in the southern hemisphere, east longitudes in −180..180°', () => {
    const all = [...SOUTH_POLE_CRATERS, ...MASSIFS, ...ARTEMIS_REGIONS, ...ILRS_SITES, ...CONTEXT_SITES];
    for (const p of all) {
      expect(p.latDeg).toBeGreaterThanOrEqual(-90);
      expect(p.latDeg).toBeLessThan(-50);
      expect(p.lonDeg).toBeGreaterThanOrEqual(-180);
      expect(p.lonDeg).toBeLessThanOrEqual(180);
    }
    // All Artemis anchors except Cabeus B (documented) lie within 6° of the pole, as the regions do.
    for (const r of ARTEMIS_REGIONS) if (r.anchor !== 'Cabeus B') expect(r.latDeg).toBeLessThanOrEqual(-84);
  });

  it('the derived Shackleton–de Gerlache ridge point lies between the two craters (within 0.01° of the great-circle midpoint)', () => {
    const ridge = ILRS_SITES.find((s) => s.name.includes('ridge'));
    expect(ridge).toBeDefined();
    const deGerlache = SOUTH_POLE_CRATERS.find((c) => c.name === 'de Gerlache')!;
    const a = selenographicToMoonFixedKm(SHACKLETON.latDeg, SHACKLETON.lonDeg, 0, [0, 0, 0]);
    const b = selenographicToMoonFixedKm(deGerlache.latDeg, deGerlache.lonDeg, 0, [0, 0, 0]);
    const mid = moonFixedToSelenographic([a[0] + b[0], a[1] + b[1], a[2] + b[2]], newSelenographic());
    expect(Math.abs(mid.latDeg - ridge!.latDeg)).toBeLessThan(0.01);
    // Near the pole compare positions, not longitudes: ≤ 0.01° of arc.
    const r = selenographicToMoonFixedKm(ridge!.latDeg, ridge!.lonDeg, 0, [0, 0, 0]);
    const m = selenographicToMoonFixedKm(mid.latDeg, mid.lonDeg, 0, [0, 0, 0]);
    expect(Math.hypot(r[0] - m[0], r[1] - m[1], r[2] - m[2])).toBeLessThan((0.01 / DEG) * MOON_RADIUS_KM);
  });
});
