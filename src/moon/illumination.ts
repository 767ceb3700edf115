import { MOON_RADIUS_KM } from '../astro/moon';
import { sunPositionSelenocentricMoonFixedKm } from '../astro/selenography';
import { RAD_PER_DEG, type Degrees, type Kilometer, type UnixMs, type Vec3 } from '../astro/units';
import {
  checkBufferLength,
  dataViewOf,
  fetchHeaderAndBin,
  lolaPlaneToSelenographic,
  parseGridFields,
  sampleBilinear,
  selenographicToLolaPlane,
  type LolaPlanePoint,
  type PolarGridGeometry,
  type PolarHeightGrid,
} from './lola';
import type { LatLonDeg } from './polarGrid';

/**
 * Sunlight at the lunar south pole from measured heights (pure: no three.js, React or zustand).
 *
 * scripts/build-moon.mjs runs this once, at build time: for every cell of the LOLA 480 m grid near the
 * pole, the terrain's horizon (elevation angle by azimuth, marched over the LOLA grid, then the LALT
 * grid beyond it, then the bare sphere, with the Moon's curvature), then the share of one draconic
 * year of Sun directions in which the Sun's CENTRE is above that horizon. The app reads the result,
 * public/data/south-pole-light.bin, through parseLightLayer / loadLightLayer.
 *
 * Azimuths here are GRID azimuths in the LOLA plane (lola.ts): angle from the plane's +y axis (toward
 * 0° E from the pole) turning toward +x (90° E). The projection is conformal, so a direction keeps its
 * angle; only the reference (grid north vs true north) differs, by the point's longitude.
 */

/**
 * The draconic ("eclipse") year, days: the Sun's mean period of return to the same node of the Moon's
 * orbit. By Cassini's laws the lunar equator keeps that node line too, so it is the period of the
 * Sun's selenographic latitude, i.e. of the polar seasons (value recalled from the standard
 * almanac constant, 346.620 075 d at J2000; not in facts.md).
 */
export const DRACONIC_YEAR_DAYS = 346.620075;

/**
 * Unit vectors from the Moon's centre to the Sun's centre, Moon-fixed (IAU frame of moon.ts), at
 * startMs + k·stepMs for k = 0..count−1, interleaved x, y, z (length 3·count), into `out` when given.
 * Source: selenography.ts sunPositionSelenocentricMoonFixedKm (astronomy-engine). The Sun's parallax
 * across the Moon (< 1.2e-5 rad) is ignored by the users of these directions.
 */
export function sunDirectionsMoonFixed(startMs: UnixMs, stepMs: number, count: number, out?: Float64Array): Float64Array {
  const result = out ?? new Float64Array(3 * count);
  const v: Vec3 = [0, 0, 0];
  for (let k = 0; k < count; k++) {
    sunPositionSelenocentricMoonFixedKm(startMs + k * stepMs, v);
    const inv = 1 / Math.hypot(v[0], v[1], v[2]);
    result[3 * k] = v[0] * inv;
    result[3 * k + 1] = v[1] * inv;
    result[3 * k + 2] = v[2] * inv;
  }
  return result;
}

/** Cells per side of the max-height blocks used to skip low ground while marching. */
const BLOCK = 8;
const INV_BLOCK = 1 / BLOCK;
const INV_2R = 1 / (2 * MOON_RADIUS_KM);
const INV_4R2 = INV_2R * INV_2R;

interface MarchGrid {
  readonly grid: PolarHeightGrid;
  readonly blockMax: Float32Array;
  readonly blocksPerRow: number;
}

/** Height grids to march over, finest first, each with its block maxima. */
export interface HorizonTerrain {
  readonly levels: readonly MarchGrid[];
  /** Highest sample of any level, km. */
  readonly zMaxKm: Kilometer;
}

/**
 * Prepares grids (finest first, e.g. [lola, lalt]) for horizonProfile. A ray leaves a level at its
 * edge and goes on in the next; past the last, the bare sphere (height 0).
 */
export function makeHorizonTerrain(grids: readonly PolarHeightGrid[]): HorizonTerrain {
  let zMaxKm = -Infinity;
  const levels = grids.map((grid) => {
    const { width, height, heightsKm } = grid;
    const blocksPerRow = Math.ceil((width - 1) / BLOCK) + 1;
    const blockRows = Math.ceil((height - 1) / BLOCK) + 1;
    const blockMax = new Float32Array(blocksPerRow * blockRows).fill(-Infinity);
    for (let row = 0; row < height; row++) {
      for (let col = 0; col < width; col++) {
        const z = heightsKm[row * width + col];
        if (z > zMaxKm) zMaxKm = z;
        // A sample bounds its block and, on a block's far edge, the block before (bilinear reads it).
        const bx = Math.floor(col / BLOCK);
        const by = Math.floor(row / BLOCK);
        for (let yy = by - (row % BLOCK === 0 && by > 0 ? 1 : 0); yy <= by; yy++) {
          for (let xx = bx - (col % BLOCK === 0 && bx > 0 ? 1 : 0); xx <= bx; xx++) {
            const b = yy * blocksPerRow + xx;
            if (z > blockMax[b]) blockMax[b] = z;
          }
        }
      }
    }
    return { grid, blockMax, blocksPerRow };
  });
  return { levels, zMaxKm };
}

