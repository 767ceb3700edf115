import type { Degrees, Kilometer } from '../astro/units';
import { planeScaleFactor, planeToSelenographic, selenographicToPlane, type LatLonDeg, type PlanePoint, type PolarGrid } from './polarGrid';

/**
 * Measured south-polar height grids (pure: no three.js, React or zustand): the LRO LOLA 480 m grid
 * (public/data/south-pole-ldem-480m.bin) and the coarser SELENE LALT square around it
 * (public/data/south-pole-lalt-1920m.bin), both written by scripts/build-moon.mjs.
 *
 * Projection (the LOLA polar products' own): polar stereographic, south pole at the centre, on the
 * MOON_RADIUS_KM = 1737.4 km sphere, true scale at the pole:
 *   ρ = 2R·tan((90° + lat)/2),  x = ρ·sin(lon),  y = ρ·cos(lon),  lon = atan2(x, y)
 * (east longitude; +y toward 0° E, +x toward 90° E): facts.md §5.3's plane. NOTE: the scene's
 * procedural PolarGrid (polarGrid.ts) puts +x toward 0° E instead; its (x, y) is this plane's (y, x),
 * and heightsOnPolarGrid does the swap.
 *
 * Sample [row j, col i] (index j·width + i) lies at x = originX + i·spacing, y = originY + j·spacing;
 * row 0 is the edge toward 180°. Heights are km above the 1737.4 km sphere: int16 DN × heightScaleM.
 */

/** Where a grid's samples lie in the LOLA plane. */
export interface PolarGridGeometry {
  readonly width: number;
  readonly height: number;
  /** Plane km between samples (true scale at the pole). */
  readonly spacingKm: Kilometer;
  /** Plane position of sample [0, 0], km. */
  readonly originXKm: Kilometer;
  readonly originYKm: Kilometer;
}

export interface PolarGridHeader extends PolarGridGeometry {
  /** The .bin file, beside the header. */
  readonly file: string;
  /** Height in metres = DN × heightScaleM, above the 1737.4 km sphere. */
  readonly heightScaleM: number;
  /** The smallest and largest DN in the file: a value outside them means a corrupt copy. */
  readonly dnRange: readonly [number, number];
  readonly source: string;
  readonly credit: string;
}

