import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { MOON_RADIUS_KM } from '../../src/astro/moon';
import { sunElevationDegAt, sunPositionSelenocentricMoonFixedKm } from '../../src/astro/selenography';
import { MASSIFS, SHACKLETON } from '../../src/astro/southPole';
import type { Vec3 } from '../../src/astro/units';
import {
  buildMoonFixedPositions,
  makePolarGrid,
  nearestVertexIndex,
  planeToSelenographic,
  POLAR_GRID_HALF_SIZE_KM,
  selenographicToPlane,
  type LatLonDeg,
  type PlanePoint,
  type PolarGrid,
} from '../../src/moon/polarGrid';
import {
  computeNormals,
  computeSunVisibility,
  sunHorizonAt,
  SUN_ANGULAR_RADIUS_DEG,
  visibleDiscFraction,
} from '../../src/moon/shadow';
import { buildHeightGrid, heightKmAt, TERRAIN_CRATERS, TERRAIN_SOURCE_NOTE } from '../../src/moon/terrain';

const DEG = Math.PI / 180;
const DAY_MS = 86_400_000;

function lonDiffDeg(a: number, b: number): number {
  return ((((a - b) % 360) + 540) % 360) - 180;
}

function unit(v: Vec3): Vec3 {
  const r = Math.hypot(v[0], v[1], v[2]);
  return [v[0] / r, v[1] / r, v[2] / r];
}

function sunDirAt(instantMs: number): Vec3 {
  return unit(sunPositionSelenocentricMoonFixedKm(instantMs, [0, 0, 0]));
}

function planeOf(latDeg: number, lonDeg: number): PlanePoint {
  return selenographicToPlane(latDeg, lonDeg, { xKm: 0, yKm: 0 });
}

/** Grid vertices whose plane distance from a selenographic point lies in [r0, r1] km. */
function verticesWithin(grid: PolarGrid, latDeg: number, lonDeg: number, r0: number, r1: number): number[] {
  const c = planeOf(latDeg, lonDeg);
  const out: number[] = [];
  for (let i = 0; i < grid.n * grid.n; i++) {
    const d = Math.hypot(grid.xKm[i] - c.xKm, grid.yKm[i] - c.yKm);
    if (d >= r0 && d <= r1) out.push(i);
  }
  return out;
}

/** Every 3 days through 2026, 00:00 UTC. */
const INSTANTS_2026: number[] = [];
for (let t = Date.UTC(2026, 0, 1); t < Date.UTC(2027, 0, 1); t += 3 * DAY_MS) INSTANTS_2026.push(t);

const PSR_CRATERS = ['Shackleton', 'Haworth', 'Shoemaker', 'Faustini', 'de Gerlache', 'Sverdrup', 'Cabeus'];

