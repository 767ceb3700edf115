import { MOON_RADIUS_KM } from '../astro/moon';
import { DEG_PER_RAD, RAD_PER_DEG, type Degrees, type Vec3 } from '../astro/units';
import type { PolarGrid } from './polarGrid';

/**
 * Sun visibility and normals for the south-polar height grid (pure: no three.js, React or zustand).
 * Heights are km above the 1737.4 km sphere, one per vertex of a PolarGrid (index row·n + col).
 */

/**
 * The Sun's mean angular radius, deg: 959.63″ at 1 AU (IAU solar radius 695 700 km). Its ±1.7 % yearly
 * change is ignored here; pass another value to computeSunVisibility if wanted.
 */
export const SUN_ANGULAR_RADIUS_DEG: Degrees = 959.63 / 3600;

/**
 * Visible fraction of a disc of unit radius whose centre is `t` radii above a straight horizon:
 * 0 for t ≤ −1, ½ at 0, 1 for t ≥ 1 (area of the circular segment above the line).
 */
export function visibleDiscFraction(t: number): number {
  if (t <= -1) return 0;
  if (t >= 1) return 1;
  return (Math.PI - Math.acos(t) + t * Math.sqrt(1 - t * t)) / Math.PI;
}

const INV_2R = 1 / (2 * MOON_RADIUS_KM);

/**
 * Per-vertex visibility of the Sun, 0..1, into `out` (length n²), returned.
 *
 * For each vertex P (height h₀) the Sun's elevation e above P's local horizontal (the sphere's tangent
 * plane) and its azimuth come from `sunDirMoonFixed` (unit vector, Moon's centre → Sun; the Sun's
 * parallax over the grid, < 2e-6 rad, is ignored). The height grid is marched from P in a straight
 * plane line along that azimuth (the stereographic plane is conformal, so the azimuth maps directly;
 * the great circle's image bends < ~1 km over 250 km) in steps of one grid spacing, bilinearly sampled.
 * Each sample at ground distance g (plane distance / the scale at P) and height z subtends the slope
 * (z − h₀ − g²/2R)/g above P's horizontal: the g²/2R term is the Moon's curvature (18 km at 250 km).
 * The first sample is taken without the curvature term: it stands for the ground between P and it, so
 * its slope is the local facet's (g → 0 limit) and a Sun below the facet is hidden by the ground at P.
 * The terrain horizon H is the largest such angle; beyond the grid edge the terrain is taken as the bare
 * sphere (height 0), which for an elevated P gives the geometric dip √(2h₀/R) — the "Sun below the local
 * horizon" case. The result is the visible fraction of the Sun's disc above H:
 * visibleDiscFraction((e − H)/r☉), so 0 means the whole disc (upper limb included) is hidden, ½ that
 * the centre sits on the horizon and 1 that the lower limb clears it.
 *
 * Marching stops early once the disc is certainly hidden, skips 8 × 8-cell blocks whose highest vertex
 * cannot reach the ray, and stops once no vertex of the grid could. These shortcuts are exact: the
 * result equals a full march. Meant to run when the Sun's direction moves by more than ~0.05°, not per
 * frame (~20 ms for n = 192 on a 2-core machine).
 */
export function computeSunVisibility(
  grid: PolarGrid,
  heightsKm: ArrayLike<number>,
  sunDirMoonFixed: Vec3,
  out: Float32Array,
  sunAngularRadiusDeg: Degrees = SUN_ANGULAR_RADIUS_DEG,
): Float32Array {
  const count = grid.n * grid.n;
  if (heightsKm.length < count || out.length < count) {
    throw new RangeError(`computeSunVisibility: heights and out need ${count} entries`);
  }
  const ctx = marchContext(grid, heightsKm, sunDirMoonFixed);
  const rSun = sunAngularRadiusDeg * RAD_PER_DEG;
  for (let i = 0; i < count; i++) {
    if (!sunGeometryAt(ctx, i)) {
      out[i] = ctx.e > 0 ? 1 : 0;
      continue;
    }
    const e = ctx.e;
    const tanHi = Math.tan(e + rSun);
    const tanLo = Math.tan(Math.max(e - rSun, -Math.PI / 2 + 1e-6));
    const slope = horizonSlope(ctx, i, tanLo, tanHi);
    out[i] = slope >= tanHi ? 0 : visibleDiscFraction((e - Math.atan(slope)) / rSun);
  }
  return out;
}

