import { readFileSync } from 'node:fs';
import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { selenographicToMoonFixedKm, sunPositionSelenocentricMoonFixedKm } from '../../src/astro/selenography';
import { ARTEMIS_REGIONS, CONTEXT_SITES, ILRS_SITES, MASSIFS, SHACKLETON } from '../../src/astro/southPole';
import type { Vec3 } from '../../src/astro/units';
import { decodeLightLayer, litFractionAt, type LightLayer } from '../../src/moon/illumination';
import { lightTexelsOnPolarGrid } from '../../src/moon/lightLayer';
import {
  decodePolarHeightGrid,
  heightKmAt as lolaHeightKmAt,
  heightKmAtLolaPlane,
  loadPolarHeightGrid,
  selenographicToLolaPlane,
  type GridResult,
  type PolarHeightGrid,
} from '../../src/moon/lola';
import { globeColorMapsToLoad, MOON_COLOR_TEXTURES, sharpestColorMap, type MoonColorMap } from '../../src/moon/moonTextures';
import { heightKmOnPolarGrid, makePolarGrid, nearestVertexIndex, planeScaleFactor, planeToSelenographic, selenographicToPlane } from '../../src/moon/polarGrid';
import { computeNormals, computeSunVisibility } from '../../src/moon/shadow';
import {
  chooseSouthPoleTerrain,
  meanHeightsOnPolarGrid,
  normalFromPlaneSlopes,
  polarDetailOf,
  southPoleSurface,
  squareTexScale,
  TERRAIN_GRID_N,
} from '../../src/moon/southPoleTerrain';
import { buildHeightGrid } from '../../src/moon/terrain';

const DATA = new URL('../../public/data/', import.meta.url);

function readHeader(name: string): { file: string } & Record<string, unknown> {
  return JSON.parse(readFileSync(new URL(name, DATA), 'utf8'));
}

function readGrid(name: string): { json: unknown; bin: Buffer; grid: PolarHeightGrid } {
  const json = readHeader(`${name}.json`);
  const bin = readFileSync(new URL(json.file, DATA));
  const { grid, error } = decodePolarHeightGrid(json, bin, `${name}.json`);
  if (!grid) throw new Error(error);
  return { json, bin, grid };
}

const LOLA = readGrid('south-pole-ldem-480m');
const LALT = readGrid('south-pole-lalt-1920m');
const lola = LOLA.grid;
const lalt = LALT.grid;
const lightJson = readHeader('south-pole-light.json');
const decodedLight = decodeLightLayer(lightJson, readFileSync(new URL(lightJson.file, DATA)), 'south-pole-light.json');
if (!decodedLight.layer) throw new Error(decodedLight.error);
const light: LightLayer = decodedLight.layer;

const ok = (grid: PolarHeightGrid): GridResult => ({ grid, error: null });
const failed = (error: string): GridResult => ({ grid: null, error });

/** The close-up's ground as the app builds it from the bundled files. */
const choice = chooseSouthPoleTerrain(ok(lola), ok(lalt));
const surface = southPoleSurface(choice.grids);
const onSurface = (latDeg: number, lonDeg: number) => heightKmOnPolarGrid(surface.grid, surface.heightsKm, latDeg, lonDeg);

