import { describe, expect, it } from 'vitest';
import { geodeticToEcef, rotationTemeToEcef } from '../../src/astro/frames';
import {
  compassPoint,
  findPasses,
  lookAngles,
  newLookAngles,
  nextVisiblePass,
  sunElevationDegAtSite,
  type ObserverSite,
  type SatellitePass,
} from '../../src/astro/passes';
import { propagateTeme, satrecFromLines } from '../../src/astro/sgp4';
import { subsolarPoint, sunDirectionEcef } from '../../src/astro/sun';
import type { Vec3 } from '../../src/astro/units';
import { mulMat3Vec3 } from '../../src/astro/vec';
import {
  PASS_SITES,
  PASS_WINDOW_END_UTC,
  PASS_WINDOW_START_UTC,
  type PassSite,
} from './fixtures/iss-passes-reference';
import { ISS_TLE_2026_09_16 } from './fixtures/iss-tles';
import { VERIFICATION_CASES } from './fixtures/sgp4-verification';

const satrec = satrecFromLines(ISS_TLE_2026_09_16.line1, ISS_TLE_2026_09_16.line2);
const WINDOW_START_MS = Date.parse(PASS_WINDOW_START_UTC);
const WINDOW_END_MS = Date.parse(PASS_WINDOW_END_UTC);
const DAY_MS = 86_400_000;

function observer(site: PassSite): ObserverSite {
  return { latDeg: site.latDeg, lonDeg: site.lonDeg, heightKm: site.heightM / 1000 };
}

/** Signed difference of two azimuths in −180..180°. */
function azDiffDeg(a: number, b: number): number {
  return ((((a - b) % 360) + 540) % 360) - 180;
}

/** The ISS's look angles from a site at an instant, through the same SGP4 → ECEF path as findPasses. */
function issLook(site: ObserverSite, instantMs: number) {
  const teme: Vec3 = [0, 0, 0];
  expect(propagateTeme(satrec, instantMs, teme, [0, 0, 0])).toBeNull();
  const ecef = mulMat3Vec3(rotationTemeToEcef(instantMs), teme, [0, 0, 0]);
  return lookAngles(site.latDeg, site.lonDeg, site.heightKm, ecef, newLookAngles());
}

const computed = new Map<string, SatellitePass[]>(
  PASS_SITES.map((site) => [site.name, findPasses(satrec, observer(site), WINDOW_START_MS, WINDOW_END_MS)]),
);

describe('findPasses vs the reference (python-sgp4 + astropy, iss-passes-reference.json, 5 s grid)', () => {
  it.each(PASS_SITES.map((site) => [site.name, site] as const))(
    '%s: the same number of passes above 10° in 2026-09-17..20',
    (name, site) => {
      expect(computed.get(name)!.length).toBe(site.passes.length);
    },
  );

  const rows = PASS_SITES.flatMap((site) =>
    site.passes.map((ref, i) => [site.name, ref.maxUtc, site, ref, i] as const),
  );

  it.each(rows)('%s, pass culminating %s: rise, max and set times within 60 s', (name, _, __, ref, i) => {
    const pass = computed.get(name)![i];
    expect(Math.abs(pass.riseMs - Date.parse(ref.above10Utc))).toBeLessThan(60_000);
    expect(Math.abs(pass.maxMs - Date.parse(ref.maxUtc))).toBeLessThan(60_000);
    expect(Math.abs(pass.setMs - Date.parse(ref.below10Utc))).toBeLessThan(60_000);
  });

  // Tighter: the reference's above10 is its first 5 s grid point above 10°, below10 its last, max its highest,
  // so the exact instants lie in (above10 − 5 s, above10], [below10, below10 + 5 s), max ± 2.5 s. 1 s of
  // slack covers UT1−UTC and polar motion (astropy applies them, frames.ts does not).
  it.each(rows)('%s, pass culminating %s: times inside the reference grid cell (± 1 s slack)', (name, _, __, ref, i) => {
    const pass = computed.get(name)![i];
    const riseS = (pass.riseMs - Date.parse(ref.above10Utc)) / 1000;
    const maxS = (pass.maxMs - Date.parse(ref.maxUtc)) / 1000;
    const setS = (pass.setMs - Date.parse(ref.below10Utc)) / 1000;
    expect(riseS).toBeGreaterThan(-6);
    expect(riseS).toBeLessThan(1);
    expect(Math.abs(maxS)).toBeLessThan(3.5);
    expect(setS).toBeGreaterThan(-1);
    expect(setS).toBeLessThan(6);
  });

  it.each(rows)(
    '%s, pass culminating %s: visibility and sunlit flags equal, Sun elevation within 0.1°',
    (name, _, __, ref, i) => {
      const pass = computed.get(name)![i];
      expect(pass.visible).toBe(ref.visible);
      expect(pass.sunlitAtMax).toBe(ref.issSunlitAtMax);
      expect(Math.abs(pass.sunElevationAtMaxDeg - ref.sunElevationAtMaxDeg)).toBeLessThan(0.1);
    },
  );

  it.each(rows)('%s, pass culminating %s: max elevation within 0.2°', (name, _, __, ref, i) => {
    expect(Math.abs(computed.get(name)![i].maxElevationDeg - ref.maxElevationDeg)).toBeLessThan(0.2);
  });

  // The azimuth at culmination is ill-conditioned: it turns fastest there (up to ~7°/s for the 82–84° passes),
  // and the reference's culmination is only known to its 5 s grid. So: (1) at the reference's own culmination
  // instant, within 1°; (2) at ours, within 1° plus what 3.5 s (grid ± 2.5 s, 1 s slack) of motion turns it.
  it.each(rows)(
    '%s, pass culminating %s: azimuth at max within 1° (same instant) and 1° + 3.5 s × azimuth rate (own max)',
    (name, _, site, ref, i) => {
      const pass = computed.get(name)![i];
      const obs = observer(site);
      const atRefMax = issLook(obs, Date.parse(ref.maxUtc));
      expect(Math.abs(azDiffDeg(atRefMax.azimuthDeg, ref.azimuthAtMaxDeg))).toBeLessThan(1);

      const after = issLook(obs, pass.maxMs + 500).azimuthDeg;
      const rateDegPerS = azDiffDeg(after, issLook(obs, pass.maxMs - 500).azimuthDeg);
      const toleranceDeg = 1 + 3.5 * Math.abs(rateDegPerS);
      expect(Math.abs(azDiffDeg(pass.azimuthAtMaxDeg, ref.azimuthAtMaxDeg))).toBeLessThan(toleranceDeg);
    },
  );
});