export interface SunHorizon {
  /** The Sun centre's elevation above the vertex's local horizontal (sphere tangent plane), deg. */
  sunElevationDeg: Degrees;
  /** Elevation of the terrain (or bare-sphere) horizon along the Sun's azimuth, deg. */
  horizonDeg: Degrees;
}

/**
 * The Sun's elevation and the full terrain horizon along its azimuth at one grid vertex, by the same
 * march as computeSunVisibility without its early exits. sunElevationDeg − horizonDeg is the margin
 * by which the Sun's centre clears (> 0) or is hidden (< 0). For tests and diagnostics.
 */
export function sunHorizonAt(
  grid: PolarGrid,
  heightsKm: ArrayLike<number>,
  sunDirMoonFixed: Vec3,
  index: number,
  result: SunHorizon = { sunElevationDeg: 0, horizonDeg: 0 },
): SunHorizon {
  const ctx = marchContext(grid, heightsKm, sunDirMoonFixed);
  const ok = sunGeometryAt(ctx, index);
  result.sunElevationDeg = ctx.e * DEG_PER_RAD;
  result.horizonDeg = ok ? Math.atan(horizonSlope(ctx, index, -Infinity, Infinity)) * DEG_PER_RAD : -90;
  return result;
}

interface MarchContext {
  readonly grid: PolarGrid;
  readonly heights: ArrayLike<number>;
  readonly blockMax: Float32Array;
  readonly blocksPerSide: number;
  readonly zMax: number;
  readonly sx: number;
  readonly sy: number;
  readonly sz: number;
  /** Outputs of sunGeometryAt: elevation (rad) and unit plane direction toward the Sun's azimuth. */
  e: number;
  dx: number;
  dy: number;
}

function marchContext(grid: PolarGrid, heightsKm: ArrayLike<number>, sunDirMoonFixed: Vec3): MarchContext {
  const sNorm = Math.hypot(sunDirMoonFixed[0], sunDirMoonFixed[1], sunDirMoonFixed[2]);
  const { maxima, perSide, zMax } = blockMaxima(heightsKm, grid.n);
  return {
    grid,
    heights: heightsKm,
    blockMax: maxima,
    blocksPerSide: perSide,
    zMax,
    sx: sunDirMoonFixed[0] / sNorm,
    sy: sunDirMoonFixed[1] / sNorm,
    sz: sunDirMoonFixed[2] / sNorm,
    e: 0,
    dx: 0,
    dy: 0,
  };
}

/**
 * Sets ctx.e (Sun elevation, rad) and ctx.dx/dy (plane direction of the Sun's azimuth) at vertex i.
 * Returns false when no march is needed: the Sun is at the zenith or more than 45° below the horizon.
 */
function sunGeometryAt(ctx: MarchContext, i: number): boolean {
  const up = ctx.grid.up;
  const { sx, sy, sz } = ctx;
  const ux = up[3 * i];
  const uy = up[3 * i + 1];
  const uz = up[3 * i + 2];
  const sinE = ux * sx + uy * sy + uz * sz;
  ctx.e = Math.asin(sinE > 1 ? 1 : sinE < -1 ? -1 : sinE);
  if (ctx.e <= -Math.PI / 4) return false; // far below any horizon this terrain can produce
  // Horizontal Sun direction at P in local east/north, then in the plane (conformal projection):
  // north (away from the south pole) is the plane's radial direction, east its +angle direction.
  const cosLat = Math.hypot(ux, uy);
  const cosLon = cosLat > 1e-12 ? ux / cosLat : 1;
  const sinLon = cosLat > 1e-12 ? uy / cosLat : 0;
  const east = -sinLon * sx + cosLon * sy;
  const north = -uz * (cosLon * sx + sinLon * sy) + cosLat * sz;
  const dx = north * cosLon - east * sinLon;
  const dy = north * sinLon + east * cosLon;
  const dLen = Math.hypot(dx, dy);
  if (dLen < 1e-9) return false; // Sun at the zenith
  ctx.dx = dx / dLen;
  ctx.dy = dy / dLen;
  return true;
}

/**
 * Largest slope (tan of elevation) of the terrain seen from vertex i along (ctx.dx, ctx.dy), with the
 * bare sphere beyond the grid edge. Exact for values in (tanLo, tanHi); returns something ≥ tanHi as
 * soon as it knows the answer is at least tanHi, and something ≤ tanLo when it knows it is at most tanLo.
 */