describe('south-pole close-up: which terrain', () => {
  it('uses the measured grids when both load: LOLA first, LALT around it', () => {
    expect(choice.source).toBe('measured');
    expect(choice.grids).toEqual([lola, lalt]);
    expect(surface.source).toBe('lola');
    expect(surface.grid.n).toBe(TERRAIN_GRID_N);
  });

  it('falls back to the previous terrain, with the reason, when a grid is missing or truncated', async () => {
    const respond = (body: BodyInit | null, status = 200) => Promise.resolve(new Response(body, { status }));
    // The app's own loader over a server that cuts the LOLA body short and has no LALT file.
    const cut = await loadPolarHeightGrid('data/south-pole-ldem-480m.json', ((url: string) =>
      url.endsWith('.json') ? respond(JSON.stringify(LOLA.json)) : respond(new Uint8Array(LOLA.bin.subarray(0, 4096)))) as typeof fetch);
    const missing = await loadPolarHeightGrid('data/south-pole-lalt-1920m.json', (() => respond('not found', 404)) as typeof fetch);

    const lolaBad = chooseSouthPoleTerrain(cut, ok(lalt));
    expect(lolaBad.source).toBe('previous');
    expect(lolaBad.grids).toBeNull();
    expect(lolaBad.problem).toMatch(/south-pole-ldem-480m\.bin: truncated: 4096 bytes/);

    const laltBad = chooseSouthPoleTerrain(ok(lola), missing);
    expect(laltBad.source).toBe('previous');
    expect(laltBad.problem).toBe('data/south-pole-lalt-1920m.json: HTTP 404');

    const both = chooseSouthPoleTerrain(cut, missing);
    expect(both.problem).toContain('truncated');
    expect(both.problem).toContain('HTTP 404');
    expect(chooseSouthPoleTerrain(failed('a'), failed('b')).problem).toBe('a; b');
  });

  it('the previous terrain is the Moon Kit elevation when one is installed, else the crater-catalogue model', () => {
    const n = 33;
    const catalogue = southPoleSurface(null, undefined, n);
    expect(catalogue.source).toBe('catalogue');
    expect(Array.from(catalogue.heightsKm)).toEqual(Array.from(buildHeightGrid(catalogue.grid)));
    const kit = southPoleSurface(null, (lat, lon) => 0.001 * lat + 0.0001 * lon, n);
    expect(kit.source).toBe('moon-kit');
    expect(kit.heightsKm[100]).toBeCloseTo(0.001 * kit.grid.latDeg[100] + 0.0001 * kit.grid.lonDeg[100], 6);
  });
});