/**
 * Horizon profile of an observer on the surface at LOLA plane point (xKm, yKm), height h0Km above the
 * sphere: for azimuth a_k = 360°·k/N (grid azimuth, k = 0..N−1, N = out.length), the largest elevation
 * angle (rad) of the terrain seen along that direction, into `out`.
 *
 * Each ray is a straight line of the plane (the conformal projection keeps its bearing; its image of a
 * great circle bends by < ~1 km over 250 km), sampled once per sample spacing of the level it is in,
 * bilinearly. A sample at plane distance s lies g = s/k ground km away (k = the stereographic scale at
 * the ray's midpoint) and subtends (h − h0 − g²/2R)/g (small-angle form: the drop of the sphere below
 * the observer's horizontal plane; 0.03 km short of the exact drop at 250 km). Beyond the last level
 * the bare sphere's steepest slope counts. The march stops once no higher ground can beat the
 * horizon so far (global and per-block height bounds), so it is exact for the sampled terrain.
 */
export function horizonProfile(terrain: HorizonTerrain, xKm: Kilometer, yKm: Kilometer, h0Km: Kilometer, out: Float32Array): Float32Array {
  const n = out.length;
  const { levels, zMaxKm } = terrain;
  const headroom = zMaxKm - h0Km > 0 ? zMaxKm - h0Km : 0;
  for (let a = 0; a < n; a++) {
    const az = (2 * Math.PI * a) / n;
    const dx = Math.sin(az);
    const dy = Math.cos(az);
    let maxSlope = -Infinity;
    let s = 0;
    let g = 0;
    let done = false;
    for (let li = 0; li < levels.length && !done; li++) {
      const { grid, blockMax, blocksPerRow } = levels[li];
      const { width, height, heightsKm, spacingKm: sp } = grid;
      const inv = 1 / sp;
      const fx0 = (xKm - grid.originXKm) * inv;
      const fy0 = (yKm - grid.originYKm) * inv;
      const lastX = width - 1;
      const lastY = height - 1;
      let curBlock = -1;
      for (;;) {
        const sNext = s + sp;
        const fx = fx0 + dx * sNext * inv;
        const fy = fy0 + dy * sNext * inv;
        if (!(fx >= 0 && fy >= 0 && fx <= lastX && fy <= lastY)) break; // on to the next level
        s = sNext;
        const mx = xKm + 0.5 * dx * s;
        const my = yKm + 0.5 * dy * s;
        // g = s / (1 + q²) with q² ≤ 0.013 inside ±384 km: the series to q⁴ is good to 2e-6.
        const q2 = (mx * mx + my * my) * INV_4R2;
        g = s * (1 - q2 + q2 * q2);
        const invG = 1 / g;
        const drop = g * INV_2R;
        // Global bound: no ground is above zMax, and (zMax − h0)/g − g/2R only falls as g grows.
        if (headroom * invG - drop <= maxSlope) {
          done = true;
          break;
        }
        const bx = (fx * INV_BLOCK) | 0;
        const by = (fy * INV_BLOCK) | 0;
        const b = by * blocksPerRow + bx;
        if (b !== curBlock) {
          curBlock = b;
          const rise = blockMax[b] - h0Km;
          if ((rise > 0 ? rise : 0) * invG - drop <= maxSlope) {
            // Nothing in this block can beat the horizon: jump to the first step past the block.
            const tX = dx > 1e-12 ? ((bx + 1) * BLOCK - fx) / dx : dx < -1e-12 ? (fx - bx * BLOCK) / -dx : Infinity;
            const tY = dy > 1e-12 ? ((by + 1) * BLOCK - fy) / dy : dy < -1e-12 ? (fy - by * BLOCK) / -dy : Infinity;
            const skip = Math.ceil((tX < tY ? tX : tY) + 1e-9);
            if (skip > 1) s += (skip - 1) * sp;
            continue;
          }
        }
        let cx = fx | 0;
        let cy = fy | 0;
        if (cx >= lastX) cx = lastX - 1;
        if (cy >= lastY) cy = lastY - 1;
        const tx = fx - cx;
        const ty = fy - cy;
        const j = cy * width + cx;
        const za = heightsKm[j] + (heightsKm[j + 1] - heightsKm[j]) * tx;
        const zb = heightsKm[j + width] + (heightsKm[j + width + 1] - heightsKm[j + width]) * tx;
        const slope = (za + (zb - za) * ty - h0Km) * invG - drop;
        if (slope > maxSlope) maxSlope = slope;
      }
    }
    if (!done) {
      // The bare sphere beyond the last level: its steepest slope over g ≥ the edge is at the
      // geometric horizon g* = √(2R·h0) when that lies beyond the edge, else at the edge.
      const gStar = h0Km > 0 ? Math.sqrt(2 * MOON_RADIUS_KM * h0Km) : 0;
      const gUse = gStar > g ? gStar : g > 0 ? g : 1e-3;
      const sphere = -h0Km / gUse - gUse * INV_2R;
      if (sphere > maxSlope) maxSlope = sphere;
    }
    out[a] = Math.atan(maxSlope);
  }
  return out;
}

