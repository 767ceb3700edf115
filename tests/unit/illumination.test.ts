import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { elevationDegFromMoonFixed, selenographicToMoonFixedKm, sunElevationDegAt } from '../../src/astro/selenography';
import { SHACKLETON } from '../../src/astro/southPole';
import type { Vec3 } from '../../src/astro/units';
import {
  countSunAboveHorizon,
  decodeLightLayer,
  DRACONIC_YEAR_DAYS,
  horizonProfile,
  litFractionAt,
  loadLightLayer,
  makeHorizonTerrain,
  sunDirectionsMoonFixed,
  type LightLayer,
} from '../../src/moon/illumination';
import {
  decodePolarHeightGrid,
  gridPositionOf,
  heightKmAtLolaPlane,
  lolaPlaneToSelenographic,
  selenographicToLolaPlane,
  type PolarHeightGrid,
} from '../../src/moon/lola';

const DATA = new URL('../../public/data/', import.meta.url);
const DEG = Math.PI / 180;
const HOUR_MS = 3_600_000;

function readJson(name: string): { file: string } & Record<string, unknown> {
  return JSON.parse(readFileSync(new URL(name, DATA), 'utf8'));
}

function readGrid(name: string): PolarHeightGrid {
  const json = readJson(`${name}.json`);
  const { grid, error } = decodePolarHeightGrid(json, readFileSync(new URL(json.file, DATA)), name);
  if (!grid) throw new Error(error);
  return grid;
}

const lola = readGrid('south-pole-ldem-480m');
const lalt = readGrid('south-pole-lalt-1920m');
const lightJson = readJson('south-pole-light.json');
const lightBin = readFileSync(new URL(lightJson.file, DATA));
const decoded = decodeLightLayer(lightJson, lightBin, 'south-pole-light.json');
if (!decoded.layer) throw new Error(decoded.error);
const layer: LightLayer = decoded.layer;

const shackletonCentre = selenographicToLolaPlane(SHACKLETON.latDeg, SHACKLETON.lonDeg, { xKm: 0, yKm: 0 });

/** Layer cells whose plane distance from Shackleton's centre lies in [r0, r1] km, with their fractions. */
function cellsAroundShackleton(r0: number, r1: number): { fraction: number; xKm: number; yKm: number }[] {
  const out = [];
  for (let j = 0; j < layer.height; j++) {
    for (let i = 0; i < layer.width; i++) {
      const xKm = layer.originXKm + i * layer.spacingKm;
      const yKm = layer.originYKm + j * layer.spacingKm;
      const d = Math.hypot(xKm - shackletonCentre.xKm, yKm - shackletonCentre.yKm);
      if (d >= r0 && d <= r1) out.push({ fraction: layer.litFraction[j * layer.width + i], xKm, yKm });
    }
  }
  return out;
}

