import { readFileSync } from 'node:fs';
import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { MOON_RADIUS_KM } from '../../src/astro/moon';
import { selenographicToMoonFixedKm } from '../../src/astro/selenography';
import type { Vec3 } from '../../src/astro/units';
import { MASSIFS, SHACKLETON } from '../../src/astro/southPole';
import {
  decodePolarHeightGrid,
  gridPositionOf,
  heightKmAt,
  heightKmAtLolaPlane,
  heightsOnPolarGrid,
  loadPolarHeightGrid,
  lolaPlaneToSelenographic,
  selenographicOfGridPosition,
  selenographicToLolaPlane,
  southPoleHeightKmAt,
  type LolaPlanePoint,
  type PolarHeightGrid,
} from '../../src/moon/lola';
import { MOON_NORMAL_TEXTURE, tangentNormalToMoonFixed } from '../../src/moon/moonTextures';
import { makePolarGrid, type LatLonDeg } from '../../src/moon/polarGrid';

const DATA = new URL('../../public/data/', import.meta.url);

function readGrid(name: string): { json: unknown; bin: Buffer; grid: PolarHeightGrid } {
  const json = JSON.parse(readFileSync(new URL(`${name}.json`, DATA), 'utf8')) as { file: string };
  const bin = readFileSync(new URL(json.file, DATA));
  const { grid, error } = decodePolarHeightGrid(json, bin, `${name}.json`);
  if (!grid) throw new Error(error);
  return { json, bin, grid };
}

const LOLA = readGrid('south-pole-ldem-480m');
const LALT = readGrid('south-pole-lalt-1920m');
const lola = LOLA.grid;
const lalt = LALT.grid;

const plane = (latDeg: number, lonDeg: number): LolaPlanePoint => selenographicToLolaPlane(latDeg, lonDeg, { xKm: 0, yKm: 0 });
/** Plane distance, km (the stereographic scale near the pole is 1.000–1.003: ground km to 0.3 %). */
const planeKm = (a: LolaPlanePoint, b: LolaPlanePoint) => Math.hypot(a.xKm - b.xKm, a.yKm - b.yKm);

function lonDiffDeg(a: number, b: number): number {
  return ((((a - b) % 360) + 540) % 360) - 180;
}

/** Highest sample within `radiusKm` of a point, with where it is. */
function highestNear(grid: PolarHeightGrid, latDeg: number, lonDeg: number, radiusKm: number) {
  const c = plane(latDeg, lonDeg);
  let best = { heightKm: -Infinity, at: { xKm: 0, yKm: 0 } };
  for (let j = 0; j < grid.height; j++) {
    for (let i = 0; i < grid.width; i++) {
      const p = { xKm: grid.originXKm + i * grid.spacingKm, yKm: grid.originYKm + j * grid.spacingKm };
      const h = grid.heightsKm[j * grid.width + i];
      if (planeKm(p, c) <= radiusKm && h > best.heightKm) best = { heightKm: h, at: p };
    }
  }
  return best;
}

/**
 * Shackleton's rim, found independently of the catalogue's size: along 72 rays from a centre, the
 * highest point 4–16 km out; a least-squares (Kåsa) circle through those crests, refitted once from its
 * own centre. Returns the circle, the mean crest height and the floor minimum within 4 km of the centre.
 */