describe('polar stereographic grid', () => {
  it('lat/lon → plane → lat/lon round trip within 1e-9° (and plane → lat/lon → plane within 1e-9 km)', () => {
    const ll: LatLonDeg = { latDeg: 0, lonDeg: 0 };
    const p: PlanePoint = { xKm: 0, yKm: 0 };
    let worstLat = 0;
    let worstLon = 0;
    for (let lat = -89.9999; lat <= -78; lat += 0.0731) {
      for (let lon = -179.99; lon < 180; lon += 7.31) {
        selenographicToPlane(lat, lon, p);
        planeToSelenographic(p.xKm, p.yKm, ll);
        worstLat = Math.max(worstLat, Math.abs(ll.latDeg - lat));
        worstLon = Math.max(worstLon, Math.abs(lonDiffDeg(ll.lonDeg, lon)));
      }
    }
    expect(worstLat).toBeLessThan(1e-9);
    expect(worstLon).toBeLessThan(1e-9);
    for (let x = -300; x <= 300; x += 37.3) {
      for (let y = -300; y <= 300; y += 41.7) {
        planeToSelenographic(x, y, ll);
        selenographicToPlane(ll.latDeg, ll.lonDeg, p);
        expect(Math.abs(p.xKm - x)).toBeLessThan(1e-9);
        expect(Math.abs(p.yKm - y)).toBeLessThan(1e-9);
      }
    }
  });

  it('covers colatitude 0..8.5° (half-size ≈ 258.2 km), axes along Moon-fixed +x (0° E) and +y (90° E)', () => {
    expect(POLAR_GRID_HALF_SIZE_KM).toBeCloseTo(258.2, 1);
    const grid = makePolarGrid(33);
    expect(grid.spacingKm).toBeCloseTo((2 * POLAR_GRID_HALF_SIZE_KM) / 32, 12);
    // The middle of the right edge (+x) is 81.5° S, 0° E; the top edge middle (+y) 81.5° S, 90° E.
    const right = 16 * 33 + 32;
    const top = 32 * 33 + 16;
    expect(grid.latDeg[right]).toBeCloseTo(-81.5, 9);
    expect(grid.lonDeg[right]).toBeCloseTo(0, 9);
    expect(grid.latDeg[top]).toBeCloseTo(-81.5, 9);
    expect(grid.lonDeg[top]).toBeCloseTo(90, 9);
    // The centre vertex is the pole; its up vector is −z.
    const centre = 16 * 33 + 16;
    expect(grid.latDeg[centre]).toBeCloseTo(-90, 9);
    expect(grid.up[3 * centre + 2]).toBeCloseTo(-1, 12);
    // Every vertex agrees with planeToSelenographic and has a unit up vector.
    const ll: LatLonDeg = { latDeg: 0, lonDeg: 0 };
    for (let i = 0; i < 33 * 33; i++) {
      planeToSelenographic(grid.xKm[i], grid.yKm[i], ll);
      expect(grid.latDeg[i]).toBe(ll.latDeg);
      expect(grid.lonDeg[i]).toBe(ll.lonDeg);
      expect(Math.hypot(grid.up[3 * i], grid.up[3 * i + 1], grid.up[3 * i + 2])).toBeCloseTo(1, 12);
    }
  });

  it("matches facts.md §5.3's derived stereographic table (whose x, y are this plane's y, x) within 0.1 km", () => {
    const table: Array<[string, number, number]> = [
      ['Shackleton', 7.7, -6.4],
      ['de Gerlache', -46.1, 1.3],
      ['Haworth', -7.0, 77.0],
      ['Cabeus', -95.0, 105.1],
      ["Idel'son", 242.5, -101.4],
    ];
    for (const [name, factsX, factsY] of table) {
      const c = TERRAIN_CRATERS.find((k) => k.name === name)!;
      const p = planeOf(c.latDeg, c.lonDeg);
      expect(Math.abs(p.yKm - factsX)).toBeLessThan(0.1);
      expect(Math.abs(p.xKm - factsY)).toBeLessThan(0.1);
    }
  });

  it('buildMoonFixedPositions puts each vertex at (R + h)·up', () => {
    const grid = makePolarGrid(9);
    const h = new Float32Array(81).map((_, i) => i * 0.01);
    const pos = buildMoonFixedPositions(grid, h);
    for (let i = 0; i < 81; i++) {
      const r = Math.hypot(pos[3 * i], pos[3 * i + 1], pos[3 * i + 2]);
      expect(Math.abs(r - (MOON_RADIUS_KM + h[i]))).toBeLessThan(1e-3);
    }
  });
});

