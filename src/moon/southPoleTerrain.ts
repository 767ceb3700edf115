import { MOON_RADIUS_KM } from '../astro/moon';
import type { Degrees, Kilometer, Vec3 } from '../astro/units';
import { heightKmAtLolaPlane, type GridResult, type PolarHeightGrid } from './lola';
import { makePolarGrid, planeUpMoonFixed, type PolarGrid } from './polarGrid';
import { tiltedNormal } from './shadow';
import { buildHeightGrid, heightKmAt as catalogueHeightKmAt } from './terrain';

/**
 * The heights the south-pole close-up is built from (pure: no three.js, React or zustand): the measured
 * LOLA 480 m grid with the SELENE LALT 1920 m square around it, or, when either is missing or bad, the
 * terrain the app drew before them (a NASA CGI Moon Kit elevation map, else terrain.ts's crater-catalogue
 * model) with the reason.
 */

/** Vertices per side of the scene's south-pole grid (192 cells ≈ 2.7 km over ±258 km). */
export const TERRAIN_GRID_N = 193;

/** The close-up's ground: a PolarGrid and a height (km above the 1737.4 km sphere) per vertex. */
export interface SouthPoleSurface {
  readonly grid: PolarGrid;
  readonly heightsKm: Float32Array;
  /** Where the heights come from. */
  readonly source: 'lola' | 'moon-kit' | 'catalogue';
}

/**
 * The close-up's ground on an n × n grid over the cap (±258 km): the mean measured heights when `grids`
 * are given (meanHeightsOnPolarGrid; the crater catalogue fills any cell they miss, none inside ±384 km),
 * else the previous terrain: `heightKmAt` (a Moon Kit elevation map) when given, else the catalogue model.
 */
export function southPoleSurface(
  grids: readonly PolarHeightGrid[] | null,
  heightKmAt?: (latDeg: Degrees, lonDeg: Degrees) => Kilometer,
  n = TERRAIN_GRID_N,
): SouthPoleSurface {
  const grid = makePolarGrid(n);
  if (grids) return { grid, heightsKm: meanHeightsOnPolarGrid(grid, grids, catalogueHeightKmAt), source: 'lola' };
  if (heightKmAt) return { grid, heightsKm: Float32Array.from(grid.latDeg, (lat, i) => heightKmAt(lat, grid.lonDeg[i])), source: 'moon-kit' };
  return { grid, heightsKm: buildHeightGrid(grid), source: 'catalogue' };
}

/** Measured grids (finest first), or the reason they cannot be used. */
export type SouthPoleTerrainChoice =
  | { readonly source: 'measured'; readonly grids: readonly PolarHeightGrid[]; readonly problem: null }
  | { readonly source: 'previous'; readonly grids: null; readonly problem: string };

/**
 * Measured terrain needs both grids: LOLA for the ±124.8 km square and LALT for the rest of the cap
 * (to ±258 km). Either failing (missing, truncated, corrupt) falls back to the previous terrain as a whole,
 * rather than a seam between measured and modelled ground 125 km from the pole.
 */
export function chooseSouthPoleTerrain(lola: GridResult, lalt: GridResult): SouthPoleTerrainChoice {
  if (lola.grid && lalt.grid) return { source: 'measured', grids: [lola.grid, lalt.grid], problem: null };
  const problem = [lola.error, lalt.error].filter((e): e is string => e !== null).join('; ');
  return { source: 'previous', grids: null, problem };
}

/**
 * Heights (km above the 1737.4 km sphere) at the vertices of a PolarGrid (polarGrid.ts: +x toward 0° E,
 * the LOLA plane's +y), each the MEAN of the measured samples that lie in the vertex's cell (±spacing/2 in
 * both axes: 5–6 × 5–6 LOLA samples for the 2.7 km scene grid), from the first of `grids` (finest first)
 * whose samples cover the whole cell. Point samples would alias: a rim crest or a pit narrower than the
 * scene's cells would be kept or dropped by where a vertex happens to fall. A grid with fewer than two
 * samples across a cell (LALT's 1.92 km) is sampled bilinearly at the vertex instead; `outside` fills
 * vertices no grid covers. Means come from summed-area tables, O(1) a vertex. Into `out` (length n²).
 */
export function meanHeightsOnPolarGrid(
  polarGrid: PolarGrid,
  grids: readonly PolarHeightGrid[],
  outside: (latDeg: Degrees, lonDeg: Degrees) => Kilometer,
  out?: Float32Array,
): Float32Array {
  const count = polarGrid.n * polarGrid.n;
  const result = out ?? new Float32Array(count);
  const half = polarGrid.spacingKm / 2;
  const levels = grids.map((g) => ({ g, sums: 2 * g.spacingKm <= polarGrid.spacingKm ? summedArea(g) : null }));
  for (let i = 0; i < count; i++) {
    // polarGrid (x, y) is the LOLA plane's (y, x): see lola.ts.
    const x = polarGrid.yKm[i];
    const y = polarGrid.xKm[i];
    let h = NaN;
    for (const { g, sums } of levels) {
      h = sums ? cellMean(g, sums, x, y, half) : heightKmAtLolaPlane(g, x, y);
      if (!Number.isNaN(h)) break;
    }
    result[i] = Number.isNaN(h) ? outside(polarGrid.latDeg[i], polarGrid.lonDeg[i]) : h;
  }
  return result;
}

/** Summed-area table of a grid's heights: S[(r)(w + 1) + c] = Σ heights of rows < r, cols < c. */
function summedArea(g: PolarHeightGrid): Float64Array {
  const w = g.width + 1;
  const sums = new Float64Array(w * (g.height + 1));
  for (let r = 0; r < g.height; r++) {
    let row = 0;
    for (let c = 0; c < g.width; c++) {
      row += g.heightsKm[r * g.width + c];
      sums[(r + 1) * w + c + 1] = sums[r * w + c + 1] + row;
    }
  }
  return sums;
}

