import { MOON_RADIUS_KM } from '../astro/moon';
import { DEG_PER_RAD, RAD_PER_DEG, type Degrees, type Kilometer } from '../astro/units';
import type { LatLonDeg, PolarGrid } from './polarGrid';

/**
 * Measured south-polar height grids (pure: no three.js, React or zustand): the LRO LOLA 480 m grid
 * (public/data/south-pole-ldem-480m.bin) and the coarser SELENE LALT ring around it
 * (public/data/south-pole-lalt-1920m.bin), both written by scripts/build-moon.mjs.
 *
 * Projection (the LOLA polar products' own): polar stereographic, south pole at the centre, on the
 * MOON_RADIUS_KM = 1737.4 km sphere, true scale at the pole:
 *   ρ = 2R·tan((90° + lat)/2),  x = ρ·sin(lon),  y = ρ·cos(lon),  lon = atan2(x, y)
 * (east longitude; +y toward 0° E, +x toward 90° E). This is facts.md §5.3's plane. NOTE: the scene's
 * procedural PolarGrid (polarGrid.ts) puts +x toward 0° E instead: its (x, y) is this plane's (y, x);
 * heightsOnPolarGrid does the swap.
 *
 * Sample [row j, col i] (index j·width + i) lies at x = originX + i·spacing, y = originY + j·spacing;
 * row 0 is the edge toward 180°. Heights are km above the 1737.4 km sphere: int16 DN × heightScaleM.
 */

export interface PolarGridHeader {
  /** The .bin file, relative to the header's folder. */
  readonly file: string;
  readonly width: number;
  readonly height: number;
  /** Plane metres between samples (true scale at the pole). */
  readonly postingM: number;
  /** Plane position of sample [0, 0], metres. */
  readonly originXM: number;
  readonly originYM: number;
  /** Height in metres = DN × heightScaleM, above the 1737.4 km sphere. */
  readonly heightScaleM: number;
  /** The smallest and largest DN in the file: a value outside means a corrupt copy. */
  readonly dnRange: readonly [number, number];
  readonly source: string;
  readonly credit: string;
}

export interface PolarHeightGrid {
  readonly width: number;
  readonly height: number;
  /** Plane km between samples. */
  readonly spacingKm: Kilometer;
  readonly originXKm: Kilometer;
  readonly originYKm: Kilometer;
  /** Heights above the sphere, km, index row·width + col. */
  readonly heightsKm: Float32Array;
  readonly minKm: Kilometer;
  readonly maxKm: Kilometer;
  readonly credit: string;
}

/** A point of the LOLA stereographic plane, km (x toward 90° E, y toward 0° E). */
export interface LolaPlanePoint {
  xKm: Kilometer;
  yKm: Kilometer;
}

/** Fractional sample position: col along x, row along y (0 at the first sample). */
export interface GridPosition {
  col: number;
  row: number;
}

/** Either a grid, or a message the scene can show in its place. */
export type GridResult = { grid: PolarHeightGrid; error: null } | { grid: null; error: string };

const INT16_BYTES = 2;

function isFiniteNumber(v: unknown): v is number {
  return typeof v === 'number' && Number.isFinite(v);
}

/** Checks a header written by scripts/build-moon.mjs; each problem names the file and the field. */
export function parsePolarGridHeader(json: unknown, file: string): { header: PolarGridHeader | null; errors: string[] } {
  const errors: string[] = [];
  const o = (typeof json === 'object' && json !== null ? json : {}) as Record<string, unknown>;
  if (typeof o.file !== 'string' || !/^[\w.-]+\.bin$/.test(o.file)) errors.push(`${file}: file: must name a .bin file`);
  for (const key of ['width', 'height'] as const) {
    const v = o[key];
    if (!(Number.isInteger(v) && (v as number) >= 2 && (v as number) <= 8192)) errors.push(`${file}: ${key}: must be an integer 2..8192`);
  }
  if (!(isFiniteNumber(o.postingM) && o.postingM > 0)) errors.push(`${file}: postingM: must be a positive number`);
  if (!(isFiniteNumber(o.heightScaleM) && o.heightScaleM > 0)) errors.push(`${file}: heightScaleM: must be a positive number`);
  const origin = o.originM as unknown[] | undefined;
  if (!(Array.isArray(origin) && origin.length === 2 && origin.every(isFiniteNumber))) errors.push(`${file}: originM: must be [x, y] in metres`);
  const range = o.dnRange as unknown[] | undefined;
  if (!(Array.isArray(range) && range.length === 2 && range.every(isFiniteNumber) && (range[0] as number) <= (range[1] as number))) {
    errors.push(`${file}: dnRange: must be [min, max]`);
  }
  if (o.sampleType !== 'int16le') errors.push(`${file}: sampleType: must be "int16le"`);
  if (errors.length) return { header: null, errors };
  return {
    header: {
      file: o.file as string,
      width: o.width as number,
      height: o.height as number,
      postingM: o.postingM as number,
      originXM: (origin as number[])[0],
      originYM: (origin as number[])[1],
      heightScaleM: o.heightScaleM as number,
      dnRange: [(range as number[])[0], (range as number[])[1]],
      source: typeof o.source === 'string' ? o.source : '',
      credit: typeof o.credit === 'string' ? o.credit : '',
    },
    errors,
  };
}