describe('terrain heights', () => {
  const grid = makePolarGrid(192);
  const heights = buildHeightGrid(grid);

  it('the source note says it is modelled from catalogue data, not measured', () => {
    expect(TERRAIN_SOURCE_NOTE).toContain('modelled from crater catalogue data (facts.md §5.3), not a measured elevation model');
  });

  it('src/moon imports no three.js, React or zustand', () => {
    for (const f of ['terrain.ts', 'shadow.ts', 'polarGrid.ts']) {
      const src = readFileSync(new URL(`../../src/moon/${f}`, import.meta.url), 'utf8');
      expect(src).not.toMatch(/from\s+['"](three|react|react-dom|zustand|@react-three)(\/[^'"]*)?['"]/);
    }
  });

  it('is deterministic, and buildHeightGrid agrees with heightKmAt at the vertices (float32)', () => {
    const again = buildHeightGrid(grid);
    expect(again).toEqual(heights);
    for (let i = 0; i < heights.length; i += 997) {
      expect(Math.abs(heights[i] - heightKmAt(grid.latDeg[i], grid.lonDeg[i]))).toBeLessThan(1e-5);
    }
    let min = Infinity;
    let max = -Infinity;
    for (const z of heights) {
      min = Math.min(min, z);
      max = Math.max(max, z);
    }
    expect(min).toBeGreaterThan(-8);
    expect(max).toBeLessThan(8);
  });

  it('Shackleton: rim-to-floor depth in the n = 192 grid is 4.2 km ± 0.4 km', () => {
    const R = SHACKLETON.diameterKm / 2;
    const floor = verticesWithin(grid, SHACKLETON.latDeg, SHACKLETON.lonDeg, 0, SHACKLETON.floorDiameterKm / 2);
    expect(floor.length).toBeGreaterThan(0);
    const floorKm = floor.reduce((s, i) => s + heights[i], 0) / floor.length;
    // Rim crest: the highest vertex near r = R in each of 12 sectors, median over the sectors.
    const c = planeOf(SHACKLETON.latDeg, SHACKLETON.lonDeg);
    const sectorMax = new Array<number>(12).fill(-Infinity);
    for (const i of verticesWithin(grid, SHACKLETON.latDeg, SHACKLETON.lonDeg, R - grid.spacingKm, R + grid.spacingKm)) {
      const a = Math.atan2(grid.yKm[i] - c.yKm, grid.xKm[i] - c.xKm);
      const s = Math.min(11, Math.floor(((a + Math.PI) / (2 * Math.PI)) * 12));
      sectorMax[s] = Math.max(sectorMax[s], heights[i]);
    }
    const rimKm = [...sectorMax].sort((a, b) => a - b)[6];
    const depthKm = rimKm - floorKm;
    console.info(`Shackleton grid n=192: rim ${rimKm.toFixed(2)} km, floor ${floorKm.toFixed(2)} km, depth ${depthKm.toFixed(2)} km`);
    expect(Math.abs(depthKm - 4.2)).toBeLessThan(0.4);
  });

  it('Shackleton: rim crest at 10.5 km ± 0.5 km from its centre (radial profiles of heightKmAt)', () => {
    const c = planeOf(SHACKLETON.latDeg, SHACKLETON.lonDeg);
    const ll: LatLonDeg = { latDeg: 0, lonDeg: 0 };
    const crests: number[] = [];
    for (let a = 0; a < 360; a += 10) {
      let best = -Infinity;
      let bestR = 0;
      for (let r = 5; r <= 16; r += 0.05) {
        planeToSelenographic(c.xKm + r * Math.cos(a * DEG), c.yKm + r * Math.sin(a * DEG), ll);
        const z = heightKmAt(ll.latDeg, ll.lonDeg);
        if (z > best) {
          best = z;
          bestR = r;
        }
      }
      crests.push(bestR);
    }
    crests.sort((a, b) => a - b);
    const median = crests[crests.length >> 1];
    expect(Math.abs(median - 10.5)).toBeLessThan(0.5);
    for (const r of crests) expect(Math.abs(r - SHACKLETON.diameterKm / 2)).toBeLessThan(1);
    // The flat floor (6.6 km across) lies 4.2 km below the crest, up to the neighbours' ejecta and noise.
    expect(Math.abs(heightKmAt(SHACKLETON.latDeg, SHACKLETON.lonDeg) - (0.25 - 1) * 4.2)).toBeLessThan(0.35);
  });

  it('the massifs stand 5–7.5 km high at their centres', () => {
    for (const m of MASSIFS) {
      const z = heightKmAt(m.latDeg, m.lonDeg);
      expect(z).toBeGreaterThan(m.heightKm - 0.5);
      expect(z).toBeLessThan(m.heightKm + 1.5);
    }
  });
});