describe('lit-fraction layer: the bundled file', () => {
  it('samples one draconic year at least every 2 hours and covers ≥ 40 km around the pole', () => {
    expect(layer.sampleCount * (layer.stepMs / HOUR_MS)).toBeCloseTo(DRACONIC_YEAR_DAYS * 24, 3);
    expect(layer.stepMs).toBeLessThanOrEqual(2 * HOUR_MS);
    expect(-layer.originXKm).toBeGreaterThanOrEqual(40);
    expect(-layer.originYKm).toBeGreaterThanOrEqual(40);
  });

  it('Shackleton’s floor is never lit: 0 % in every cell within 3 km of its centre', () => {
    const floor = cellsAroundShackleton(0, 3);
    expect(floor.length).toBeGreaterThan(100);
    expect(Math.max(...floor.map((c) => c.fraction))).toBe(0);
    expect(litFractionAt(layer, SHACKLETON.latDeg, SHACKLETON.lonDeg)).toBe(0);
  });

  it('Shackleton’s rim (9–12.5 km from its centre) has its best point lit 70–95 % of the year (facts.md §5.2: ~80–90 %)', () => {
    const rim = cellsAroundShackleton(9, 12.5);
    const best = Math.max(...rim.map((c) => c.fraction));
    expect(best).toBeGreaterThanOrEqual(0.7);
    expect(best).toBeLessThanOrEqual(0.95);
  });

  it('the header’s most-lit points are what the layer holds there', () => {
    const results = lightJson.results as { mostLit: { latDeg: number; lonDeg: number; litPercent: number; cell: [number, number] }[] };
    expect(results.mostLit.length).toBeGreaterThan(3);
    const pos = { col: 0, row: 0 };
    for (const p of results.mostLit) {
      const [col, row] = p.cell;
      expect(100 * layer.litFraction[row * layer.width + col]).toBeCloseTo(p.litPercent, 1);
      gridPositionOf(layer, p.latDeg, p.lonDeg, pos);
      expect(Math.hypot(pos.col - col, pos.row - row)).toBeLessThan(0.05);
    }
  });

  it('rejects a missing or truncated buffer and an impossible count, with a message', () => {
    expect(decodeLightLayer(lightJson, null, 'l.json').error).toMatch(/south-pole-light\.bin: missing/);
    expect(decodeLightLayer(lightJson, lightBin.subarray(0, 10), 'l.json').error).toMatch(/truncated: 10 bytes/);
    const bad = Buffer.from(lightBin);
    bad.writeUInt16LE(65535, 0);
    expect(decodeLightLayer(lightJson, bad, 'l.json').error).toMatch(/corrupt: cell 0 is lit in 65535 of/);
    expect(decodeLightLayer({ ...lightJson, sampling: {} }, lightBin, 'l.json').error).toMatch(/l\.json: sampling\.count/);
  });

  it('loadLightLayer resolves with an error on HTTP 404 instead of rejecting', async () => {
    const fake = ((url: string) =>
      Promise.resolve(url.endsWith('.json') ? new Response(JSON.stringify(lightJson)) : new Response(null, { status: 404 }))) as typeof fetch;
    expect(await loadLightLayer('data/south-pole-light.json', fake)).toEqual({ layer: null, error: 'south-pole-light.bin: HTTP 404' });
  });
});