/**
 * Decodes and checks a grid's int16le buffer against its header. A missing buffer, a wrong length (a
 * truncated download, or an HTML fallback page served in its place) or a value outside the header's DN
 * range gives `error`, never a throw.
 */
export function parsePolarHeightGrid(header: PolarGridHeader, buffer: ArrayBuffer | ArrayBufferView | null | undefined): GridResult {
  const name = header.file;
  if (!buffer) return { grid: null, error: `${name}: missing (no data)` };
  const bytes = ArrayBuffer.isView(buffer) ? buffer : new Uint8Array(buffer);
  const expected = header.width * header.height * INT16_BYTES;
  if (bytes.byteLength !== expected) {
    const what = bytes.byteLength < expected ? 'truncated' : 'too long';
    return { grid: null, error: `${name}: ${what}: ${bytes.byteLength} bytes, expected ${expected} (${header.width} × ${header.height} int16)` };
  }
  // DataView: little-endian whatever the host's byte order.
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const count = header.width * header.height;
  const heightsKm = new Float32Array(count);
  const kmPerDn = header.heightScaleM / 1000;
  const [lo, hi] = header.dnRange;
  let minDn = Infinity;
  let maxDn = -Infinity;
  for (let k = 0; k < count; k++) {
    const dn = view.getInt16(k * INT16_BYTES, true);
    if (dn < minDn) minDn = dn;
    if (dn > maxDn) maxDn = dn;
    heightsKm[k] = dn * kmPerDn;
  }
  if (minDn < lo || maxDn > hi) {
    return { grid: null, error: `${name}: corrupt: values ${minDn}..${maxDn} outside the header's range ${lo}..${hi}` };
  }
  return {
    grid: {
      width: header.width,
      height: header.height,
      spacingKm: header.postingM / 1000,
      originXKm: header.originXM / 1000,
      originYKm: header.originYM / 1000,
      heightsKm,
      minKm: minDn * kmPerDn,
      maxKm: maxDn * kmPerDn,
      credit: header.credit,
    },
    error: null,
  };
}

/**
 * Fetches a header (JSON) and the .bin it names, from the same folder, and decodes them. Never
 * rejects: a network failure, an HTTP error or a bad file comes back as `error`.
 */
export async function loadPolarHeightGrid(headerUrl: string, fetchImpl: typeof fetch = fetch): Promise<GridResult> {
  try {
    const r = await fetchImpl(headerUrl);
    if (!r.ok) return { grid: null, error: `${headerUrl}: HTTP ${r.status}` };
    const { header, errors } = parsePolarGridHeader(await r.json(), headerUrl);
    if (!header) return { grid: null, error: errors.join('; ') };
    // The .bin sits beside its header: swap the last path segment (keeps relative and absolute URLs as given).
    const binUrl = headerUrl.slice(0, headerUrl.lastIndexOf('/') + 1) + header.file;
    const b = await fetchImpl(binUrl);
    if (!b.ok) return { grid: null, error: `${header.file}: HTTP ${b.status}` };
    return parsePolarHeightGrid(header, await b.arrayBuffer());
  } catch (err) {
    return { grid: null, error: `${headerUrl}: ${err instanceof Error ? err.message : String(err)}` };
  }
}

/** Selenographic (deg, east longitude) → LOLA plane (km), into `result`. Valid south of the north pole. */
export function selenographicToLolaPlane(latDeg: Degrees, lonDeg: Degrees, result: LolaPlanePoint): LolaPlanePoint {
  const rho = 2 * MOON_RADIUS_KM * Math.tan(((90 + latDeg) * RAD_PER_DEG) / 2);
  const lon = lonDeg * RAD_PER_DEG;
  result.xKm = rho * Math.sin(lon);
  result.yKm = rho * Math.cos(lon);
  return result;
}