let scratchSin = new Float32Array(0);
const scratchLatLon: LatLonDeg = { latDeg: 0, lonDeg: 0 };

/**
 * How many of the Sun directions (unit, Moon-fixed, interleaved; sunDirectionsMoonFixed) put the
 * Sun's CENTRE above the horizon profile (rad, grid azimuths; horizonProfile) of the observer at LOLA
 * plane point (xKm, yKm). The horizon is interpolated linearly (in sin elevation) between azimuths.
 */
export function countSunAboveHorizon(horizonRad: Float32Array, xKm: Kilometer, yKm: Kilometer, sunDirs: Float64Array, count: number): number {
  const n = horizonRad.length;
  if (scratchSin.length < n + 1) scratchSin = new Float32Array(n + 1);
  const sinH = scratchSin;
  let lo = Infinity;
  let hi = -Infinity;
  for (let a = 0; a < n; a++) {
    const v = Math.sin(horizonRad[a]);
    sinH[a] = v;
    if (v < lo) lo = v;
    if (v > hi) hi = v;
  }
  sinH[n] = sinH[0];
  lolaPlaneToSelenographic(xKm, yKm, scratchLatLon);
  const lat = scratchLatLon.latDeg * RAD_PER_DEG;
  const lon = scratchLatLon.lonDeg * RAD_PER_DEG;
  const sinLat = Math.sin(lat);
  const cosLat = Math.cos(lat);
  const sinLon = Math.sin(lon);
  const cosLon = Math.cos(lon);
  // Local up, east and north, Moon-fixed.
  const ux = cosLat * cosLon;
  const uy = cosLat * sinLon;
  const uz = sinLat;
  const nx = -sinLat * cosLon;
  const ny = -sinLat * sinLon;
  const nz = cosLat;
  const perRad = n / (2 * Math.PI);
  let lit = 0;
  for (let k = 0; k < count; k++) {
    const sx = sunDirs[3 * k];
    const sy = sunDirs[3 * k + 1];
    const sz = sunDirs[3 * k + 2];
    const sinE = ux * sx + uy * sy + uz * sz;
    if (sinE <= lo) continue;
    if (sinE > hi) {
      lit++;
      continue;
    }
    const east = -sinLon * sx + cosLon * sy;
    const north = nx * sx + ny * sy + nz * sz;
    // North points away from the pole, along the plane's radius (sin λ, cos λ); east along (cos λ, −sin λ).
    let az = Math.atan2(north * sinLon + east * cosLon, north * cosLon - east * sinLon);
    if (az < 0) az += 2 * Math.PI;
    const f = az * perRad;
    let i0 = f | 0;
    if (i0 >= n) i0 = n - 1;
    const t = f - i0;
    if (sinE > sinH[i0] + (sinH[i0 + 1] - sinH[i0]) * t) lit++;
  }
  return lit;
}

/** The lit-fraction layer of build-moon.mjs. */
export interface LightLayer extends PolarGridGeometry {
  /** Samples in which the Sun's centre was above the cell's horizon, index row·width + col. */
  readonly litSamples: Uint16Array;
  /** litSamples / sampleCount: 0 = never lit in the sampled year. */
  readonly litFraction: Float32Array;
  readonly sampleCount: number;
  /** First sample, Unix ms UTC, and the spacing of the samples, ms. */
  readonly startMs: UnixMs;
  readonly stepMs: number;
  /**
   * The header's most-lit points (results.mostLit: the most-lit cells, each at least 3 km from those
   * before, most lit first), for labels; entries without finite latDeg, lonDeg and litPercent are left out.
   */
  readonly mostLit: readonly MostLitPoint[];
}