describe('nextVisiblePass', () => {
  it('Moscow, from the reference start: the first visible reference pass (2026-09-17 16:58:05), max within 60 s', () => {
    const moscow = PASS_SITES.find((s) => s.name.includes('Moscow'))!;
    const firstVisible = moscow.passes.find((p) => p.visible)!;
    const pass = nextVisiblePass(satrec, observer(moscow), WINDOW_START_MS);
    expect(pass).not.toBeNull();
    expect(pass!.visible).toBe(true);
    expect(Math.abs(pass!.maxMs - Date.parse(firstVisible.maxUtc))).toBeLessThan(60_000);
  });

  it('Washington, which has no visible pass in the reference window: one after the window ends', () => {
    const washington = PASS_SITES.find((s) => s.name.includes('Washington'))!;
    expect(washington.passes.some((p) => p.visible)).toBe(false);
    const pass = nextVisiblePass(satrec, observer(washington), WINDOW_START_MS);
    expect(pass).not.toBeNull();
    expect(pass!.visible).toBe(true);
    expect(pass!.riseMs).toBeGreaterThan(WINDOW_END_MS);
    expect(pass!.sunElevationAtMaxDeg).toBeLessThan(-6);
  });

  it('returns null when the horizon holds no visible pass (Washington, 2 days)', () => {
    const washington = PASS_SITES.find((s) => s.name.includes('Washington'))!;
    expect(nextVisiblePass(satrec, observer(washington), WINDOW_START_MS, 2)).toBeNull();
  });
});