/** LOLA plane (km) → selenographic (deg, east longitude −180..180; 0 at the pole itself), into `result`. */
export function lolaPlaneToSelenographic(xKm: Kilometer, yKm: Kilometer, result: LatLonDeg): LatLonDeg {
  const rho = Math.hypot(xKm, yKm);
  result.latDeg = 2 * Math.atan(rho / (2 * MOON_RADIUS_KM)) * DEG_PER_RAD - 90;
  result.lonDeg = rho === 0 ? 0 : Math.atan2(xKm, yKm) * DEG_PER_RAD;
  return result;
}

const scratchPlane: LolaPlanePoint = { xKm: 0, yKm: 0 };

/** Fractional sample position of a selenographic point (may lie outside 0..width−1), into `result`. */
export function gridPositionOf(grid: PolarHeightGrid, latDeg: Degrees, lonDeg: Degrees, result: GridPosition): GridPosition {
  selenographicToLolaPlane(latDeg, lonDeg, scratchPlane);
  result.col = (scratchPlane.xKm - grid.originXKm) / grid.spacingKm;
  result.row = (scratchPlane.yKm - grid.originYKm) / grid.spacingKm;
  return result;
}

/** Selenographic position of a (fractional) sample position, into `result`. */
export function selenographicOfGridPosition(grid: PolarHeightGrid, col: number, row: number, result: LatLonDeg): LatLonDeg {
  return lolaPlaneToSelenographic(grid.originXKm + col * grid.spacingKm, grid.originYKm + row * grid.spacingKm, result);
}

/** Height (km above the sphere) at a LOLA plane point, bilinear between samples; NaN outside the grid. */
export function heightKmAtLolaPlane(grid: PolarHeightGrid, xKm: Kilometer, yKm: Kilometer): Kilometer {
  const { width, height, heightsKm } = grid;
  const fx = (xKm - grid.originXKm) / grid.spacingKm;
  const fy = (yKm - grid.originYKm) / grid.spacingKm;
  if (!(fx >= 0 && fy >= 0 && fx <= width - 1 && fy <= height - 1)) return NaN;
  const c = Math.min(width - 2, Math.floor(fx));
  const r = Math.min(height - 2, Math.floor(fy));
  const tx = fx - c;
  const ty = fy - r;
  const k = r * width + c;
  const a = heightsKm[k] + (heightsKm[k + 1] - heightsKm[k]) * tx;
  const b = heightsKm[k + width] + (heightsKm[k + width + 1] - heightsKm[k + width]) * tx;
  return a + (b - a) * ty;
}

/**
 * Height (km above the 1737.4 km sphere) at a selenographic point (deg, east longitude), by bilinear
 * interpolation between the grid's samples in the stereographic plane; NaN outside the grid.
 */
export function heightKmAt(grid: PolarHeightGrid, latDeg: Degrees, lonDeg: Degrees): Kilometer {
  selenographicToLolaPlane(latDeg, lonDeg, scratchPlane);
  return heightKmAtLolaPlane(grid, scratchPlane.xKm, scratchPlane.yKm);
}

/** Height from the first grid that covers the point (finest first, e.g. [lola, lalt]); NaN where none does. */
export function southPoleHeightKmAt(grids: readonly PolarHeightGrid[], latDeg: Degrees, lonDeg: Degrees): Kilometer {
  selenographicToLolaPlane(latDeg, lonDeg, scratchPlane);
  for (const g of grids) {
    const h = heightKmAtLolaPlane(g, scratchPlane.xKm, scratchPlane.yKm);
    if (!Number.isNaN(h)) return h;
  }
  return NaN;
}

/**
 * Heights (km) for the vertices of the scene's PolarGrid (polarGrid.ts, whose plane is this one with x
 * and y swapped), from the first of `grids` that covers each vertex; `outside` fills the rest (a
 * constant, or e.g. the procedural terrain.ts heightKmAt). Into `out` (length n²) when given.
 */
export function heightsOnPolarGrid(
  polarGrid: PolarGrid,
  grids: readonly PolarHeightGrid[],
  outside: number | ((latDeg: Degrees, lonDeg: Degrees) => Kilometer),
  out?: Float32Array,
): Float32Array {
  const count = polarGrid.n * polarGrid.n;
  const result = out ?? new Float32Array(count);
  for (let i = 0; i < count; i++) {
    let h = NaN;
    for (const g of grids) {
      // polarGrid (x, y) = (ρ cos λ, ρ sin λ) = this plane's (y, x).
      h = heightKmAtLolaPlane(g, polarGrid.yKm[i], polarGrid.xKm[i]);
      if (!Number.isNaN(h)) break;
    }
    result[i] = Number.isNaN(h) ? (typeof outside === 'number' ? outside : outside(polarGrid.latDeg[i], polarGrid.lonDeg[i])) : h;
  }
  return result;
}