export interface MostLitPoint {
  readonly latDeg: Degrees;
  readonly lonDeg: Degrees;
  /** Share of the sampled year lit, %. */
  readonly litPercent: number;
}

function mostLitOf(o: Record<string, unknown>): MostLitPoint[] {
  const results = (typeof o.results === 'object' && o.results !== null ? o.results : {}) as Record<string, unknown>;
  const list = Array.isArray(results.mostLit) ? (results.mostLit as unknown[]) : [];
  const finite = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v);
  return list.flatMap((e) => {
    const p = (typeof e === 'object' && e !== null ? e : {}) as Record<string, unknown>;
    return finite(p.latDeg) && finite(p.lonDeg) && finite(p.litPercent) ? [{ latDeg: p.latDeg, lonDeg: p.lonDeg, litPercent: p.litPercent }] : [];
  });
}

export type LightResult = { layer: LightLayer; error: null } | { layer: null; error: string };

/**
 * Checks the layer's header (JSON) and decodes its uint16le buffer. A missing or wrongly sized buffer,
 * or a count above the header's sample count, comes back as `error`, never as a throw.
 */
export function decodeLightLayer(json: unknown, buffer: ArrayBuffer | ArrayBufferView | null | undefined, file: string): LightResult {
  const errors: string[] = [];
  const parsed = parseGridFields(json, file, 'uint16le', errors);
  const o = (typeof json === 'object' && json !== null ? json : {}) as Record<string, unknown>;
  const sampling = (typeof o.sampling === 'object' && o.sampling !== null ? o.sampling : {}) as Record<string, unknown>;
  const count = sampling.count;
  if (!(Number.isInteger(count) && (count as number) > 0 && (count as number) <= 65535)) errors.push(`${file}: sampling.count: must be an integer 1..65535`);
  const startMs = typeof sampling.startUtc === 'string' ? Date.parse(sampling.startUtc) : NaN;
  if (!Number.isFinite(startMs)) errors.push(`${file}: sampling.startUtc: must be an ISO instant`);
  const stepMs = sampling.stepMs;
  if (!(typeof stepMs === 'number' && stepMs > 0)) errors.push(`${file}: sampling.stepMs: must be a positive number`);
  if (!parsed || errors.length) return { layer: null, error: errors.join('; ') };
  const g = parsed.geometry;
  const lengthError = checkBufferLength(parsed.bin, buffer, g.width, g.height, 'uint16');
  if (lengthError !== null || !buffer) return { layer: null, error: lengthError ?? `${parsed.bin}: missing (no data)` };
  const view = dataViewOf(buffer);
  const cells = g.width * g.height;
  const litSamples = new Uint16Array(cells);
  const litFraction = new Float32Array(cells);
  const inv = 1 / (count as number);
  for (let k = 0; k < cells; k++) {
    const v = view.getUint16(2 * k, true);
    if (v > (count as number)) return { layer: null, error: `${parsed.bin}: corrupt: cell ${k} is lit in ${v} of ${count} samples` };
    litSamples[k] = v;
    litFraction[k] = v * inv;
  }
  return {
    layer: { ...g, litSamples, litFraction, sampleCount: count as number, startMs, stepMs: stepMs as number, mostLit: mostLitOf(o) },
    error: null,
  };
}

/**
 * Fetches the layer's header (`${BASE_URL}data/south-pole-light.json`) and its .bin and decodes them.
 * Never rejects: a network failure, an HTTP error or a bad file comes back as `error`.
 */
export async function loadLightLayer(headerUrl: string, fetchImpl: typeof fetch = fetch): Promise<LightResult> {
  const r = await fetchHeaderAndBin(
    headerUrl,
    fetchImpl,
    (json) => {
      const file = (json as { file?: unknown } | null)?.file;
      return typeof file === 'string' && /^[\w.-]+\.bin$/.test(file) ? file : null;
    },
    (json, buffer) => {
      const d = decodeLightLayer(json, buffer, headerUrl);
      return d.layer ? { value: d.layer, error: null } : { value: null, error: d.error };
    },
  );
  return r.value ? { layer: r.value, error: null } : { layer: null, error: r.error ?? `${headerUrl}: no data` };
}

const scratchPlane: LolaPlanePoint = { xKm: 0, yKm: 0 };

/**
 * Fraction (0..1) of the sampled draconic year in which the Sun's centre is above the local horizon,
 * at a selenographic point (deg, east longitude), bilinear between cells; NaN outside the layer.
 */
export function litFractionAt(layer: LightLayer, latDeg: Degrees, lonDeg: Degrees): number {
  selenographicToLolaPlane(latDeg, lonDeg, scratchPlane);
  return sampleBilinear(layer, layer.litFraction, scratchPlane.xKm, scratchPlane.yKm);
}