/** Mean of the samples within ±half of a LOLA plane point in both axes; NaN unless the grid has them all. */
function cellMean(g: PolarHeightGrid, sums: Float64Array, xKm: Kilometer, yKm: Kilometer, half: Kilometer): Kilometer {
  const c0 = Math.ceil((xKm - half - g.originXKm) / g.spacingKm - 1e-9);
  const c1 = Math.floor((xKm + half - g.originXKm) / g.spacingKm + 1e-9);
  const r0 = Math.ceil((yKm - half - g.originYKm) / g.spacingKm - 1e-9);
  const r1 = Math.floor((yKm + half - g.originYKm) / g.spacingKm + 1e-9);
  if (c0 < 0 || r0 < 0 || c1 >= g.width || r1 >= g.height || c1 < c0 || r1 < r0) return NaN;
  const w = g.width + 1;
  const total = sums[(r1 + 1) * w + c1 + 1] - sums[r0 * w + c1 + 1] - sums[(r1 + 1) * w + c0] + sums[r0 * w + c0];
  return total / ((c1 - c0 + 1) * (r1 - r0 + 1));
}

/** Relief of the measured grid at its own resolution: see polarDetailOf. */
export interface PolarDetail {
  /** Samples per side. */
  readonly n: number;
  /** Half-width of the square, plane km. */
  readonly halfSizeKm: Kilometer;
  /** Unit normals, Moon-fixed, interleaved x, y, z (length 3n²), index row·n + col in the scene PolarGrid's axis order. */
  readonly normalsMoonFixed: Float32Array;
}

/**
 * The relief of a square grid centred on the pole (LOLA's 521 × 521, ±124.8 km) at its own 480 m, for
 * lighting finer than the scene's 2.7 km mesh: a unit normal per sample, on the scene PolarGrid's axes
 * (+x toward 0° E; the LOLA sample [row j, col i] lands at [row i, col j]). Slopes by central differences
 * (one-sided at the edges), turned into normals by normalFromPlaneSlopes: shadow.ts computeNormals' method
 * without a PolarGrid's per-vertex latitude and longitude (no trigonometry for 271,000 samples at the first
 * lunar view). Null when the grid is not square and centred on the pole (no such product is shipped).
 */
export function polarDetailOf(grid: PolarHeightGrid): PolarDetail | null {
  const n = grid.width;
  const halfSizeKm = ((n - 1) * grid.spacingKm) / 2;
  const centred = (o: number) => Math.abs(o + halfSizeKm) < 1e-6;
  if (grid.height !== n || !centred(grid.originXKm) || !centred(grid.originYKm)) return null;
  const h = grid.heightsKm;
  const sp = grid.spacingKm;
  const inv4R2 = 1 / (4 * MOON_RADIUS_KM * MOON_RADIUS_KM);
  const normalsMoonFixed = new Float32Array(3 * n * n);
  const normal: Vec3 = [0, 0, 0];
  // PolarGrid vertex (row, col) is the LOLA sample [row col, col row]: +x (col) runs along LOLA rows.
  for (let row = 0; row < n; row++) {
    const r0 = row > 0 ? row - 1 : row;
    const r1 = row < n - 1 ? row + 1 : row;
    const y = -halfSizeKm + row * sp;
    for (let col = 0; col < n; col++) {
      const c0 = col > 0 ? col - 1 : col;
      const c1 = col < n - 1 ? col + 1 : col;
      const x = -halfSizeKm + col * sp;
      const k = 1 + (x * x + y * y) * inv4R2;
      const gx = ((h[c1 * n + row] - h[c0 * n + row]) / ((c1 - c0) * sp)) * k;
      const gy = ((h[col * n + r1] - h[col * n + r0]) / ((r1 - r0) * sp)) * k;
      normalFromPlaneSlopes(x, y, gx, gy, normal);
      const i = 3 * (row * n + col);
      normalsMoonFixed[i] = normal[0];
      normalsMoonFixed[i + 1] = normal[1];
      normalsMoonFixed[i + 2] = normal[2];
    }
  }
  return { n, halfSizeKm, normalsMoonFixed };
}

/**
 * Unit normal, Moon-fixed, of ground with slopes (gx, gy) = k·(∂h/∂x, ∂h/∂y) (k the stereographic scale,
 * plane km per ground km) at plane point (x, y) (polarGrid.ts axes), into `result`: the local up in closed
 * form (polarGrid.ts planeUpMoonFixed), tilted as shadow.ts tiltedNormal does for the grid.
 */
export function normalFromPlaneSlopes(xKm: Kilometer, yKm: Kilometer, gx: number, gy: number, result: Vec3): Vec3 {
  planeUpMoonFixed(xKm, yKm, scratchUp);
  tiltedNormal(scratchUp[0], scratchUp[1], scratchUp[2], gx, gy, result);
  return result;
}

const scratchUp = new Float64Array(3);

/**
 * Texture coordinate per plane km on a square texture of `n` texels per side whose texel [row r, col c]
 * is the sample at PolarGrid x = −L + c·h, y = −L + r·h (h = 2L/(n − 1), L = halfSizeKm; a PolarDetail,
 * the light layer's texels): u = ½ + x·scale, v = ½ + y·scale puts texel centres at (k + ½)/n.
 */
export function squareTexScale(n: number, halfSizeKm: Kilometer): number {
  return (n - 1) / (2 * halfSizeKm * n);
}