/** Independent brute-force march: every step to the grid edge, no block skipping, no early exits. */
function referenceVisibility(grid: PolarGrid, heights: Float32Array, sun: Vec3): Float32Array {
  const { n, halfSizeKm, spacingKm } = grid;
  const out = new Float32Array(n * n);
  const rSun = SUN_ANGULAR_RADIUS_DEG * DEG;
  const s = unit(sun);
  for (let i = 0; i < n * n; i++) {
    const lat = grid.latDeg[i] * DEG;
    const lon = grid.lonDeg[i] * DEG;
    const up: Vec3 = [Math.cos(lat) * Math.cos(lon), Math.cos(lat) * Math.sin(lon), Math.sin(lat)];
    const sinE = up[0] * s[0] + up[1] * s[1] + up[2] * s[2];
    const e = Math.asin(sinE);
    const east: Vec3 = [-Math.sin(lon), Math.cos(lon), 0];
    const north: Vec3 = [-Math.sin(lat) * Math.cos(lon), -Math.sin(lat) * Math.sin(lon), Math.cos(lat)];
    const aE = s[0] * east[0] + s[1] * east[1];
    const aN = s[0] * north[0] + s[1] * north[1] + s[2] * north[2];
    let dx = aN * Math.cos(lon) - aE * Math.sin(lon);
    let dy = aN * Math.sin(lon) + aE * Math.cos(lon);
    const len = Math.hypot(dx, dy);
    dx /= len;
    dy /= len;
    const h0 = heights[i];
    const scale = 1 + (Math.hypot(grid.xKm[i], grid.yKm[i]) / (2 * MOON_RADIUS_KM)) ** 2;
    const fx0 = (grid.xKm[i] + halfSizeKm) / spacingKm;
    const fy0 = (grid.yKm[i] + halfSizeKm) / spacingKm;
    let best = -Infinity;
    for (let k = 1; ; k++) {
      const fx = fx0 + dx * k;
      const fy = fy0 + dy * k;
      const g = (k * spacingKm) / scale;
      if (fx < 0 || fy < 0 || fx > n - 1 || fy > n - 1) {
        // Bare sphere beyond the edge: sample it finely out to 2000 km.
        for (let gg = g; gg < g + 400; gg += 1) best = Math.max(best, (-h0 - (gg * gg) / (2 * MOON_RADIUS_KM)) / gg);
        break;
      }
      const cx = Math.min(n - 2, Math.floor(fx));
      const cy = Math.min(n - 2, Math.floor(fy));
      const tx = fx - cx;
      const ty = fy - cy;
      const z =
        heights[cy * n + cx] * (1 - tx) * (1 - ty) +
        heights[cy * n + cx + 1] * tx * (1 - ty) +
        heights[(cy + 1) * n + cx] * (1 - tx) * ty +
        heights[(cy + 1) * n + cx + 1] * tx * ty;
      // The first sample's slope without curvature is the local facet's (the g → 0 limit).
      best = Math.max(best, (z - h0 - (k === 1 ? 0 : (g * g) / (2 * MOON_RADIUS_KM))) / g);
    }
    out[i] = visibleDiscFraction((e - Math.atan(best)) / rSun);
  }
  return out;
}