function fitShackletonRim() {
  let centre = plane(SHACKLETON.latDeg, SHACKLETON.lonDeg);
  let fit = { cx: 0, cy: 0, r: 0, crestMeanKm: 0 };
  for (let pass = 0; pass < 2; pass++) {
    const pts: [number, number, number][] = [];
    for (let k = 0; k < 72; k++) {
      const a = (k * 5 * Math.PI) / 180;
      let best: [number, number, number] = [0, 0, -Infinity];
      for (let r = 4; r <= 16; r += 0.1) {
        const x = centre.xKm + r * Math.sin(a);
        const y = centre.yKm + r * Math.cos(a);
        const h = heightKmAtLolaPlane(lola, x, y);
        if (h > best[2]) best = [x, y, h];
      }
      pts.push(best);
    }
    // Kåsa: x² + y² = 2ax + 2by + c, least squares (normal equations, 3 × 3).
    const m = [
      [0, 0, 0],
      [0, 0, 0],
      [0, 0, 0],
    ];
    const v = [0, 0, 0];
    for (const [x, y] of pts) {
      const row = [2 * x, 2 * y, 1];
      const rhs = x * x + y * y;
      for (let i = 0; i < 3; i++) {
        v[i] += row[i] * rhs;
        for (let j = 0; j < 3; j++) m[i][j] += row[i] * row[j];
      }
    }
    const [a, b, c] = solve3(m, v);
    fit = { cx: a, cy: b, r: Math.sqrt(c + a * a + b * b), crestMeanKm: pts.reduce((s, p) => s + p[2], 0) / pts.length };
    centre = { xKm: a, yKm: b };
  }
  let floorKm = Infinity;
  for (let dx = -4; dx <= 4; dx += 0.1) {
    for (let dy = -4; dy <= 4; dy += 0.1) {
      if (Math.hypot(dx, dy) <= 4) floorKm = Math.min(floorKm, heightKmAtLolaPlane(lola, fit.cx + dx, fit.cy + dy));
    }
  }
  return { ...fit, floorKm };
}

function solve3(m: number[][], v: number[]): [number, number, number] {
  const det = (a: number[][]) =>
    a[0][0] * (a[1][1] * a[2][2] - a[1][2] * a[2][1]) - a[0][1] * (a[1][0] * a[2][2] - a[1][2] * a[2][0]) + a[0][2] * (a[1][0] * a[2][1] - a[1][1] * a[2][0]);
  const d = det(m);
  const col = (k: number) => m.map((row, i) => row.map((x, j) => (j === k ? v[i] : x)));
  return [det(col(0)) / d, det(col(1)) / d, det(col(2)) / d];
}