describe('south-pole close-up: the measured surface drawn', () => {
  it('each vertex is the mean of the LOLA samples in its cell (a direct average, to 1 m), and differs from a point sample', () => {
    // Direct average: every LOLA sample whose plane position falls inside the vertex's cell, for vertices
    // well inside the LOLA square; and the bilinear value at the vertex, which the mean smooths.
    const { grid, heightsKm } = surface;
    const half = grid.spacingKm / 2;
    let worst = 0;
    let pointDiff2 = 0;
    let count = 0;
    for (let i = 0; i < grid.n * grid.n; i += 37) {
      // polarGrid (x, y) is the LOLA plane's (y, x).
      const X = grid.yKm[i];
      const Y = grid.xKm[i];
      if (Math.abs(X) > 120 || Math.abs(Y) > 120) continue;
      let s = 0;
      let k = 0;
      for (let j = 0; j < lola.height; j++) {
        const y = lola.originYKm + j * lola.spacingKm;
        if (Math.abs(y - Y) > half) continue;
        for (let c = 0; c < lola.width; c++) {
          const x = lola.originXKm + c * lola.spacingKm;
          if (Math.abs(x - X) <= half) {
            s += lola.heightsKm[j * lola.width + c];
            k++;
          }
        }
      }
      expect(k).toBeGreaterThanOrEqual(25);
      worst = Math.max(worst, Math.abs(heightsKm[i] - s / k));
      pointDiff2 += (heightsKm[i] - heightKmAtLolaPlane(lola, X, Y)) ** 2;
      count++;
    }
    expect(count).toBeGreaterThan(200);
    expect(worst).toBeLessThan(0.001);
    expect(Math.sqrt(pointDiff2 / count)).toBeGreaterThan(0.01);
  });

  it('beyond the LOLA square the ground is LALT’s, and no vertex of the cap falls back to the catalogue', () => {
    const marked = meanHeightsOnPolarGrid(surface.grid, [lola, lalt], () => 99);
    expect(marked.some((h) => h === 99)).toBe(false);
    const mouton = MASSIFS.find((m) => m.name === 'Mons Mouton')!;
    expect(onSurface(mouton.latDeg, mouton.lonDeg)).toBeCloseTo(heightKmAtLolaPlane(lalt, ...xy(mouton.latDeg, mouton.lonDeg)), 0);
  });

  it('Shackleton on the drawn surface: a bowl over 3 km deep, centred within 1.5 km of 89.67° S, 129.78° E (2.7 km cells)', () => {
    const c = selenographicToPlane(SHACKLETON.latDeg, SHACKLETON.lonDeg, { xKm: 0, yKm: 0 });
    let lowest = { h: Infinity, x: 0, y: 0 };
    for (let dx = -6; dx <= 6; dx += 0.25) {
      for (let dy = -6; dy <= 6; dy += 0.25) {
        const ll = planeToLatLon(c.xKm + dx, c.yKm + dy);
        const h = onSurface(ll.latDeg, ll.lonDeg);
        if (h < lowest.h) lowest = { h, x: c.xKm + dx, y: c.yKm + dy };
      }
    }
    // The rim: the crest along 36 rays, 6–16 km from the centre.
    let crest = 0;
    for (let k = 0; k < 36; k++) {
      let best = -Infinity;
      for (let r = 6; r <= 16; r += 0.25) {
        const ll = planeToLatLon(c.xKm + r * Math.cos((k * Math.PI) / 18), c.yKm + r * Math.sin((k * Math.PI) / 18));
        best = Math.max(best, onSurface(ll.latDeg, ll.lonDeg));
      }
      crest += best / 36;
    }
    expect(Math.hypot(lowest.x - c.xKm, lowest.y - c.yKm)).toBeLessThan(4); // the floor's lowest cell, off-centre as in LOLA (89.63° S, 121° E)
    expect(crest - lowest.h).toBeGreaterThan(3);
    expect(crest - lowest.h).toBeLessThan(4.7);
    // The floor within 0.3 km of LOLA's there: the 6.6 km floor is wider than the cells.
    expect(Math.abs(onSurface(SHACKLETON.latDeg, SHACKLETON.lonDeg) - lolaHeightKmAt(lola, SHACKLETON.latDeg, SHACKLETON.lonDeg))).toBeLessThan(0.3);
  });

  it('Malapert and Mons Mouton stand high on the drawn surface (> 4.5 km), above the pole’s +1.3 km', () => {
    const top = (latDeg: number, lonDeg: number) => {
      const c = selenographicToPlane(latDeg, lonDeg, { xKm: 0, yKm: 0 });
      let best = -Infinity;
      for (let dx = -20; dx <= 20; dx += 1) {
        for (let dy = -20; dy <= 20; dy += 1) {
          const ll = planeToLatLon(c.xKm + dx, c.yKm + dy);
          best = Math.max(best, onSurface(ll.latDeg, ll.lonDeg));
        }
      }
      return best;
    };
    const pole = onSurface(-90, 0);
    expect(pole).toBeCloseTo(1.29, 0);
    for (const m of MASSIFS) expect(top(m.latDeg, m.lonDeg)).toBeGreaterThan(4.5);
  });

  it('shadows marched over the drawn surface toward the true Sun (2026, every 4.2 d): Shackleton’s floor never lit; the most-lit points within 10 points of the light layer', () => {
    const vis = new Float32Array(surface.grid.n ** 2);
    const vertexAt = (latDeg: number, lonDeg: number) => {
      const p = selenographicToPlane(latDeg, lonDeg, { xKm: 0, yKm: 0 });
      return nearestVertexIndex(surface.grid, p.xKm, p.yKm);
    };
    const floor = vertexAt(SHACKLETON.latDeg, SHACKLETON.lonDeg);
    // The rim's, the connecting ridge's and Malapert's most-lit cells (the header's 85.9, 92 and 83.4 %).
    const best = [light.mostLit[2], light.mostLit[0], light.mostLit[6]];
    const lit = best.map(() => 0);
    let floorLit = 0;
    let count = 0;
    for (let t = Date.UTC(2026, 0, 1); t < Date.UTC(2027, 0, 1); t += 4.2 * 86_400_000) {
      const s = sunPositionSelenocentricMoonFixedKm(t, [0, 0, 0]);
      const r = Math.hypot(...s);
      computeSunVisibility(surface.grid, surface.heightsKm, [s[0] / r, s[1] / r, s[2] / r], vis);
      floorLit += vis[floor];
      best.forEach((p, k) => (lit[k] += vis[vertexAt(p.latDeg, p.lonDeg)] > 0.5 ? 1 : 0)); // the Sun's centre up
      count++;
    }
    expect(floorLit).toBe(0);
    best.forEach((p, k) => expect(Math.abs((100 * lit[k]) / count - p.litPercent)).toBeLessThan(10));
  });

  it('markers sit on the drawn surface: within 0.5 km of LOLA’s own height at every site in its square', () => {
    let checked = 0;
    for (const s of [SHACKLETON, ...ARTEMIS_REGIONS, ...ILRS_SITES, ...CONTEXT_SITES]) {
      const measured = lolaHeightKmAt(lola, s.latDeg, s.lonDeg);
      if (Number.isNaN(measured)) continue;
      expect(Math.abs(onSurface(s.latDeg, s.lonDeg) - measured)).toBeLessThan(0.5);
      checked++;
    }
    expect(checked).toBeGreaterThan(8);
    // At a vertex the sampler returns the vertex itself.
    const i = 96 * TERRAIN_GRID_N + 100;
    expect(onSurface(surface.grid.latDeg[i], surface.grid.lonDeg[i])).toBeCloseTo(surface.heightsKm[i], 5);
    expect(heightKmOnPolarGrid(surface.grid, surface.heightsKm, -70, 0)).toBeNaN();
  });
});