function horizonSlope(ctx: MarchContext, i: number, tanLo: number, tanHi: number): number {
  const { grid, heights, blockMax, blocksPerSide: nb, zMax, dx, dy } = ctx;
  const { n, halfSizeKm, spacingKm } = grid;
  const last = n - 1;
  const h0 = heights[i];
  const x0 = grid.xKm[i];
  const y0 = grid.yKm[i];
  const q = Math.hypot(x0, y0) * INV_2R;
  // Ground km per step (one plane spacing, divided by the stereographic scale at P).
  const gStep = spacingKm / (1 + q * q);
  const headroom = zMax - h0;
  const fx0 = (x0 + halfSizeKm) / spacingKm;
  const fy0 = (y0 + halfSizeKm) / spacingKm;

  let maxSlope = -Infinity;
  let k = 1;
  let curBlock = -1;
  for (;;) {
    const fx = fx0 + dx * k;
    const fy = fy0 + dy * k;
    const g = gStep * k;
    if (fx < 0 || fy < 0 || fx > last || fy > last) {
      // Beyond the grid: the bare sphere (height 0). Its steepest slope over g ≥ edge is at
      // g* = √(2R·h₀) (the geometric horizon) when that lies beyond the edge, else at the edge.
      const gStar = h0 > 0 ? Math.sqrt(2 * MOON_RADIUS_KM * h0) : 0;
      const gUse = gStar > g ? gStar : g;
      const sphereSlope = (-h0 - gUse * gUse * INV_2R) / gUse;
      return sphereSlope > maxSlope ? sphereSlope : maxSlope;
    }
    if (k > 1) {
      const floorSlope = maxSlope > tanLo ? maxSlope : tanLo;
      // Global bound: no vertex is above zMax, and (zMax − h₀)/g − g/2R only falls with g; the sphere
      // beyond the edge (height 0 ≤ zMax) obeys it too.
      if (headroom / g - g * INV_2R <= floorSlope) return maxSlope;
      const bx = (fx * INV_BLOCK) | 0;
      const by = (fy * INV_BLOCK) | 0;
      const b = by * nb + bx;
      if (b !== curBlock) {
        curBlock = b;
        // Block bound: every later sample in this block lies at ≥ g and under the block's maximum.
        const blockRise = blockMax[b] - h0;
        if ((blockRise > 0 ? blockRise : 0) / g - g * INV_2R <= floorSlope) {
          // Skip to the first step outside the block.
          const tX = dx > 0 ? ((bx + 1) * BLOCK - fx) / dx : dx < 0 ? (fx - bx * BLOCK) / -dx : Infinity;
          const tY = dy > 0 ? ((by + 1) * BLOCK - fy) / dy : dy < 0 ? (fy - by * BLOCK) / -dy : Infinity;
          const skip = Math.ceil((tX < tY ? tX : tY) + 1e-9);
          k += skip > 1 ? skip : 1;
          continue;
        }
      }
    }
    let cx = fx | 0;
    let cy = fy | 0;
    if (cx >= last) cx = last - 1;
    if (cy >= last) cy = last - 1;
    const tx = fx - cx;
    const ty = fy - cy;
    const j = cy * n + cx;
    const z00 = heights[j];
    const z10 = heights[j + 1];
    const z01 = heights[j + n];
    const z11 = heights[j + n + 1];
    const za = z00 + (z10 - z00) * tx;
    const zb = z01 + (z11 - z01) * tx;
    const rise = za + (zb - za) * ty - h0;
    // The first sample also stands for the surface between P and it: its slope without the curvature
    // term is the local facet's, the g → 0 limit (the Sun below the facet is hidden by the ground at P).
    const slope = (k === 1 ? rise : rise - g * g * INV_2R) / g;
    if (slope > maxSlope) {
      maxSlope = slope;
      if (slope >= tanHi) return slope;
    }
    k++;
  }
}

/** Cells per side of the max-height blocks used to skip low ground while marching. */
const BLOCK = 8;
const INV_BLOCK = 1 / BLOCK;

interface BlockMaxima {
  readonly maxima: Float32Array;
  readonly perSide: number;
  readonly zMax: number;
}

/**
 * Maximum height over each BLOCK × BLOCK cell block, including the far-edge vertices that bilinear
 * samples inside the block read, and the grid's overall maximum. Recomputed per call (~n² work).
 */