export interface PolarHeightGrid extends PolarGridGeometry {
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

function isFiniteNumber(v: unknown): v is number {
  return typeof v === 'number' && Number.isFinite(v);
}

/**
 * The fields every grid header of build-moon.mjs has (file, width, height, postingM, originM,
 * sampleType). Problems go to `errors`, each naming the file and the field; null when there are any.
 */
export function parseGridFields(
  json: unknown,
  file: string,
  sampleType: 'int16le' | 'uint16le',
  errors: string[],
): { fields: Record<string, unknown>; geometry: PolarGridGeometry; bin: string } | null {
  const o = (typeof json === 'object' && json !== null ? json : {}) as Record<string, unknown>;
  const before = errors.length;
  if (typeof o.file !== 'string' || !/^[\w.-]+\.bin$/.test(o.file)) errors.push(`${file}: file: must name a .bin file`);
  for (const key of ['width', 'height'] as const) {
    const v = o[key];
    if (!(Number.isInteger(v) && (v as number) >= 2 && (v as number) <= 8192)) errors.push(`${file}: ${key}: must be an integer 2..8192`);
  }
  if (!(isFiniteNumber(o.postingM) && o.postingM > 0)) errors.push(`${file}: postingM: must be a positive number`);
  const origin = o.originM as unknown[] | undefined;
  if (!(Array.isArray(origin) && origin.length === 2 && origin.every(isFiniteNumber))) errors.push(`${file}: originM: must be [x, y] in metres`);
  if (o.sampleType !== sampleType) errors.push(`${file}: sampleType: must be "${sampleType}"`);
  if (errors.length > before) return null;
  const geometry: PolarGridGeometry = {
    width: o.width as number,
    height: o.height as number,
    spacingKm: (o.postingM as number) / 1000,
    originXKm: (origin as number[])[0] / 1000,
    originYKm: (origin as number[])[1] / 1000,
  };
  return { fields: o, geometry, bin: o.file as string };
}

/** Checks a height-grid header written by scripts/build-moon.mjs; each problem names the file and the field. */
export function parsePolarGridHeader(json: unknown, file: string): { header: PolarGridHeader | null; errors: string[] } {
  const errors: string[] = [];
  const parsed = parseGridFields(json, file, 'int16le', errors);
  const o = parsed?.fields ?? (typeof json === 'object' && json !== null ? (json as Record<string, unknown>) : {});
  if (!(isFiniteNumber(o.heightScaleM) && o.heightScaleM > 0)) errors.push(`${file}: heightScaleM: must be a positive number`);
  const range = o.dnRange as unknown[] | undefined;
  if (!(Array.isArray(range) && range.length === 2 && range.every(isFiniteNumber) && (range[0] as number) <= (range[1] as number))) {
    errors.push(`${file}: dnRange: must be [min, max]`);
  }
  if (!parsed || errors.length) return { header: null, errors };
  return {
    header: {
      ...parsed.geometry,
      file: parsed.bin,
      heightScaleM: o.heightScaleM as number,
      dnRange: [(range as number[])[0], (range as number[])[1]],
      source: typeof o.source === 'string' ? o.source : '',
      credit: typeof o.credit === 'string' ? o.credit : '',
    },
    errors,
  };
}

/** A missing or wrongly sized 16-bit buffer, as a message; null when its length is right. */
export function checkBufferLength(
  file: string,
  buffer: ArrayBuffer | ArrayBufferView | null | undefined,
  width: number,
  height: number,
  sampleName: string,
): string | null {
  if (!buffer) return `${file}: missing (no data)`;
  const expected = width * height * 2;
  if (buffer.byteLength === expected) return null;
  const problem = buffer.byteLength < expected ? 'truncated' : 'too long';
  return `${file}: ${problem}: ${buffer.byteLength} bytes, expected ${expected} (${width} × ${height} ${sampleName})`;
}

/** A DataView over a buffer or over the bytes a view shows. */
export function dataViewOf(buffer: ArrayBuffer | ArrayBufferView): DataView {
  return ArrayBuffer.isView(buffer) ? new DataView(buffer.buffer, buffer.byteOffset, buffer.byteLength) : new DataView(buffer);
}

/**
 * Decodes and checks a height grid's int16le buffer against its header. A missing buffer, a wrong
 * length (a truncated download, or an HTML fallback page served in its place) or a value outside the
 * header's DN range comes back as `error`, never as a throw.
 */
export function parsePolarHeightGrid(header: PolarGridHeader, buffer: ArrayBuffer | ArrayBufferView | null | undefined): GridResult {
  const lengthError = checkBufferLength(header.file, buffer, header.width, header.height, 'int16');
  if (lengthError !== null || !buffer) return { grid: null, error: lengthError ?? `${header.file}: missing (no data)` };
  // DataView: little-endian whatever the host's byte order.
  const view = dataViewOf(buffer);
  const count = header.width * header.height;
  const heightsKm = new Float32Array(count);
  const kmPerDn = header.heightScaleM / 1000;
  const [lo, hi] = header.dnRange;
  let minDn = Infinity;
  let maxDn = -Infinity;
  for (let k = 0; k < count; k++) {
    const dn = view.getInt16(2 * k, true);
    if (dn < minDn) minDn = dn;
    if (dn > maxDn) maxDn = dn;
    heightsKm[k] = dn * kmPerDn;
  }
  if (minDn < lo || maxDn > hi) {
    return { grid: null, error: `${header.file}: corrupt: values ${minDn}..${maxDn} outside the header's range ${lo}..${hi}` };
  }
  const { width, height, spacingKm, originXKm, originYKm, credit } = header;
  return {
    grid: { width, height, spacingKm, originXKm, originYKm, heightsKm, minKm: minDn * kmPerDn, maxKm: maxDn * kmPerDn, credit },
    error: null,
  };
}

/** Header JSON and buffer together: the header's problems, or the buffer's, as one message. */
export function decodePolarHeightGrid(json: unknown, buffer: ArrayBuffer | ArrayBufferView | null | undefined, file: string): GridResult {
  const { header, errors } = parsePolarGridHeader(json, file);
  if (!header) return { grid: null, error: errors.join('; ') };
  return parsePolarHeightGrid(header, buffer);
}

/**
 * Fetches a header (JSON) and the .bin it names, which sits beside it, and hands both to `decode`.
 * Never rejects: a network failure or an HTTP error comes back as a message, and so does whatever
 * `decode` reports.
 */
export async function fetchHeaderAndBin<T>(
  headerUrl: string,
  fetchImpl: typeof fetch,
  binOf: (json: unknown) => string | null,
  decode: (json: unknown, buffer: ArrayBuffer | null) => { value: T; error: null } | { value: null; error: string },
): Promise<{ value: T; error: null } | { value: null; error: string }> {
  try {
    const r = await fetchImpl(headerUrl);
    if (!r.ok) return { value: null, error: `${headerUrl}: HTTP ${r.status}` };
    const json: unknown = await r.json();
    const bin = binOf(json);
    if (bin === null) return decode(json, null);
    // The last path segment swapped: relative and absolute URLs stay as given.
    const binUrl = headerUrl.slice(0, headerUrl.lastIndexOf('/') + 1) + bin;
    const b = await fetchImpl(binUrl);
    if (!b.ok) return { value: null, error: `${bin}: HTTP ${b.status}` };
    return decode(json, await b.arrayBuffer());
  } catch (err) {
    return { value: null, error: `${headerUrl}: ${err instanceof Error ? err.message : String(err)}` };
  }
}

/**
 * Fetches a height grid's header (e.g. `${BASE_URL}data/south-pole-ldem-480m.json`) and its .bin and
 * decodes them. Never rejects: a network failure, an HTTP error or a bad file comes back as `error`.
 */
export async function loadPolarHeightGrid(headerUrl: string, fetchImpl: typeof fetch = fetch): Promise<GridResult> {
  const r = await fetchHeaderAndBin(
    headerUrl,
    fetchImpl,
    (json) => parsePolarGridHeader(json, headerUrl).header?.file ?? null,
    (json, buffer) => {
      const d = decodePolarHeightGrid(json, buffer, headerUrl);
      return d.grid ? { value: d.grid, error: null } : { value: null, error: d.error };
    },
  );
  return r.value ? { grid: r.value, error: null } : { grid: null, error: r.error ?? `${headerUrl}: no data` };
}

// The LOLA plane is the project's polar stereographic plane (polarGrid.ts) with its axes swapped: +y toward
// 0° E here, +x there. The projection itself is polarGrid's.
const swapped: PlanePoint = { xKm: 0, yKm: 0 };

/** Selenographic (deg, east longitude) → LOLA plane (km), into `result`. Valid south of the north pole. */
export function selenographicToLolaPlane(latDeg: Degrees, lonDeg: Degrees, result: LolaPlanePoint): LolaPlanePoint {
  selenographicToPlane(latDeg, lonDeg, swapped);
  result.xKm = swapped.yKm;
  result.yKm = swapped.xKm;
  return result;
}

/** LOLA plane (km) → selenographic (deg, east longitude −180..180; 0 at the pole itself), into `result`. */
export function lolaPlaneToSelenographic(xKm: Kilometer, yKm: Kilometer, result: LatLonDeg): LatLonDeg {
  return planeToSelenographic(yKm, xKm, result);
}

/** Stereographic scale at a plane point: plane km per ground km, 1 + (ρ/2R)² (the same in either axis order). */
export const lolaPlaneScale: (xKm: Kilometer, yKm: Kilometer) => number = planeScaleFactor;

const scratchPlane: LolaPlanePoint = { xKm: 0, yKm: 0 };

/** Fractional sample position of a selenographic point (may lie outside 0..width−1), into `result`. */
export function gridPositionOf(grid: PolarGridGeometry, latDeg: Degrees, lonDeg: Degrees, result: GridPosition): GridPosition {
  selenographicToLolaPlane(latDeg, lonDeg, scratchPlane);
  result.col = (scratchPlane.xKm - grid.originXKm) / grid.spacingKm;
  result.row = (scratchPlane.yKm - grid.originYKm) / grid.spacingKm;
  return result;
}

/** Selenographic position of a (fractional) sample position, into `result`. */
export function selenographicOfGridPosition(grid: PolarGridGeometry, col: number, row: number, result: LatLonDeg): LatLonDeg {
  return lolaPlaneToSelenographic(grid.originXKm + col * grid.spacingKm, grid.originYKm + row * grid.spacingKm, result);
}

/** How far past the edge (in samples) a point still counts as on it. */
const EDGE_SLACK = 1e-9;

/** Bilinear value of a per-sample array at a LOLA plane point (km); NaN outside the grid. */
export function sampleBilinear(grid: PolarGridGeometry, values: ArrayLike<number>, xKm: Kilometer, yKm: Kilometer): number {
  const { width, height } = grid;
  const fx = (xKm - grid.originXKm) / grid.spacingKm;
  const fy = (yKm - grid.originYKm) / grid.spacingKm;
  // Points on the edge stay inside despite rounding (a round trip through lat/lon moves them ~1e-12).
  if (!(fx >= -EDGE_SLACK && fy >= -EDGE_SLACK && fx <= width - 1 + EDGE_SLACK && fy <= height - 1 + EDGE_SLACK)) return NaN;
  const c = Math.max(0, Math.min(width - 2, Math.floor(fx)));
  const r = Math.max(0, Math.min(height - 2, Math.floor(fy)));
  const tx = fx - c;
  const ty = fy - r;
  const k = r * width + c;
  const a = values[k] + (values[k + 1] - values[k]) * tx;
  const b = values[k + width] + (values[k + width + 1] - values[k + width]) * tx;
  return a + (b - a) * ty;
}

/** Height (km above the sphere) at a LOLA plane point, bilinear between samples; NaN outside the grid. */
export function heightKmAtLolaPlane(grid: PolarHeightGrid, xKm: Kilometer, yKm: Kilometer): Kilometer {
  return sampleBilinear(grid, grid.heightsKm, xKm, yKm);
}

/**
 * Height (km above the 1737.4 km sphere) at a selenographic point (deg, east longitude), by bilinear
 * interpolation between the grid's samples in the stereographic plane; NaN outside the grid.
 */
export function heightKmAt(grid: PolarHeightGrid, latDeg: Degrees, lonDeg: Degrees): Kilometer {
  selenographicToLolaPlane(latDeg, lonDeg, scratchPlane);
  return heightKmAtLolaPlane(grid, scratchPlane.xKm, scratchPlane.yKm);
}

/** Height from the first grid that covers the point (finest first: [lola, lalt]); NaN where none does. */
export function southPoleHeightKmAt(grids: readonly PolarHeightGrid[], latDeg: Degrees, lonDeg: Degrees): Kilometer {
  selenographicToLolaPlane(latDeg, lonDeg, scratchPlane);
  for (const g of grids) {
    const h = heightKmAtLolaPlane(g, scratchPlane.xKm, scratchPlane.yKm);
    if (!Number.isNaN(h)) return h;
  }
  return NaN;
}

/**
 * Heights (km) at the vertices of the scene's PolarGrid (polarGrid.ts, whose plane is this one with x
 * and y swapped), from the first of `grids` that covers each vertex (finest first); `outside` fills
 * the rest (a constant, or e.g. terrain.ts's procedural heightKmAt). Into `out` (length n²) when given.
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