describe('south-pole close-up: 480 m relief and the light layer as textures', () => {
  const detail = polarDetailOf(lola)!;

  it('texel centres: u = ½ + x·scale puts the square’s edge samples at ½ texel from 0 and 1', () => {
    const s = squareTexScale(521, 124.8);
    expect(0.5 - 124.8 * s).toBeCloseTo(0.5 / 521, 12);
    expect(0.5 + 124.8 * s).toBeCloseTo(1 - 0.5 / 521, 12);
    expect(polarDetailOf({ ...lola, originXKm: -100 })).toBeNull();
  });

  it('the 480 m relief: its normals match an independent facet normal from 3-D positions of LOLA heights (within 0.5°)', () => {
    const { n, halfSizeKm, normalsMoonFixed } = detail;
    const h = (2 * halfSizeKm) / (n - 1);
    for (const [row, col] of [
      [260, 260],
      [248, 270],
      [300, 151],
      [77, 402],
      [255, 243],
      [0, 17],
    ]) {
      // Texel [row, col] is PolarGrid (x = −L + col·h, y = −L + row·h); its neighbours ±1 texel in x and y.
      const x = -halfSizeKm + col * h;
      const y = -halfSizeKm + row * h;
      const p = (dc: number, dr: number): Vec3 => {
        const ll = planeToLatLon(x + dc * h, y + dr * h);
        return selenographicToMoonFixedKm(ll.latDeg, ll.lonDeg, lolaHeightKmAt(lola, ll.latDeg, ll.lonDeg), [0, 0, 0]);
      };
      const dr0 = row > 0 ? -1 : 0;
      const ex = sub(p(1, 0), p(-1, 0));
      const ey = sub(p(0, 1), p(0, dr0));
      // Seen from outside the Moon (from below the south pole) the plane's x, y axes turn clockwise: up = ey × ex.
      const facet = unit(cross(ey, ex));
      const k = 3 * (row * n + col);
      const got: Vec3 = [normalsMoonFixed[k], normalsMoonFixed[k + 1], normalsMoonFixed[k + 2]];
      expect(Math.hypot(...got)).toBeCloseTo(1, 6);
      expect((Math.acos(Math.min(1, dotv(got, facet))) * 180) / Math.PI).toBeLessThan(0.5);
    }
  });

  it('normalFromPlaneSlopes is shadow.ts computeNormals’ formula (1e-9) on a grid of its own, and the sphere’s radial on flat ground', () => {
    const grid = makePolarGrid(41, 60);
    const heights = Float32Array.from(grid.xKm, (x, i) => 0.3 * Math.sin(x / 7) + 0.2 * Math.cos(grid.yKm[i] / 5));
    const normals = computeNormals(grid, heights);
    const got: Vec3 = [0, 0, 0];
    for (const i of [0, 20 * 41 + 20, 7 * 41 + 33, 40 * 41 + 3]) {
      const row = Math.floor(i / 41);
      const col = i % 41;
      const c0 = Math.max(0, col - 1);
      const c1 = Math.min(40, col + 1);
      const r0 = Math.max(0, row - 1);
      const r1 = Math.min(40, row + 1);
      const k = planeScaleFactor(grid.xKm[i], grid.yKm[i]);
      const gx = ((heights[row * 41 + c1] - heights[row * 41 + c0]) / ((c1 - c0) * grid.spacingKm)) * k;
      const gy = ((heights[r1 * 41 + col] - heights[r0 * 41 + col]) / ((r1 - r0) * grid.spacingKm)) * k;
      normalFromPlaneSlopes(grid.xKm[i], grid.yKm[i], gx, gy, got);
      for (let a = 0; a < 3; a++) expect(got[a]).toBeCloseTo(normals[3 * i + a], 6); // float32 normals
      normalFromPlaneSlopes(grid.xKm[i], grid.yKm[i], 0, 0, got);
      for (let a = 0; a < 3; a++) expect(got[a]).toBeCloseTo(grid.up[3 * i + a], 12);
    }
  });

  it('light texels: Shackleton’s floor is masked never-lit, the rim’s best cell and the most-lit points read back their fractions', () => {
    const texels = lightTexelsOnPolarGrid(light)!;
    expect([texels.n, texels.halfSizeKm]).toEqual([521, 124.8]);
    const step = (2 * texels.halfSizeKm) / (texels.n - 1);
    const texelAt = (latDeg: number, lonDeg: number) => {
      const p = selenographicToPlane(latDeg, lonDeg, { xKm: 0, yKm: 0 });
      const col = Math.round((p.xKm + texels.halfSizeKm) / step);
      const row = Math.round((p.yKm + texels.halfSizeKm) / step);
      return [texels.texels[2 * (row * texels.n + col)], texels.texels[2 * (row * texels.n + col) + 1]];
    };
    expect(texelAt(SHACKLETON.latDeg, SHACKLETON.lonDeg)).toEqual([0, 255]);
    expect(light.mostLit.length).toBe(10);
    expect(light.mostLit[0].litPercent).toBe(92);
    for (const p of light.mostLit) {
      const [fraction, never] = texelAt(p.latDeg, p.lonDeg);
      expect(never).toBe(0);
      expect(Math.abs(fraction - (p.litPercent / 100) * 255)).toBeLessThanOrEqual(1);
      expect(litFractionAt(light, p.latDeg, p.lonDeg)).toBeCloseTo(p.litPercent / 100, 2);
    }
    // Every never-lit cell, and only those, is masked.
    let masked = 0;
    for (let k = 0; k < texels.n * texels.n; k++) if (texels.texels[2 * k + 1] === 255) masked++;
    expect(masked).toBe((lightJson.results as { permanentlyShadowed: { cells: number } }).permanentlyShadowed.cells);
  });

  it('a header without a most-lit list still decodes (no labels)', () => {
    const bare = decodeLightLayer({ ...lightJson, results: undefined }, readFileSync(new URL(lightJson.file, DATA)), 'l.json');
    expect(bare.layer?.mostLit).toEqual([]);
  });
});