function blockMaxima(heightsKm: ArrayLike<number>, n: number): BlockMaxima {
  const perSide = Math.ceil((n - 1) / BLOCK) + 1;
  const maxima = new Float32Array(perSide * perSide).fill(-Infinity);
  let zMax = -Infinity;
  for (let row = 0; row < n; row++) {
    for (let col = 0; col < n; col++) {
      const z = heightsKm[row * n + col];
      if (z > zMax) zMax = z;
      // A vertex bounds the block it is in and, on a block's far edge, the block before it.
      const bx = Math.floor(col / BLOCK);
      const by = Math.floor(row / BLOCK);
      for (let yy = by - (row % BLOCK === 0 && by > 0 ? 1 : 0); yy <= by; yy++) {
        for (let xx = bx - (col % BLOCK === 0 && bx > 0 ? 1 : 0); xx <= bx; xx++) {
          const b = yy * perSide + xx;
          if (z > maxima[b]) maxima[b] = z;
        }
      }
    }
  }
  return { maxima, perSide, zMax };
}

/**
 * Per-vertex unit normals in the Moon-fixed frame, interleaved x, y, z (length 3n²), into `out`
 * (allocated when absent). From the height gradient: central differences along the grid's rows and
 * columns (one-sided at the edges), turned from plane km to ground km by the stereographic scale k, then
 * n = normalize(up − k·∂h/∂x·Tx − k·∂h/∂y·Ty), where Tx, Ty are the unit tangents that the plane's x and
 * y axes map to (Tx = cos λ·north − sin λ·east, Ty = sin λ·north + cos λ·east: the projection is
 * conformal). On the bare sphere this is exactly the radial direction.
 */
export function computeNormals(grid: PolarGrid, heightsKm: ArrayLike<number>, out?: Float32Array): Float32Array {
  const { n, up, xKm, yKm, spacingKm } = grid;
  const result = out ?? new Float32Array(3 * n * n);
  for (let row = 0; row < n; row++) {
    const r0 = row > 0 ? row - 1 : row;
    const r1 = row < n - 1 ? row + 1 : row;
    for (let col = 0; col < n; col++) {
      const c0 = col > 0 ? col - 1 : col;
      const c1 = col < n - 1 ? col + 1 : col;
      const i = row * n + col;
      // Products and square roots, not Math.hypot (several times slower in V8).
      const k = 1 + (xKm[i] * xKm[i] + yKm[i] * yKm[i]) * INV_2R * INV_2R;
      // Ground slopes along the plane's x and y axes.
      const gx = ((heightsKm[row * n + c1] - heightsKm[row * n + c0]) / ((c1 - c0) * spacingKm)) * k;
      const gy = ((heightsKm[r1 * n + col] - heightsKm[r0 * n + col]) / ((r1 - r0) * spacingKm)) * k;
      tiltedNormal(up[3 * i], up[3 * i + 1], up[3 * i + 2], gx, gy, result, 3 * i);
    }
  }
  return result;
}

/**
 * Unit normal of ground with slopes (gx, gy) along the polar plane's axes, at a point whose local up is
 * (ux, uy, uz) (Moon-fixed), written to out[offset..offset+2]: normalize(up − gx·Tx − gy·Ty), with Tx, Ty the
 * unit tangents of the plane's axes (Tx = cos λ·north − sin λ·east, Ty = sin λ·north + cos λ·east: the
 * projection is conformal).
 */
export function tiltedNormal(ux: number, uy: number, uz: number, gx: number, gy: number, out: { [i: number]: number }, offset = 0): void {
  const cosLat = Math.sqrt(ux * ux + uy * uy);
  const cosLon = cosLat > 1e-12 ? ux / cosLat : 1;
  const sinLon = cosLat > 1e-12 ? uy / cosLat : 0;
  // north = (−sinφ cosλ, −sinφ sinλ, cosφ), east = (−sinλ, cosλ, 0), sinφ = uz.
  const northX = -uz * cosLon;
  const northY = -uz * sinLon;
  const txX = cosLon * northX + sinLon * sinLon;
  const txY = cosLon * northY - sinLon * cosLon;
  const txZ = cosLon * cosLat;
  const tyX = sinLon * northX - cosLon * sinLon;
  const tyY = sinLon * northY + cosLon * cosLon;
  const tyZ = sinLon * cosLat;
  const nx = ux - gx * txX - gy * tyX;
  const ny = uy - gx * txY - gy * tyY;
  const nz = uz - gx * txZ - gy * tyZ;
  const inv = 1 / Math.sqrt(nx * nx + ny * ny + nz * nz);
  out[offset] = nx * inv;
  out[offset + 1] = ny * inv;
  out[offset + 2] = nz * inv;
}