describe('Sun visibility', () => {
  it('visibleDiscFraction: 0 below −1 radius, ½ at the centre, 1 above +1, monotone', () => {
    expect(visibleDiscFraction(-1.5)).toBe(0);
    expect(visibleDiscFraction(-1)).toBe(0);
    expect(visibleDiscFraction(0)).toBeCloseTo(0.5, 12);
    expect(visibleDiscFraction(1)).toBe(1);
    expect(visibleDiscFraction(0.5) + visibleDiscFraction(-0.5)).toBeCloseTo(1, 12);
    let prev = 0;
    for (let t = -1; t <= 1; t += 0.01) {
      const f = visibleDiscFraction(t);
      expect(f).toBeGreaterThanOrEqual(prev - 1e-15);
      prev = f;
    }
  });

  it('on the bare sphere, a vertex sees the Sun iff it is above its own horizon (±1 solar radius)', () => {
    const grid = makePolarGrid(64);
    const flat = new Float32Array(64 * 64);
    const out = new Float32Array(64 * 64);
    // Sun 2° above the pole's horizon toward 0° E (the pole's "up" is −z).
    const e0 = 2 * DEG;
    const sun: Vec3 = [Math.cos(e0), 0, -Math.sin(e0)];
    computeSunVisibility(grid, flat, sun, out);
    let lit = 0;
    let dark = 0;
    for (let i = 0; i < 64 * 64; i++) {
      const e = Math.asin(grid.up[3 * i] * sun[0] + grid.up[3 * i + 1] * sun[1] + grid.up[3 * i + 2] * sun[2]) / DEG;
      if (e > SUN_ANGULAR_RADIUS_DEG + 0.06) {
        expect(out[i]).toBe(1);
        lit++;
      } else if (e < -SUN_ANGULAR_RADIUS_DEG) {
        expect(out[i]).toBe(0);
        dark++;
      }
    }
    // The terminator crosses the grid: both sides are present.
    expect(lit).toBeGreaterThan(500);
    expect(dark).toBeGreaterThan(500);
  });

  it('casts a wall’s shadow away from the Sun (azimuth mapped correctly, at the pole and 150 km out)', () => {
    const n = 129;
    const grid = makePolarGrid(n);
    const out = new Float32Array(n * n);
    const at = (x: number, y: number) => out[nearestVertexIndex(grid, x, y)];
    const wall = (x0: number, x1: number, y0: number, y1: number) => {
      const h = new Float32Array(n * n);
      for (let i = 0; i < n * n; i++) {
        if (grid.xKm[i] >= x0 && grid.xKm[i] <= x1 && grid.yKm[i] >= y0 && grid.yKm[i] <= y1) h[i] = 5;
      }
      return h;
    };
    const e = 1 * DEG;
    // Sun 1° up toward 0° E (+x); a 5 km wall across x = 50..58 km near the pole.
    computeSunVisibility(grid, wall(50, 58, -30, 30), [Math.cos(e), 0, -Math.sin(e)], out);
    expect(at(20, 0)).toBe(0); // the wall stands between this point and the Sun
    expect(at(90, 0)).toBe(1); // sunward of the wall
    expect(at(20, 70)).toBe(1); // beside it
    // Sun 1° up toward 90° E (+y): at 150 km along 0° E the Sun is due east, i.e. along the plane's +y.
    computeSunVisibility(grid, wall(146, 154, 30, 38), [0, Math.cos(e), -Math.sin(e)], out);
    expect(at(150, 0)).toBe(0);
    expect(at(150, 70)).toBe(1);
    expect(at(100, 0)).toBe(1);
  });

  it('matches an independent brute-force march (block skipping and early exits are exact)', () => {
    const grid = makePolarGrid(72);
    const heights = buildHeightGrid(grid);
    const out = new Float32Array(72 * 72);
    const suns: Vec3[] = [
      sunDirAt(Date.UTC(2026, 2, 10)),
      sunDirAt(Date.UTC(2026, 5, 21, 6)),
      sunDirAt(Date.UTC(2026, 10, 2, 18)),
      unit([Math.cos(40 * DEG), Math.sin(40 * DEG), -Math.tan(1.2 * DEG)]),
      unit([-0.3, -1, 0.01]),
    ];
    for (const sun of suns) {
      computeSunVisibility(grid, heights, sun, out);
      const ref = referenceVisibility(grid, heights, sun);
      let worst = 0;
      let partial = 0;
      for (let i = 0; i < out.length; i++) {
        worst = Math.max(worst, Math.abs(out[i] - ref[i]));
        if (ref[i] > 0 && ref[i] < 1) partial++;
      }
      expect(worst).toBeLessThan(1e-4);
      expect(partial).toBeGreaterThan(0); // the comparison covers soft-edge vertices too
    }
  }, 60_000);

  it('sunHorizonAt agrees with computeSunVisibility', () => {
    const grid = makePolarGrid(96);
    const heights = buildHeightGrid(grid);
    const sun = sunDirAt(Date.UTC(2026, 3, 3));
    const out = computeSunVisibility(grid, heights, sun, new Float32Array(96 * 96));
    for (let i = 0; i < 96 * 96; i += 37) {
      const h = sunHorizonAt(grid, heights, sun, i);
      const expected = visibleDiscFraction((h.sunElevationDeg - h.horizonDeg) / SUN_ANGULAR_RADIUS_DEG);
      expect(Math.abs(out[i] - expected)).toBeLessThan(1e-5);
    }
  });

  describe('with the true Sun through 2026 (every 3 days, n = 192)', () => {
    const n = 192;
    const grid = makePolarGrid(n);
    const heights = buildHeightGrid(grid);
    const vis = new Float32Array(n * n);

    const centres = PSR_CRATERS.map((name) => {
      const c = TERRAIN_CRATERS.find((k) => k.name === name)!;
      const p = planeOf(c.latDeg, c.lonDeg);
      return { crater: c, index: nearestVertexIndex(grid, p.xKm, p.yKm) };
    });
    const rim = verticesWithin(
      grid,
      SHACKLETON.latDeg,
      SHACKLETON.lonDeg,
      SHACKLETON.diameterKm / 2 - grid.spacingKm / 2,
      SHACKLETON.diameterKm / 2 + grid.spacingKm / 2,
    );
    const summits = MASSIFS.map((m) => ({ massif: m, vertices: verticesWithin(grid, m.latDeg, m.lonDeg, 0, 10) }));

    it('floor centres of Shackleton, Haworth, Shoemaker, Faustini, de Gerlache, Sverdrup, Cabeus stay dark; rims and summits catch the light', () => {
      expect(rim.length).toBeGreaterThan(15);
      for (const s of summits) expect(s.vertices.length).toBeGreaterThan(30);
      const litFloor = new Map<string, number>(PSR_CRATERS.map((k) => [k, 0]));
      const floorVertices = centres.map(({ crater }) =>
        verticesWithin(grid, crater.latDeg, crater.lonDeg, 0, crater.floorRadiusKm),
      );
      const rimFractions: number[] = [];
      const summitLit = summits.map(() => ({ instants: 0, litInstants: 0, minCount: Infinity }));
      let gridLit = 0;
      for (const t of INSTANTS_2026) {
        computeSunVisibility(grid, heights, sunDirAt(t), vis);
        centres.forEach(({ crater, index }, k) => {
          expect(vis[index], `${crater.name} floor centre, ${new Date(t).toISOString()}`).toBe(0);
          if (floorVertices[k].some((i) => vis[i] > 0)) litFloor.set(crater.name, litFloor.get(crater.name)! + 1);
        });
        if (sunElevationDegAt(t, SHACKLETON.latDeg, SHACKLETON.lonDeg) > 0) {
          const f = rim.filter((i) => vis[i] > 0.5).length / rim.length;
          rimFractions.push(f);
          expect(f, `Shackleton rim lit fraction, ${new Date(t).toISOString()}`).toBeGreaterThan(0.1);
        }
        summits.forEach(({ massif, vertices }, k) => {
          if (sunElevationDegAt(t, massif.latDeg, massif.lonDeg) <= 0) return;
          const count = vertices.filter((i) => vis[i] > 0.5).length;
          summitLit[k].instants++;
          if (count > 0) summitLit[k].litInstants++;
          summitLit[k].minCount = Math.min(summitLit[k].minCount, count);
          expect(count, `${massif.name} summit, ${new Date(t).toISOString()}`).toBeGreaterThan(0);
        });
        for (const v of vis) if (v > 0.5) gridLit++;
      }
      expect(rimFractions.length).toBeGreaterThan(10);
      const mean = rimFractions.reduce((s, f) => s + f, 0) / rimFractions.length;
      console.info(
        `${INSTANTS_2026.length} instants; Sun up at Shackleton in ${rimFractions.length}: rim (${rim.length} vertices) ` +
          `lit fraction min ${Math.min(...rimFractions).toFixed(2)}, mean ${mean.toFixed(2)}; ` +
          summits
            .map((s, k) => `${s.massif.name} summit (${s.vertices.length} v) lit in ${summitLit[k].litInstants}/${summitLit[k].instants} Sun-up instants, min ${summitLit[k].minCount} v`)
            .join('; ') +
          `; instants with any lit vertex inside the flat floor: ${[...litFloor].map(([k, v]) => `${k} ${v}`).join(', ')}; ` +
          `mean grid lit fraction ${(gridLit / (INSTANTS_2026.length * n * n)).toFixed(2)}`,
      );
    }, 60_000);

    it('floor-centre margins: the whole solar disc stays below the terrain horizon (every 3 h through January 2026)', () => {
      const worst = new Map<string, number>();
      for (let t = Date.UTC(2026, 0, 1); t < Date.UTC(2026, 0, 31); t += 3_600_000 * 3) {
        const sun = sunDirAt(t);
        for (const { crater, index } of centres) {
          const h = sunHorizonAt(grid, heights, sun, index);
          const margin = h.horizonDeg - h.sunElevationDeg;
          worst.set(crater.name, Math.min(worst.get(crater.name) ?? Infinity, margin));
        }
      }
      console.info(`min (horizon − Sun centre) over Jan 2026, deg: ${[...worst].map(([k, v]) => `${k} ${v.toFixed(2)}`).join(', ')}`);
      for (const [, m] of worst) expect(m).toBeGreaterThan(SUN_ANGULAR_RADIUS_DEG);
    });

    it('visibility for n = 192 takes < 150 ms (median of 10 Sun directions)', () => {
      const times: number[] = [];
      for (let k = 0; k < 12; k++) {
        const sun = sunDirAt(Date.UTC(2026, 4, 1) + k * 2.5 * DAY_MS);
        const t0 = performance.now();
        computeSunVisibility(grid, heights, sun, vis);
        times.push(performance.now() - t0);
      }
      const steady = times.slice(2).sort((a, b) => a - b);
      const median = steady[steady.length >> 1];
      console.info(`computeSunVisibility n=192: median ${median.toFixed(1)} ms, min ${steady[0].toFixed(1)} ms, max ${steady[steady.length - 1].toFixed(1)} ms`);
      expect(median).toBeLessThan(150);
    });
  });
});