describe('findPasses behaviour', () => {
  const moscow = observer(PASS_SITES.find((s) => s.name.includes('Moscow'))!);
  const washington = observer(PASS_SITES.find((s) => s.name.includes('Washington'))!);

  it('rise < max < set; elevation at rise and set is 10° (within 0.01°); azimuths in 0..360°', () => {
    for (const pass of computed.get(PASS_SITES[0].name)!) {
      expect(pass.riseMs).toBeLessThan(pass.maxMs);
      expect(pass.maxMs).toBeLessThan(pass.setMs);
      expect(Math.abs(issLook(washington, pass.riseMs).elevationDeg - 10)).toBeLessThan(0.01);
      expect(Math.abs(issLook(washington, pass.setMs).elevationDeg - 10)).toBeLessThan(0.01);
      for (const az of [pass.azimuthAtRiseDeg, pass.azimuthAtMaxDeg, pass.azimuthAtSetDeg]) {
        expect(az).toBeGreaterThanOrEqual(0);
        expect(az).toBeLessThan(360);
      }
      const atRise = issLook(washington, pass.riseMs);
      expect(Math.abs(azDiffDeg(atRise.azimuthDeg, pass.azimuthAtRiseDeg))).toBeLessThan(1e-9);
    }
  });

  it('the maximum is a maximum: elevation 1 s either side is lower', () => {
    for (const pass of computed.get(PASS_SITES[1].name)!) {
      expect(issLook(moscow, pass.maxMs - 1000).elevationDeg).toBeLessThan(pass.maxElevationDeg);
      expect(issLook(moscow, pass.maxMs + 1000).elevationDeg).toBeLessThan(pass.maxElevationDeg);
    }
  });

  it('a 10 s step gives the same passes as the default 30 s (times within 1 s)', () => {
    const fine = findPasses(satrec, moscow, WINDOW_START_MS, WINDOW_END_MS, { stepS: 10 });
    const coarse = computed.get(PASS_SITES[1].name)!;
    expect(fine.length).toBe(coarse.length);
    fine.forEach((p, i) => {
      expect(Math.abs(p.riseMs - coarse[i].riseMs)).toBeLessThan(1000);
      expect(Math.abs(p.maxMs - coarse[i].maxMs)).toBeLessThan(1000);
      expect(Math.abs(p.setMs - coarse[i].setMs)).toBeLessThan(1000);
    });
  });

  it('finds a grazing pass shorter than the step: threshold 10.9° under the 10.93° pass (its peak lies between samples)', () => {
    const passes = findPasses(satrec, washington, WINDOW_START_MS, WINDOW_END_MS, { minElevationDeg: 10.9 });
    const grazing = passes.find((p) => Math.abs(p.maxMs - Date.parse('2026-09-19T23:07:15Z')) < 10_000);
    expect(grazing).toBeDefined();
    expect(grazing!.setMs - grazing!.riseMs).toBeLessThan(30_000);
    expect(grazing!.maxElevationDeg).toBeGreaterThanOrEqual(10.9);
  });

  it('minElevationDeg 40: exactly the reference passes culminating above 40° (none within 7° of it)', () => {
    const site = PASS_SITES[0];
    const high = findPasses(satrec, observer(site), WINDOW_START_MS, WINDOW_END_MS, { minElevationDeg: 40 });
    const expected = site.passes.filter((p) => p.maxElevationDeg > 40);
    expect(expected.length).toBe(5);
    expect(high.map((p) => Math.round(p.maxMs / 60_000))).toEqual(
      expected.map((p) => Math.round(Date.parse(p.maxUtc) / 60_000)),
    );
  });

  it('includes a pass in progress at the start (rise before startMs) and one that sets after endMs', () => {
    const ref = PASS_SITES[1].passes[1];
    const midMs = Date.parse(ref.maxUtc);
    const passes = findPasses(satrec, moscow, midMs, midMs + 1000);
    expect(passes.length).toBe(1);
    expect(passes[0].riseMs).toBeLessThan(midMs);
    expect(passes[0].setMs).toBeGreaterThan(midMs + 1000);
  });

  it('an empty or reversed window gives no passes; a non-positive step throws', () => {
    expect(findPasses(satrec, moscow, WINDOW_START_MS, WINDOW_START_MS)).toEqual([]);
    expect(findPasses(satrec, moscow, WINDOW_END_MS, WINDOW_START_MS)).toEqual([]);
    expect(() => findPasses(satrec, moscow, WINDOW_START_MS, WINDOW_END_MS, { stepS: 0 })).toThrow(RangeError);
  });

  // MINOTAUR R/B (28872) of the SGP4 verification set: from 55 min on, SGP4 reports "decayed" whenever the
  // perigee part of the orbit dips below the surface and gives positions again between (satellite.js is
  // stateless per call), so a day holds many failing stretches.
  it('SGP4 errors are skipped: a decaying orbit (28872) scans a day without throwing; rise, max and set all propagate cleanly (finite azimuths)', () => {
    const decaying = VERIFICATION_CASES.find((c) => c.satnum === 28872)!;
    const sat = satrecFromLines(decaying.line1, decaying.line2);
    const epochMs = (sat.jdsatepoch - 2440587.5) * DAY_MS;
    let failures = 0;
    for (let t = epochMs; t < epochMs + DAY_MS; t += 60_000) {
      if (propagateTeme(sat, t, [0, 0, 0], [0, 0, 0]) !== null) failures++;
    }
    expect(failures).toBeGreaterThan(100);
    let found = 0;
    for (const site of [moscow, washington, { latDeg: 0, lonDeg: 0, heightKm: 0 }]) {
      const passes = findPasses(sat, site, epochMs, epochMs + DAY_MS, { minElevationDeg: 0 });
      found += passes.length;
      for (const p of passes) {
        for (const t of [p.riseMs, p.maxMs, p.setMs]) expect(propagateTeme(sat, t, [0, 0, 0], [0, 0, 0])).toBeNull();
        for (const v of [p.azimuthAtRiseDeg, p.azimuthAtMaxDeg, p.azimuthAtSetDeg, p.maxElevationDeg]) {
          expect(Number.isFinite(v)).toBe(true);
        }
        expect(p.maxElevationDeg).toBeGreaterThanOrEqual(0);
        expect(p.riseMs).toBeLessThan(p.setMs);
      }
    }
    expect(found).toBeGreaterThan(0);
  });

  // Best of 3 runs, so that a busy test machine (GC, other workers) does not fail it; measured here: ~20 ms
  // for 3 days and ~60 ms for 10 days.
  it('performance: 3 days for one site in < 300 ms, 10 days in < 1000 ms (best of 3)', () => {
    const bestMs = (days: number) => {
      let best = Infinity;
      for (let run = 0; run < 3; run++) {
        const t0 = performance.now();
        findPasses(satrec, washington, WINDOW_START_MS, WINDOW_START_MS + days * DAY_MS);
        best = Math.min(best, performance.now() - t0);
      }
      return best;
    };
    expect(bestMs(3)).toBeLessThan(300);
    expect(bestMs(10)).toBeLessThan(1000);
  });
});

