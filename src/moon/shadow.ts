import { MOON_RADIUS_KM } from '../astro/moon';
import { RAD_PER_DEG, type Degrees, type Vec3 } from '../astro/units';
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
 * The terrain horizon H is the largest such angle; beyond the grid edge the terrain is taken as the bare
 * sphere (height 0), which for an elevated P gives the geometric dip √(2h₀/R) — the "Sun below the local
 * horizon" case. The result is the visible fraction of the Sun's disc above H:
 * visibleDiscFraction((e − H)/r☉), so 0 means the whole disc (upper limb included) is hidden, ½ that
 * the centre sits on the horizon and 1 that the lower limb clears it.
 *
 * Marching stops early once the disc is certainly hidden, or once no terrain up to the grid's highest
 * vertex could rise above the ray any more. Meant to run when the Sun's direction moves by more than
 * ~0.05°, not per frame.
 */
export function computeSunVisibility(
  grid: PolarGrid,
  heightsKm: ArrayLike<number>,
  sunDirMoonFixed: Vec3,
  out: Float32Array,
  sunAngularRadiusDeg: Degrees = SUN_ANGULAR_RADIUS_DEG,
): Float32Array {
  const { n, halfSizeKm, spacingKm, xKm, yKm, up } = grid;
  const count = n * n;
  const sNorm = Math.hypot(sunDirMoonFixed[0], sunDirMoonFixed[1], sunDirMoonFixed[2]);
  const sx = sunDirMoonFixed[0] / sNorm;
  const sy = sunDirMoonFixed[1] / sNorm;
  const sz = sunDirMoonFixed[2] / sNorm;
  const rSun = sunAngularRadiusDeg * RAD_PER_DEG;
  const last = n - 1;
  const invSpacing = 1 / spacingKm;
  const blocks = blockMaxima(heightsKm, n);
  const { maxima: blockMax, perSide: nb, zMax } = blocks;

  for (let i = 0; i < count; i++) {
    const ux = up[3 * i];
    const uy = up[3 * i + 1];
    const uz = up[3 * i + 2];
    const sinE = ux * sx + uy * sy + uz * sz;
    const e = Math.asin(sinE > 1 ? 1 : sinE < -1 ? -1 : sinE);
    if (e <= -Math.PI / 4) {
      out[i] = 0; // far below any horizon this terrain can produce
      continue;
    }
    // Horizontal Sun direction at P in local east/north, then in the plane (conformal projection):
    // north (away from the south pole) is the plane's radial direction, east its +angle direction.
    const cosLat = Math.hypot(ux, uy);
    const cosLon = cosLat > 1e-12 ? ux / cosLat : 1;
    const sinLon = cosLat > 1e-12 ? uy / cosLat : 0;
    const east = -sinLon * sx + cosLon * sy;
    const north = -uz * (cosLon * sx + sinLon * sy) + cosLat * sz;
    let dx = north * cosLon - east * sinLon;
    let dy = north * sinLon + east * cosLon;
    const dLen = Math.hypot(dx, dy);
    if (dLen < 1e-9) {
      out[i] = 1; // Sun at the zenith
      continue;
    }
    dx /= dLen;
    dy /= dLen;

    const h0 = heightsKm[i];
    const x0 = xKm[i];
    const y0 = yKm[i];
    const q = Math.hypot(x0, y0) * INV_2R;
    // Ground km per step (one plane spacing, divided by the stereographic scale at P).
    const gStep = spacingKm / (1 + q * q);
    const tanHi = Math.tan(e + rSun);
    const tanLo = Math.tan(Math.max(e - rSun, -Math.PI / 2 + 1e-6));
    const headroom = zMax - h0;
    const fx0 = (x0 + halfSizeKm) * invSpacing;
    const fy0 = (y0 + halfSizeKm) * invSpacing;

    let maxSlope = -Infinity;
    let hidden = false;
    let exitedAtG = -1;
    let k = 1;
    let curBlock = -1;
    for (;;) {
      const fx = fx0 + dx * k;
      const fy = fy0 + dy * k;
      const g = gStep * k;
      if (fx < 0 || fy < 0 || fx > last || fy > last) {
        exitedAtG = g;
        break;
      }
      const floorSlope = maxSlope > tanLo ? maxSlope : tanLo;
      const curvature = g * g * INV_2R;
      // Global bound: no vertex is above zMax, and (zMax − h₀)/g − g/2R only falls with g.
      if (headroom / g - g * INV_2R <= floorSlope) break;
      const bx = (fx * INV_BLOCK) | 0;
      const by = (fy * INV_BLOCK) | 0;
      const b = by * nb + bx;
      if (b !== curBlock) {
        curBlock = b;
        // Block bound: every sample in this block lies at ≥ g and under the block's maximum.
        const rise = blockMax[b] - h0;
        if ((rise > 0 ? rise : 0) / g - g * INV_2R <= floorSlope) {
          // Skip to the first step outside the block.
          const tX = dx > 0 ? ((bx + 1) * BLOCK - fx) / dx : dx < 0 ? (fx - bx * BLOCK) / -dx : Infinity;
          const tY = dy > 0 ? ((by + 1) * BLOCK - fy) / dy : dy < 0 ? (fy - by * BLOCK) / -dy : Infinity;
          const t = tX < tY ? tX : tY;
          const skip = Math.ceil(t + 1e-9);
          k += skip > 1 ? skip : 1;
          continue;
        }
      }
      let cx = fx | 0;
      let cy = fy | 0;
      if (cx >= last) cx = last - 1;
      if (cy >= last) cy = last - 1;
      const tx = fx - cx;
      const ty = fy - cy;
      const j = cy * n + cx;
      const z00 = heightsKm[j];
      const z10 = heightsKm[j + 1];
      const z01 = heightsKm[j + n];
      const z11 = heightsKm[j + n + 1];
      const za = z00 + (z10 - z00) * tx;
      const zb = z01 + (z11 - z01) * tx;
      const slope = (za + (zb - za) * ty - h0 - curvature) / g;
      if (slope > maxSlope) {
        maxSlope = slope;
        if (slope >= tanHi) {
          hidden = true;
          break;
        }
      }
      k++;
    }
    if (hidden) {
      out[i] = 0;
      continue;
    }
    if (exitedAtG > 0) {
      // Beyond the grid: the bare sphere (height 0). Its steepest slope over g ≥ edge is at
      // g* = √(2R·h₀) (the geometric horizon) when that lies beyond the edge, else at the edge.
      const gStar = h0 > 0 ? Math.sqrt(2 * MOON_RADIUS_KM * h0) : 0;
      const gUse = gStar > exitedAtG ? gStar : exitedAtG;
      const sphereSlope = (-h0 - gUse * gUse * INV_2R) / gUse;
      if (sphereSlope > maxSlope) maxSlope = sphereSlope;
    }
    out[i] = visibleDiscFraction((e - Math.atan(maxSlope)) / rSun);
  }
  return out;
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
 * (allocated when absent). From central differences of the vertex positions (R + h)·up along the grid
 * rows and columns (one-sided at the edges), oriented outward (positive along up).
 */
export function computeNormals(grid: PolarGrid, heightsKm: ArrayLike<number>, out?: Float32Array): Float32Array {
  const { n, up } = grid;
  const count = n * n;
  const result = out ?? new Float32Array(3 * count);
  const p = new Float64Array(3 * count);
  for (let i = 0; i < count; i++) {
    const r = MOON_RADIUS_KM + heightsKm[i];
    p[3 * i] = r * up[3 * i];
    p[3 * i + 1] = r * up[3 * i + 1];
    p[3 * i + 2] = r * up[3 * i + 2];
  }
  for (let row = 0; row < n; row++) {
    const r0 = row > 0 ? row - 1 : row;
    const r1 = row < n - 1 ? row + 1 : row;
    for (let col = 0; col < n; col++) {
      const c0 = col > 0 ? col - 1 : col;
      const c1 = col < n - 1 ? col + 1 : col;
      const i = row * n + col;
      // Tangents along +col (plane x) and +row (plane y).
      const a0 = 3 * (row * n + c0);
      const a1 = 3 * (row * n + c1);
      const b0 = 3 * (r0 * n + col);
      const b1 = 3 * (r1 * n + col);
      const tax = p[a1] - p[a0];
      const tay = p[a1 + 1] - p[a0 + 1];
      const taz = p[a1 + 2] - p[a0 + 2];
      const tbx = p[b1] - p[b0];
      const tby = p[b1 + 1] - p[b0 + 1];
      const tbz = p[b1 + 2] - p[b0 + 2];
      const nx = tay * tbz - taz * tby;
      const ny = taz * tbx - tax * tbz;
      const nz = tax * tby - tay * tbx;
      // Outward: the same side as the radial direction.
      const len = Math.hypot(nx, ny, nz);
      const inv = (nx * up[3 * i] + ny * up[3 * i + 1] + nz * up[3 * i + 2] < 0 ? -1 : 1) / len;
      result[3 * i] = nx * inv;
      result[3 * i + 1] = ny * inv;
      result[3 * i + 2] = nz * inv;
    }
  }
  return result;
}