describe('the globe’s colour map', () => {
  it('is the small map in the Earth view; in the lunar views the 2k map first and the 4k one after, both ≥ 2048 px wide', async () => {
    expect(globeColorMapsToLoad(false)).toEqual([]);
    expect(sharpestColorMap(globeColorMapsToLoad(false))).toBe('small');
    const order = globeColorMapsToLoad(true);
    expect(order).toEqual(['2k', '4k']);
    // Whatever has loaded once the first lunar map is in, the globe shows at least 2048 px.
    const loaded: MoonColorMap[] = [];
    for (const m of order) {
      loaded.push(m);
      expect(MOON_COLOR_TEXTURES[sharpestColorMap(loaded)].widthPx).toBeGreaterThanOrEqual(2048);
    }
    expect(sharpestColorMap(['4k', '2k'])).toBe('4k');
    // The files are as wide as the table says, and 2:1.
    for (const m of ['small', '2k', '4k'] as const) {
      const meta = await sharp(new URL(`../../public/${MOON_COLOR_TEXTURES[m].file}`, import.meta.url).pathname).metadata();
      expect([meta.width, meta.height]).toEqual([MOON_COLOR_TEXTURES[m].widthPx, MOON_COLOR_TEXTURES[m].widthPx / 2]);
    }
  });
});

function xy(latDeg: number, lonDeg: number): [number, number] {
  const p = selenographicToLolaPlane(latDeg, lonDeg, { xKm: 0, yKm: 0 });
  return [p.xKm, p.yKm];
}

/** PolarGrid plane (x toward 0° E) → lat/lon. */
function planeToLatLon(xKm: number, yKm: number) {
  return planeToSelenographic(xKm, yKm, { latDeg: 0, lonDeg: 0 });
}

function sub(a: Vec3, b: Vec3): Vec3 {
  return [a[0] - b[0], a[1] - b[1], a[2] - b[2]];
}
function cross(a: Vec3, b: Vec3): Vec3 {
  return [a[1] * b[2] - a[2] * b[1], a[2] * b[0] - a[0] * b[2], a[0] * b[1] - a[1] * b[0]];
}
function unit(v: Vec3): Vec3 {
  const r = Math.hypot(...v);
  return [v[0] / r, v[1] / r, v[2] / r];
}
function dotv(a: Vec3, b: Vec3): number {
  return a[0] * b[0] + a[1] * b[1] + a[2] * b[2];
}