describe('horizon and Sun: the build-time code against independent geometry', () => {
  const terrain = makeHorizonTerrain([lola, lalt]);

  /**
   * Brute-force horizon: along the same plane ray, every 0.48 km (one LOLA spacing, also across the
   * LALT ring, where horizonProfile steps 1.92 km) out to 380 km, heights from LOLA then LALT, each
   * elevation from exact 3-D positions (selenography.ts): no pruning and no small-angle formulas.
   */
  function bruteHorizonDeg(xKm: number, yKm: number, azDeg: number): number {
    const ll = { latDeg: 0, lonDeg: 0 };
    lolaPlaneToSelenographic(xKm, yKm, ll);
    const p = selenographicToMoonFixedKm(ll.latDeg, ll.lonDeg, heightKmAtLolaPlane(lola, xKm, yKm), [0, 0, 0]);
    const q: Vec3 = [0, 0, 0];
    let best = -90;
    for (let s = 0.48; s < 380; s += 0.48) {
      const x = xKm + s * Math.sin(azDeg * DEG);
      const y = yKm + s * Math.cos(azDeg * DEG);
      let h = heightKmAtLolaPlane(lola, x, y);
      if (Number.isNaN(h)) h = heightKmAtLolaPlane(lalt, x, y);
      if (Number.isNaN(h)) break;
      lolaPlaneToSelenographic(x, y, ll);
      best = Math.max(best, elevationDegFromMoonFixed(p, selenographicToMoonFixedKm(ll.latDeg, ll.lonDeg, h, q)));
    }
    return best;
  }

  it('horizonProfile matches a brute-force march with exact 3-D geometry within 0.03° (rim, floor, ridge, Malapert, Shoemaker)', () => {
    const profile = new Float32Array(36);
    const pos = { col: 0, row: 0 };
    for (const [lat, lon] of [
      [-89.773, -155.22], // the rim's most-lit point
      [-89.67, 129.78], // Shackleton's floor
      [-89.44, -137.29], // the connecting ridge
      [-85.99, 2], // Malapert's top
      [-88.14, 45.91], // Shoemaker's floor
    ]) {
      // Observers stand on samples, as in the build.
      gridPositionOf(lola, lat, lon, pos);
      const x = lola.originXKm + Math.round(pos.col) * lola.spacingKm;
      const y = lola.originYKm + Math.round(pos.row) * lola.spacingKm;
      horizonProfile(terrain, x, y, heightKmAtLolaPlane(lola, x, y), profile);
      for (let a = 0; a < 36; a++) expect(Math.abs(profile[a] / DEG - bruteHorizonDeg(x, y, a * 10))).toBeLessThan(0.03);
    }
  });

  it('countSunAboveHorizon with a flat 0° horizon counts exactly the instants selenography.ts puts the Sun’s centre above 0°', () => {
    const start = Date.UTC(2026, 2, 1);
    const count = 400;
    const dirs = sunDirectionsMoonFixed(start, 6 * HOUR_MS, count);
    const flat = new Float32Array(360);
    for (const [lat, lon] of [
      [-88.5, 60],
      [-86, -120],
      [-89.9, 10],
    ]) {
      const c = selenographicToLolaPlane(lat, lon, { xKm: 0, yKm: 0 });
      let expected = 0;
      for (let k = 0; k < count; k++) if (sunElevationDegAt(start + k * 6 * HOUR_MS, lat, lon) > 0) expected++;
      expect(expected).toBeGreaterThan(0);
      expect(countSunAboveHorizon(flat, c.xKm, c.yKm, dirs, count)).toBe(expected);
    }
  });

  it('maps the Sun to the right grid azimuth: a wall over one 90° sector hides exactly the Sun positions found there numerically', () => {
    const start = Date.UTC(2026, 5, 1);
    const count = 240;
    const dirs = sunDirectionsMoonFixed(start, 3 * HOUR_MS, count);
    const [lat, lon] = [-87.5, -40];
    const c = selenographicToLolaPlane(lat, lon, { xKm: 0, yKm: 0 });
    const wall = new Float32Array(360).map((_, a) => (a >= 45 && a < 135 ? 30 * DEG : -30 * DEG));
    // Independent azimuth: step 1 km from the point toward the Sun's horizontal direction on the
    // sphere, project both points, and read the plane bearing.
    const p = selenographicToMoonFixedKm(lat, lon, 0, [0, 0, 0]);
    const up = p.map((v) => v / Math.hypot(...p));
    let expected = 0;
    let nearEdge = 0;
    for (let k = 0; k < count; k++) {
      const s = [dirs[3 * k], dirs[3 * k + 1], dirs[3 * k + 2]];
      const e = up[0] * s[0] + up[1] * s[1] + up[2] * s[2];
      const hz = s.map((v, i) => v - e * up[i]);
      const len = Math.hypot(...hz);
      const q = p.map((v, i) => v + (hz[i] / len) * 1);
      const r = Math.hypot(...q);
      const b = selenographicToLolaPlane(Math.asin(q[2] / r) / DEG, Math.atan2(q[1], q[0]) / DEG, { xKm: 0, yKm: 0 });
      const az = ((Math.atan2(b.xKm - c.xKm, b.yKm - c.yKm) / DEG) + 360) % 360;
      const eDeg = Math.asin(e) / DEG;
      // Within 1.5° of the sector's edges the profile ramps between its azimuths: either answer is right.
      if (Math.abs(az - 45) < 1.5 || Math.abs(az - 135) < 1.5) nearEdge++;
      else if (eDeg > (az > 45 && az < 135 ? 30 : -30)) expected++;
    }
    const got = countSunAboveHorizon(wall, c.xKm, c.yKm, dirs, count);
    expect(got).toBeGreaterThanOrEqual(expected);
    expect(got).toBeLessThanOrEqual(expected + nearEdge);
    expect(expected).toBeGreaterThan(20);
    expect(expected).toBeLessThan(count - 20);
  });
});