describe('lookAngles', () => {
  it('a point straight above the site (along the ellipsoid normal) is at elevation 90° (within 1e-9°), range = height difference (1e-9 km)', () => {
    for (const [lat, lon] of [
      [38.8881, -77.0199],
      [55.8228, 37.6398],
      [-33.9, 151.2],
      [0, 0],
      [89.9, 10],
    ]) {
      const iss = geodeticToEcef(lat, lon, 420, [0, 0, 0]);
      const look = lookAngles(lat, lon, 0.15, iss, newLookAngles());
      expect(Math.abs(look.elevationDeg - 90)).toBeLessThan(1e-9);
      expect(Math.abs(look.rangeKm - 419.85)).toBeLessThan(1e-9);
    }
  });

  it('from (0°, 0°): points due north, east, south, west on the horizon are at azimuth 0, 90, 180, 270° (1e-9°), elevation 0°', () => {
    const site = geodeticToEcef(0, 0, 0, [0, 0, 0]);
    const cases: Array<[Vec3, number]> = [
      [[0, 0, 100], 0],
      [[0, 100, 0], 90],
      [[0, 0, -100], 180],
      [[0, -100, 0], 270],
    ];
    for (const [offset, azimuth] of cases) {
      const point: Vec3 = [site[0] + offset[0], site[1] + offset[1], site[2] + offset[2]];
      const look = lookAngles(0, 0, 0, point, newLookAngles());
      expect(Math.abs(look.azimuthDeg - azimuth)).toBeLessThan(1e-9);
      expect(Math.abs(look.elevationDeg)).toBeLessThan(1e-9);
      expect(look.rangeKm).toBeCloseTo(100, 9);
    }
  });

  it('the Earth’s centre is at elevation −90° + the geodetic–geocentric angle (Moscow: −89.82°, within 0.01°)', () => {
    const look = lookAngles(55.8228, 37.6398, 0.15, [0, 0, 0], newLookAngles());
    expect(Math.abs(look.elevationDeg - -89.82)).toBeLessThan(0.01);
  });
});

describe('sunElevationDegAtSite', () => {
  it('the Sun at the subsolar point is above 89.8° and at its antipode below −89.8° (geodetic vs geocentric ≤ 0.19°)', () => {
    const t = Date.UTC(2026, 5, 21, 12);
    const sub = subsolarPoint(sunDirectionEcef(t, [0, 0, 0]), { latDeg: 0, lonDeg: 0 });
    expect(sunElevationDegAtSite(t, sub.latDeg, sub.lonDeg)).toBeGreaterThan(89.8);
    expect(sunElevationDegAtSite(t, -sub.latDeg, sub.lonDeg + 180)).toBeLessThan(-89.8);
  });

  it.each(PASS_SITES.flatMap((site) => site.passes.map((p) => [site.name, p.maxUtc, site, p] as const)))(
    '%s at %s: within 0.1° of the reference',
    (_, utc, site, ref) => {
      const sunDeg = sunElevationDegAtSite(Date.parse(utc), site.latDeg, site.lonDeg);
      expect(Math.abs(sunDeg - ref.sunElevationAtMaxDeg)).toBeLessThan(0.1);
    },
  );
});

describe('compassPoint', () => {
  it.each([
    [0, 'N'],
    [11.24, 'N'],
    [11.25, 'NNE'],
    [45, 'NE'],
    [90, 'E'],
    [135, 'SE'],
    [180, 'S'],
    [202.5, 'SSW'],
    [270, 'W'],
    [326, 'NW'],
    [348.74, 'NNW'],
    [348.75, 'N'],
    [359.99, 'N'],
    [360, 'N'],
    [-22.5, 'NNW'],
    [720 + 90, 'E'],
  ] as const)('%s° → %s', (azimuth, point) => {
    expect(compassPoint(azimuth)).toBe(point);
  });

  it('throws on a non-finite azimuth', () => {
    expect(() => compassPoint(NaN)).toThrow(RangeError);
  });
});