describe('normals', () => {
  it('on the bare sphere the normals are the radial directions', () => {
    const grid = makePolarGrid(32);
    const normals = computeNormals(grid, new Float32Array(32 * 32));
    let worst = 0;
    for (let i = 0; i < 3 * 32 * 32; i++) worst = Math.max(worst, Math.abs(normals[i] - grid.up[i]));
    expect(worst).toBeLessThan(1e-6);
  });

  it('are unit, outward, and tilt toward the centre on the inner wall of Shackleton', () => {
    const grid = makePolarGrid(192);
    const heights = buildHeightGrid(grid);
    const normals = computeNormals(grid, heights);
    let worstLength = 0;
    let leastUp = 1;
    for (let i = 0; i < 192 * 192; i++) {
      const nx = normals[3 * i];
      const ny = normals[3 * i + 1];
      const nz = normals[3 * i + 2];
      worstLength = Math.max(worstLength, Math.abs(Math.hypot(nx, ny, nz) - 1));
      leastUp = Math.min(leastUp, nx * grid.up[3 * i] + ny * grid.up[3 * i + 1] + nz * grid.up[3 * i + 2]);
    }
    expect(worstLength).toBeLessThan(1e-5);
    expect(leastUp).toBeGreaterThan(0.5); // no facet steeper than 60°
    const c = planeOf(SHACKLETON.latDeg, SHACKLETON.lonDeg);
    const wall = verticesWithin(grid, SHACKLETON.latDeg, SHACKLETON.lonDeg, 5.5, 8.5);
    expect(wall.length).toBeGreaterThan(4);
    for (const i of wall) {
      // Tilt of the normal away from up, and its horizontal lean, expressed in the plane.
      const up: Vec3 = [grid.up[3 * i], grid.up[3 * i + 1], grid.up[3 * i + 2]];
      const nrm: Vec3 = [normals[3 * i], normals[3 * i + 1], normals[3 * i + 2]];
      const tiltDeg = Math.acos(nrm[0] * up[0] + nrm[1] * up[1] + nrm[2] * up[2]) / DEG;
      expect(tiltDeg).toBeGreaterThan(15);
      expect(tiltDeg).toBeLessThan(55);
      // Near the pole the plane axes are the Moon-fixed x, y: the lean points toward the centre.
      const toCentre = [c.xKm - grid.xKm[i], c.yKm - grid.yKm[i]];
      expect(nrm[0] * toCentre[0] + nrm[1] * toCentre[1]).toBeGreaterThan(0);
    }
  });
});