describe('LOLA south-pole grid: file and reader', () => {
  it('the bundled grid is 521 × 521 at 480 m, ±124.8 km, and decodes to the README range (−5.24 … +7.02 km)', () => {
    expect([lola.width, lola.height, lola.spacingKm, lola.originXKm, lola.originYKm]).toEqual([521, 521, 0.48, -124.8, -124.8]);
    expect(lola.minKm).toBeCloseTo(-5.24, 2);
    expect(lola.maxKm).toBeCloseTo(7.0195, 3);
    // The pole (the centre sample): the README's +1294 m.
    expect(Math.abs(heightKmAt(lola, -90, 0) * 1000 - 1294)).toBeLessThan(0.6); // ± the README's rounding
  });

  it('rejects a missing, truncated or over-long buffer, and corrupt values, with a message (no throw)', () => {
    const half = LOLA.bin.subarray(0, LOLA.bin.byteLength / 2);
    expect(decodePolarHeightGrid(LOLA.json, null, 'x').error).toMatch(/south-pole-ldem-480m\.bin: missing/);
    expect(decodePolarHeightGrid(LOLA.json, half, 'x').error).toMatch(/truncated: 271441 bytes, expected 542882 \(521 × 521 int16\)/);
    expect(decodePolarHeightGrid(LOLA.json, new Uint8Array(LOLA.bin.byteLength + 2), 'x').error).toMatch(/too long/);
    // An HTML page served in place of the file (an SPA fallback) has the wrong length too.
    expect(decodePolarHeightGrid(LOLA.json, new TextEncoder().encode('<!doctype html><html></html>'), 'x').error).toMatch(/truncated/);
    const corrupt = Buffer.from(LOLA.bin);
    corrupt.writeInt16LE(32000, 1000);
    expect(decodePolarHeightGrid(LOLA.json, corrupt, 'x').error).toMatch(/corrupt: values .* outside the header's range/);
    expect(decodePolarHeightGrid({ ...(LOLA.json as object), width: 'x' }, LOLA.bin, 'lola.json').error).toMatch(/lola\.json: width: must be an integer/);
  });

  it('loadPolarHeightGrid resolves with an error, never rejects: HTTP 404, network failure, truncated body', async () => {
    const respond = (body: BodyInit | null, status = 200) => Promise.resolve(new Response(body, { status }));
    const header = JSON.stringify(LOLA.json);
    const asked: string[] = [];
    const ok = await loadPolarHeightGrid('/base/data/south-pole-ldem-480m.json', ((url: string) => {
      asked.push(url);
      return url.endsWith('.json') ? respond(header) : respond(new Uint8Array(LOLA.bin));
    }) as typeof fetch);
    expect(ok.error).toBeNull();
    expect(ok.grid?.heightsKm[0]).toBe(lola.heightsKm[0]);
    expect(asked).toEqual(['/base/data/south-pole-ldem-480m.json', '/base/data/south-pole-ldem-480m.bin']);

    const missing = await loadPolarHeightGrid('data/h.json', ((url: string) => (url.endsWith('.json') ? respond(header) : respond(null, 404))) as typeof fetch);
    expect(missing).toEqual({ grid: null, error: 'south-pole-ldem-480m.bin: HTTP 404' });
    const offline = await loadPolarHeightGrid('data/h.json', (() => Promise.reject(new TypeError('Failed to fetch'))) as typeof fetch);
    expect(offline.error).toBe('data/h.json: Failed to fetch');
    const cut = await loadPolarHeightGrid('data/h.json', ((url: string) =>
      url.endsWith('.json') ? respond(header) : respond(new Uint8Array(LOLA.bin.subarray(0, 1000)))) as typeof fetch);
    expect(cut.error).toMatch(/truncated: 1000 bytes/);
  });
});

describe('LOLA south-pole grid: projection', () => {
  it('lat/lon → grid position → lat/lon round-trips (1e-9°), and a sample reads back its own DN × 0.5 m', () => {
    const pos = { col: 0, row: 0 };
    const ll: LatLonDeg = { latDeg: 0, lonDeg: 0 };
    for (const [lat, lon] of [
      [-89.67, 129.78],
      [-86, 0],
      [-88.48, -88.34],
      [-87.45, -5.17],
      [-89.999, 179.9],
      [-85.95, -135],
    ]) {
      gridPositionOf(lola, lat, lon, pos);
      selenographicOfGridPosition(lola, pos.col, pos.row, ll);
      expect(ll.latDeg).toBeCloseTo(lat, 9);
      expect(lonDiffDeg(ll.lonDeg, lon)).toBeCloseTo(0, 9);
    }
    for (const [col, row] of [
      [260, 260],
      [0, 0],
      [520, 3],
      [137, 401],
    ]) {
      selenographicOfGridPosition(lola, col, row, ll);
      const dn = LOLA.bin.readInt16LE(2 * (row * 521 + col));
      expect(heightKmAt(lola, ll.latDeg, ll.lonDeg)).toBeCloseTo(dn * 0.0005, 6);
    }
  });

  it('follows the README layout: lon = atan2(x, y), +x toward 90° E, row 0 toward 180°, ρ = 2R tan((90° + lat)/2)', () => {
    const ll = lolaPlaneToSelenographic(10, 0, { latDeg: 0, lonDeg: 0 });
    expect(ll.lonDeg).toBeCloseTo(90, 12);
    expect(lolaPlaneToSelenographic(0, -10, ll).lonDeg).toBeCloseTo(180, 12);
    // 10 plane km from the pole: colatitude 2·atan(10 / 2R).
    expect(90 + ll.latDeg).toBeCloseTo((2 * Math.atan(10 / (2 * MOON_RADIUS_KM)) * 180) / Math.PI, 12);
    expect(gridPositionOf(lola, -89, 180, { col: 0, row: 0 }).row).toBeLessThan(260);
    expect(heightKmAt(lola, -80, 0)).toBeNaN(); // outside the ±124.8 km square
  });

  it('heightsOnPolarGrid swaps the axes of the scene’s PolarGrid (x toward 0° E) and fills outside', () => {
    const grid = makePolarGrid(33, 150);
    const h = heightsOnPolarGrid(grid, [lola], -99);
    let inside = 0;
    for (let i = 0; i < 33 * 33; i++) {
      const expected = heightKmAt(lola, grid.latDeg[i], grid.lonDeg[i]);
      if (Number.isNaN(expected)) expect(h[i]).toBe(-99);
      else {
        inside++;
        expect(h[i]).toBeCloseTo(expected, 5);
      }
    }
    expect(inside).toBeGreaterThan(400);
    // With LALT behind LOLA, everything within ±384 km is filled.
    const both = heightsOnPolarGrid(grid, [lola, lalt], NaN);
    expect(both.every((v) => Number.isFinite(v))).toBe(true);
  });
});

describe('LOLA south-pole grid: the measured craters and massifs', () => {
  const rim = fitShackletonRim();

  it('Shackleton is a depression whose rim circle is centred within 1 km of 89.67° S, 129.78° E', () => {
    const ll = lolaPlaneToSelenographic(rim.cx, rim.cy, { latDeg: 0, lonDeg: 0 });
    expect(planeKm({ xKm: rim.cx, yKm: rim.cy }, plane(SHACKLETON.latDeg, SHACKLETON.lonDeg))).toBeLessThan(1);
    // The README's own fit: 89.661° S, 130.35° E.
    expect(ll.latDeg).toBeCloseTo(-89.66, 1);
    expect(rim.floorKm).toBeLessThan(rim.crestMeanKm - 3);
  });

  it('Shackleton’s rim is 21 ± 2 km across and its floor 3.5–4.7 km below the mean rim crest', () => {
    expect(2 * rim.r).toBeGreaterThan(19);
    expect(2 * rim.r).toBeLessThan(23);
    const depth = rim.crestMeanKm - rim.floorKm;
    expect(depth).toBeGreaterThan(3.5);
    expect(depth).toBeLessThan(4.7);
    // README: floor minimum −2.84 km, mean crest +1.21 km (within the 0.1 km of this fit's sampling).
    expect(rim.floorKm).toBeCloseTo(-2.84, 1);
    expect(Math.abs(rim.crestMeanKm - 1.21)).toBeLessThan(0.15);
  });

  it('Malapert is a high: a summit above +5 km within 15 km of 86° S, 0° E, ≥ 4 km over the ground 30–40 km around it', () => {
    const malapert = MASSIFS.find((m) => m.name === 'Malapert Massif')!;
    const top = highestNear(lola, malapert.latDeg, malapert.lonDeg, 15);
    expect(top.heightKm).toBeGreaterThan(5);
    let ring = 0;
    let n = 0;
    for (let k = 0; k < 36; k++) {
      for (const r of [30, 35, 40]) {
        const h = heightKmAtLolaPlane(lola, top.at.xKm + r * Math.sin((k * Math.PI) / 18), top.at.yKm + r * Math.cos((k * Math.PI) / 18));
        if (!Number.isNaN(h)) {
          ring += h;
          n++;
        }
      }
    }
    expect(top.heightKm - ring / n).toBeGreaterThan(1.5);
    const ll = lolaPlaneToSelenographic(top.at.xKm, top.at.yKm, { latDeg: 0, lonDeg: 0 });
    expect(ll.latDeg).toBeCloseTo(-85.99, 1); // README: +5.16 km at 85.99° S, 2.0° E
  });

  it('Mons Mouton (84.6° S, ~31° E) is beyond the LOLA square; its flank is LOLA’s highest ground and LALT shows its > 6 km top', () => {
    const mouton = MASSIFS.find((m) => m.name === 'Mons Mouton')!;
    expect(heightKmAt(lola, mouton.latDeg, mouton.lonDeg)).toBeNaN();
    const centre = plane(mouton.latDeg, mouton.lonDeg);
    // LOLA's maximum sample (+7.02 km, on the edge row) lies within 30 km of the catalogued centre.
    let k = 0;
    for (let i = 1; i < lola.heightsKm.length; i++) if (lola.heightsKm[i] > lola.heightsKm[k]) k = i;
    const at = { xKm: lola.originXKm + (k % 521) * 0.48, yKm: lola.originYKm + Math.floor(k / 521) * 0.48 };
    expect(planeKm(at, centre)).toBeLessThan(30);
    const top = highestNear(lalt, mouton.latDeg, mouton.lonDeg, 30);
    expect(top.heightKm).toBeGreaterThan(6);
    // ...and it is the highest ground within 100 km.
    expect(highestNear(lalt, mouton.latDeg, mouton.lonDeg, 100).heightKm).toBe(top.heightKm);
    expect(southPoleHeightKmAt([lola, lalt], mouton.latDeg, mouton.lonDeg)).toBeGreaterThan(4.5);
  });

  it('the LALT grid agrees with LOLA where both exist: mean difference < 50 m, RMS < 150 m; Shackleton floor ≈ −2.8 km in both', () => {
    const vs = (LALT.json as { vsLola: { meanKm: number; rmsKm: number } }).vsLola;
    expect(Math.abs(vs.meanKm)).toBeLessThan(0.05);
    expect(vs.rmsKm).toBeLessThan(0.15);
    expect(heightKmAt(lalt, SHACKLETON.latDeg, SHACKLETON.lonDeg)).toBeCloseTo(heightKmAt(lola, SHACKLETON.latDeg, SHACKLETON.lonDeg), 0);
  });
});

describe('Kaguya normal map (east/north/up tangent space)', () => {
  it('Copernicus’s inner walls face its centre: east wall westward, north wall southward, and so on', async () => {
    const { data, info } = await sharp(new URL(`../../public/${MOON_NORMAL_TEXTURE.file}`, import.meta.url).pathname)
      .raw()
      .toBuffer({ resolveWithObject: true });
    expect([info.width, info.height]).toEqual([MOON_NORMAL_TEXTURE.width, MOON_NORMAL_TEXTURE.height]);
    /** Mean texel (0..255 per channel) over 3 × 3 pixels around a point: u = 0 at −180°, v = 0 at +90°. */
    const texel = (latDeg: number, lonDeg: number) => {
      const x = Math.floor(((lonDeg + 180) / 360) * info.width);
      const y = Math.floor(((90 - latDeg) / 180) * info.height);
      const sum = [0, 0, 0];
      for (let dy = -1; dy <= 1; dy++) for (let dx = -1; dx <= 1; dx++) for (let c = 0; c < 3; c++) sum[c] += data[((y + dy) * info.width + x + dx) * info.channels + c];
      return sum.map((v) => v / 9) as [number, number, number];
    };
    // Copernicus: 9.62° N, 20.08° W, 93 km across (IAU gazetteer); inner walls at ~0.7 of the radius.
    const [lat0, lon0] = [9.62, -20.08];
    const dLat = (0.7 * 46.5) / MOON_RADIUS_KM / (Math.PI / 180);
    const dLon = dLat / Math.cos(lat0 * (Math.PI / 180));
    const centre = selenographicToMoonFixedKm(lat0, lon0, 0, [0, 0, 0]);
    for (const [lat, lon, east, north] of [
      [lat0, lon0 + dLon, -1, 0],
      [lat0, lon0 - dLon, 1, 0],
      [lat0 + dLat, lon0, 0, -1],
      [lat0 - dLat, lon0, 0, 1],
    ]) {
      const [r, g, b] = texel(lat, lon);
      if (east) expect(Math.sign(r - 127.5)).toBe(east);
      if (north) expect(Math.sign(g - 127.5)).toBe(north);
      expect(b).toBeGreaterThan(200); // mostly up
      // In the Moon-fixed frame the wall's normal leans toward the crater's centre.
      const n = tangentNormalToMoonFixed(r, g, b, lat, lon, 1, [0, 0, 0]);
      const p = selenographicToMoonFixedKm(lat, lon, 0, [0, 0, 0]);
      const toCentre: Vec3 = [centre[0] - p[0], centre[1] - p[1], centre[2] - p[2]];
      expect(n[0] * toCentre[0] + n[1] * toCentre[1] + n[2] * toCentre[2]).toBeGreaterThan(0);
    }
  });
});
