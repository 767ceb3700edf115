import { MOON_RADIUS_KM } from '../astro/moon';
import { DEG_PER_RAD, RAD_PER_DEG, type Degrees, type Kilometer } from '../astro/units';

/**
 * South-polar stereographic grid for the procedural terrain (pure: no three.js, React or zustand).
 *
 * Projection: polar stereographic from the north pole onto the plane tangent at the south pole, on the
 * MOON_RADIUS_KM = 1737.4 km sphere (facts.md §5.1): ρ = 2R·tan(θ/2), θ = colatitude from the south pole
 * = 90° + lat. Conformal, so local angles (the Sun's azimuth) carry over unchanged; the scale is
 * k = sec²(θ/2) plane km per ground km (1.0055 at θ = 8.5°).
 *
 * Plane axes follow the Moon-fixed frame of src/astro/selenography.ts: +x toward the prime meridian
 * (0° E), +y toward 90° E, i.e. x = ρ·cos(lon), y = ρ·sin(lon) — the Moon-fixed (x, y) of a surface point
 * scaled by ρ/(R·cos lat). NOTE: facts.md §5.3's table uses x = ρ·sin(lon), y = ρ·cos(lon) instead (+y
 * toward 0° E); its (x, y) is this plane's (y, x).
 *
 * Grid: n × n vertices on the square [−L, L]² with L = ρ(8.5°) ≈ 258.2 km, so the inscribed disc covers
 * colatitude 0..8.5° (the corners reach ≈ 12°). Vertex index i = row·n + col, x = −L + col·h,
 * y = −L + row·h, h = 2L/(n − 1).
 */

/** Colatitude (deg from the south pole) that the grid's inscribed disc covers. */
export const POLAR_GRID_COLATITUDE_DEG: Degrees = 8.5;

export interface PlanePoint {
  xKm: Kilometer;
  yKm: Kilometer;
}

export interface LatLonDeg {
  latDeg: Degrees;
  /** East-positive, −180..180. */
  lonDeg: Degrees;
}

/** Stereographic plane radius (km) of a colatitude from the south pole (deg). */
export function stereographicRadiusKm(colatitudeDeg: Degrees): Kilometer {
  return 2 * MOON_RADIUS_KM * Math.tan((colatitudeDeg * RAD_PER_DEG) / 2);
}

/** Half-width (km) of the default grid square: ρ(8.5°) ≈ 258.2 km. */
export const POLAR_GRID_HALF_SIZE_KM: Kilometer = stereographicRadiusKm(POLAR_GRID_COLATITUDE_DEG);

/** Selenographic (deg, east longitude) → plane (km), written into `result`. Valid south of the north pole. */
export function selenographicToPlane(latDeg: Degrees, lonDeg: Degrees, result: PlanePoint): PlanePoint {
  const rho = 2 * MOON_RADIUS_KM * Math.tan(((90 + latDeg) * RAD_PER_DEG) / 2);
  const lon = lonDeg * RAD_PER_DEG;
  result.xKm = rho * Math.cos(lon);
  result.yKm = rho * Math.sin(lon);
  return result;
}

/** Plane (km) → selenographic (deg, east longitude −180..180), written into `result`. Lon is 0 at the pole. */
export function planeToSelenographic(xKm: Kilometer, yKm: Kilometer, result: LatLonDeg): LatLonDeg {
  const rho = Math.hypot(xKm, yKm);
  result.latDeg = 2 * Math.atan(rho / (2 * MOON_RADIUS_KM)) * DEG_PER_RAD - 90;
  result.lonDeg = rho === 0 ? 0 : Math.atan2(yKm, xKm) * DEG_PER_RAD;
  return result;
}

/** Stereographic scale at a plane point: plane km per ground km, sec²(θ/2) = 1 + (ρ/2R)². */
export function planeScaleFactor(xKm: Kilometer, yKm: Kilometer): number {
  const q = Math.hypot(xKm, yKm) / (2 * MOON_RADIUS_KM);
  return 1 + q * q;
}

export interface PolarGrid {
  /** Vertices per side. */
  readonly n: number;
  /** Half-width of the square, km (plane). */
  readonly halfSizeKm: Kilometer;
  /** Vertex spacing, plane km: 2·halfSizeKm/(n − 1). */
  readonly spacingKm: Kilometer;
  /** Per vertex (length n²), index row·n + col. */
  readonly xKm: Float64Array;
  readonly yKm: Float64Array;
  readonly latDeg: Float64Array;
  readonly lonDeg: Float64Array;
  /** Unit radial ("up") vectors, Moon-fixed, interleaved x, y, z (length 3n²). */
  readonly up: Float64Array;
}

/** Builds an n × n grid (n ≥ 2) over [−halfSizeKm, halfSizeKm]² of the south-polar stereographic plane. */
export function makePolarGrid(n: number, halfSizeKm: Kilometer = POLAR_GRID_HALF_SIZE_KM): PolarGrid {
  if (!Number.isInteger(n) || n < 2) throw new RangeError(`makePolarGrid: n must be an integer ≥ 2, got ${n}`);
  const count = n * n;
  const spacingKm = (2 * halfSizeKm) / (n - 1);
  const xKm = new Float64Array(count);
  const yKm = new Float64Array(count);
  const latDeg = new Float64Array(count);
  const lonDeg = new Float64Array(count);
  const up = new Float64Array(3 * count);
  const ll: LatLonDeg = { latDeg: 0, lonDeg: 0 };
  for (let row = 0; row < n; row++) {
    const y = -halfSizeKm + row * spacingKm;
    for (let col = 0; col < n; col++) {
      const x = -halfSizeKm + col * spacingKm;
      const i = row * n + col;
      planeToSelenographic(x, y, ll);
      xKm[i] = x;
      yKm[i] = y;
      latDeg[i] = ll.latDeg;
      lonDeg[i] = ll.lonDeg;
      const lat = ll.latDeg * RAD_PER_DEG;
      const lon = ll.lonDeg * RAD_PER_DEG;
      const c = Math.cos(lat);
      up[3 * i] = c * Math.cos(lon);
      up[3 * i + 1] = c * Math.sin(lon);
      up[3 * i + 2] = Math.sin(lat);
    }
  }
  return { n, halfSizeKm, spacingKm, xKm, yKm, latDeg, lonDeg, up };
}

/**
 * The unit radial ("up") vector, Moon-fixed, of a plane point, into `out` at `offset`: the inverse projection
 * in closed form, no trigonometry. With t = ρ/2R = tan(θ/2) and d = 1 + t²: sin θ = 2t/d, cos θ = (1 − t²)/d,
 * so up = (sin θ cos λ, sin θ sin λ, −cos θ) = (x/(R·d), y/(R·d), −(1 − t²)/d).
 */
export function planeUpMoonFixed(xKm: Kilometer, yKm: Kilometer, out: Float64Array | number[], offset = 0): void {
  const t2 = (xKm * xKm + yKm * yKm) / (4 * MOON_RADIUS_KM * MOON_RADIUS_KM);
  const d = 1 + t2;
  out[offset] = xKm / (MOON_RADIUS_KM * d);
  out[offset + 1] = yKm / (MOON_RADIUS_KM * d);
  out[offset + 2] = -(1 - t2) / d;
}

/** Index of the grid vertex nearest a plane point (clamped to the grid). */
export function nearestVertexIndex(grid: PolarGrid, xKm: Kilometer, yKm: Kilometer): number {
  const { n, halfSizeKm, spacingKm } = grid;
  const col = Math.min(n - 1, Math.max(0, Math.round((xKm + halfSizeKm) / spacingKm)));
  const row = Math.min(n - 1, Math.max(0, Math.round((yKm + halfSizeKm) / spacingKm)));
  return row * n + col;
}

/**
 * Moon-fixed vertex positions, km, interleaved x, y, z (length 3n²): (R + height)·up. Float32 keeps
 * ~0.1 m at 1737 km; a renderer may want to subtract an origin first.
 */
export function buildMoonFixedPositions(grid: PolarGrid, heightsKm: ArrayLike<number>, out?: Float32Array): Float32Array {
  const count = grid.n * grid.n;
  const result = out ?? new Float32Array(3 * count);
  const up = grid.up;
  for (let i = 0; i < count; i++) {
    const r = MOON_RADIUS_KM + heightsKm[i];
    result[3 * i] = r * up[3 * i];
    result[3 * i + 1] = r * up[3 * i + 1];
    result[3 * i + 2] = r * up[3 * i + 2];
  }
  return result;
}

/**
 * Height (km) at a selenographic point on a PolarGrid's height field (one value per vertex), bilinear
 * between vertices: the surface the scene's mesh draws, to within its triangles' split of each cell
 * (markers sit on it). NaN outside the grid's square.
 */
export function heightKmOnPolarGrid(grid: PolarGrid, heightsKm: ArrayLike<number>, latDeg: Degrees, lonDeg: Degrees): Kilometer {
  selenographicToPlane(latDeg, lonDeg, scratchPoint);
  const { n, halfSizeKm, spacingKm } = grid;
  const fx = (scratchPoint.xKm + halfSizeKm) / spacingKm;
  const fy = (scratchPoint.yKm + halfSizeKm) / spacingKm;
  if (!(fx >= 0 && fy >= 0 && fx <= n - 1 && fy <= n - 1)) return NaN;
  const c = Math.min(n - 2, Math.floor(fx));
  const r = Math.min(n - 2, Math.floor(fy));
  const tx = fx - c;
  const ty = fy - r;
  const k = r * n + c;
  const a = heightsKm[k] + (heightsKm[k + 1] - heightsKm[k]) * tx;
  const b = heightsKm[k + n] + (heightsKm[k + n + 1] - heightsKm[k + n]) * tx;
  return a + (b - a) * ty;
}

const scratchPoint: PlanePoint = { xKm: 0, yKm: 0 };
