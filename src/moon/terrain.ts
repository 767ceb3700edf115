import { MOON_RADIUS_KM } from '../astro/moon';
import { MASSIFS, SHACKLETON, SOUTH_POLE_CRATERS, type Massif, type SouthPoleCrater } from '../astro/southPole';
import { RAD_PER_DEG, type Degrees, type Kilometer } from '../astro/units';
import { selenographicToPlane, type PlanePoint, type PolarGrid } from './polarGrid';

/**
 * Procedural lunar south-pole terrain (pure: no three.js, React or zustand). Heights are km above the
 * MOON_RADIUS_KM = 1737.4 km sphere, as a function of selenographic latitude and east longitude.
 *
 * MODELLED, NOT MEASURED: the relief is a sum of analytic crater and massif profiles placed from the
 * catalogue of src/astro/southPole.ts (facts.md §5.2–§5.3), plus low-amplitude deterministic noise. It
 * is not a LOLA elevation model; only positions, diameters, Shackleton's depth and floor, and the massif
 * heights are sourced. Everything else below is marked [ASSUMPTION].
 *
 * height(lat, lon) = Σ craters craterProfileKm(r_c) + Σ massifs massifProfileKm(r_m) + noiseKm(x, y)
 * with r the great-circle distance (km, on the 1737.4 km sphere) to each feature's centre.
 *
 * Crater profile (R = D/2 rim radius, d = rim-crest-to-floor depth, h = rim height above the
 * surroundings, R_f = flat-floor radius, s = (r − R_f)/(R − R_f)):
 *   r ≤ R_f          z = h − d                               (flat floor)
 *   R_f < r ≤ R      z = h − d + d·s(1 + s)/2                 (wall: mean of a cone and a parabola;
 *                                                             slope rises from ½ to 1½ × the mean
 *                                                             d/(R − R_f): 30.4° for Shackleton,
 *                                                             whose walls are sourced at ~30°)
 *   R < r < 4R       z = h·((R/r)³ − 4⁻³)/(1 − 4⁻³)          (ejecta, ∝ (r/R)⁻³, cut to 0 at 4R)
 * so the rim crest is at r = R, height h, and the floor is d below it.
 */

export const TERRAIN_SOURCE_NOTE =
  'Lunar south-pole terrain: procedural, modelled from crater catalogue data (facts.md §5.3), not a measured ' +
  "elevation model: IAU gazetteer crater positions and diameters, Shackleton's 4.2 km depth and 6.6 km floor, " +
  'Mons Mouton and Malapert massif heights; other depths and all profile shapes are assumed.';

/**
 * Rim height above the surroundings as a fraction of the rim-to-floor depth. [ASSUMPTION] 0.25, inside
 * the 0.2–0.3 range of Pike-style lunar crater morphometry (Pike 1977, fresh craters: rim height about a
 * fifth of the depth for simple craters and a larger fraction for complex ones; the ratio is recalled,
 * not checked against the paper, and the polar craters are degraded, so real rims are lower).
 */
export const RIM_HEIGHT_TO_DEPTH = 0.25;

/**
 * Flat-floor radius as a fraction of the rim radius for craters without a sourced floor.
 * [ASSUMPTION] 0.4: fresh complex lunar craters have floors ~0.3–0.6 of the rim diameter, growing with
 * size (Pike 1977, recalled, not checked). Shackleton uses its sourced 6.6 km floor (facts.md §5.2).
 */
export const FLOOR_RADIUS_FRACTION = 0.4;

/** Ejecta are cut to 0 at this many rim radii (4⁻³ ≈ 1.6 % of the rim height is dropped). */
export const EJECTA_CUTOFF_RIM_RADII = 4;

/**
 * Per-crater depth, km, that replaces the catalogue value, with the reason. [ASSUMPTION]
 *
 * Cabeus (D = 100.6 km, 4.67° from the pole) gets a 7.5 km rim-to-floor depth instead of Pike's fresh
 * complex-crater 4.2 km (southPole.ts assumedComplexCraterDepthKm). The true Sun reaches ≈ 1.54° + 4.67°
 * ≈ 6.2° of elevation over Cabeus's centre (Sun due equatorward); a 4.2 km bowl 50 km in radius hides it
 * only up to ≈ 4° (the rim's 4.2 km less the Moon's 0.73 km curvature drop over 50 km), so the centre of
 * its floor would see the Sun for days each year. The product requirement is a dark Cabeus floor (Cabeus
 * holds one of the largest permanently shadowed regions, where LCROSS impacted); the real crater gets it
 * from its irregular, high equatorward rim and the regional slope, neither of which this catalogue-only
 * model has. With 7.5 km the terrain horizon at the floor centre stays ≥ 1.0° above the Sun's centre all
 * through 2026 (≈ 0.7° above its upper limb; measured on n = 192 and 256 grids), where 7 km left only
 * 0.2–0.5°, too little on coarser grids. A tuning value for the shadow, not a measured depth; no other
 * crater needs one (their floor centres keep ≥ 1.8° of margin with Pike's depths).
 */
export const DEPTH_OVERRIDES_KM: Readonly<Record<string, { depthKm: Kilometer; reason: string }>> = {
  Cabeus: {
    depthKm: 7.5,
    reason:
      'tuned so the true Sun (≤ ~6.2° elevation there) stays hidden from the floor centre; ' +
      'catalogue-only model lacks the real high equatorward rim [ASSUMPTION, not a measured depth]',
  },
};

export interface TerrainCrater {
  readonly name: string;
  readonly latDeg: Degrees;
  readonly lonDeg: Degrees;
  /** D/2, km: the rim crest. */
  readonly rimRadiusKm: Kilometer;
  readonly floorRadiusKm: Kilometer;
  /** Rim crest to floor, km. */
  readonly depthKm: Kilometer;
  /** Rim crest above the surroundings, km: RIM_HEIGHT_TO_DEPTH × depth. */
  readonly rimHeightKm: Kilometer;
  /** True where the depth is not a sourced value (catalogue assumption or DEPTH_OVERRIDES_KM). */
  readonly depthAssumed: boolean;
}

export interface TerrainMassif {
  readonly name: string;
  readonly latDeg: Degrees;
  readonly lonDeg: Degrees;
  /** Radius at half height, km (southPole.ts radiusKm). */
  readonly halfHeightRadiusKm: Kilometer;
  readonly heightKm: Kilometer;
}

function terrainCrater(c: SouthPoleCrater): TerrainCrater {
  const rimRadiusKm = c.diameterKm / 2;
  const override = DEPTH_OVERRIDES_KM[c.name];
  const depthKm = override ? override.depthKm : c.depthKm;
  const floorRadiusKm = c.name === SHACKLETON.name ? SHACKLETON.floorDiameterKm / 2 : FLOOR_RADIUS_FRACTION * rimRadiusKm;
  return {
    name: c.name,
    latDeg: c.latDeg,
    lonDeg: c.lonDeg,
    rimRadiusKm,
    floorRadiusKm,
    depthKm,
    rimHeightKm: RIM_HEIGHT_TO_DEPTH * depthKm,
    depthAssumed: c.assumed || override !== undefined,
  };
}

/** The craters of the terrain: every entry of SOUTH_POLE_CRATERS (facts.md §5.3), with profile parameters. */
export const TERRAIN_CRATERS: readonly TerrainCrater[] = SOUTH_POLE_CRATERS.map(terrainCrater);

/**
 * The massifs (southPole.ts MASSIFS: Mons Mouton 6 km, Malapert > 5 km, used as 5 km). Flat-topped
 * super-Gaussian z = H·exp(−ln2·(r/a)⁴), a = radiusKm (half height at a; > 90 % of H inside 0.62a, < 10 %
 * beyond 1.35a; steepest ≈ 1.39·H/a at r ≈ 1.02a: ~9.5° for Mons Mouton, ~19° for Malapert). [ASSUMPTION]
 * the profile shape; Malapert's 20 km
 * radius is southPole.ts's assumption.
 */
export const TERRAIN_MASSIFS: readonly TerrainMassif[] = MASSIFS.map((m: Massif) => ({
  name: m.name,
  latDeg: m.latDeg,
  lonDeg: m.lonDeg,
  halfHeightRadiusKm: m.radiusKm,
  heightKm: m.heightKm,
}));

/** Massif profiles are cut at this many half-height radii (exp(−ln2·16) ≈ 1.5e-5 of H). */
const MASSIF_CUTOFF_RADII = 2;

const EJECTA_TAIL = Math.pow(EJECTA_CUTOFF_RIM_RADII, -3);

/** Height (km, relative to the surroundings) of one crater's profile at great-circle distance r (km). */
export function craterProfileKm(c: TerrainCrater, rKm: Kilometer): Kilometer {
  const R = c.rimRadiusKm;
  if (rKm >= R) {
    if (rKm >= EJECTA_CUTOFF_RIM_RADII * R) return 0;
    const t = R / rKm;
    return (c.rimHeightKm * (t * t * t - EJECTA_TAIL)) / (1 - EJECTA_TAIL);
  }
  const floor = c.rimHeightKm - c.depthKm;
  if (rKm <= c.floorRadiusKm) return floor;
  const s = (rKm - c.floorRadiusKm) / (R - c.floorRadiusKm);
  return floor + (c.depthKm * s * (1 + s)) / 2;
}

/** Height (km) of one massif at great-circle distance r (km). */
export function massifProfileKm(m: TerrainMassif, rKm: Kilometer): Kilometer {
  if (rKm >= MASSIF_CUTOFF_RADII * m.halfHeightRadiusKm) return 0;
  const q = rKm / m.halfHeightRadiusKm;
  const q2 = q * q;
  return m.heightKm * Math.exp(-Math.LN2 * q2 * q2);
}

// ---- Noise ---------------------------------------------------------------------------------------

/** Seed of the terrain noise (any integer; fixed so every build shows the same ground). */
export const TERRAIN_NOISE_SEED = 0x5eed_2026;

/**
 * Value-noise octaves: wavelength (plane km) and amplitude (km). [ASSUMPTION] purely cosmetic, so
 * plains are not perfectly smooth; |noise| ≤ 0.225 km.
 */
export const TERRAIN_NOISE_OCTAVES: readonly { readonly wavelengthKm: Kilometer; readonly amplitudeKm: Kilometer }[] = [
  { wavelengthKm: 48, amplitudeKm: 0.12 },
  { wavelengthKm: 24, amplitudeKm: 0.06 },
  { wavelengthKm: 12, amplitudeKm: 0.03 },
  { wavelengthKm: 6, amplitudeKm: 0.015 },
];

/** Deterministic lattice value in [−1, 1]. */
function latticeValue(ix: number, iy: number, seed: number): number {
  let h = Math.imul(ix, 0x27d4eb2d) ^ Math.imul(iy, 0x165667b1) ^ seed;
  h = Math.imul(h ^ (h >>> 15), 0x85ebca6b);
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35);
  h ^= h >>> 16;
  return (h >>> 0) / 2147483647.5 - 1;
}

function fade(t: number): number {
  return t * t * t * (t * (t * 6 - 15) + 10);
}

function valueNoise(x: number, y: number, seed: number): number {
  const fx = Math.floor(x);
  const fy = Math.floor(y);
  const tx = fade(x - fx);
  const ty = fade(y - fy);
  const a = latticeValue(fx, fy, seed);
  const b = latticeValue(fx + 1, fy, seed);
  const c = latticeValue(fx, fy + 1, seed);
  const d = latticeValue(fx + 1, fy + 1, seed);
  const top = a + (b - a) * tx;
  const bottom = c + (d - c) * tx;
  return top + (bottom - top) * ty;
}

/** Low-amplitude fractal value noise at a plane point (km), km. */
export function terrainNoiseKm(xKm: Kilometer, yKm: Kilometer): Kilometer {
  let sum = 0;
  for (let o = 0; o < TERRAIN_NOISE_OCTAVES.length; o++) {
    const { wavelengthKm, amplitudeKm } = TERRAIN_NOISE_OCTAVES[o];
    sum += amplitudeKm * valueNoise(xKm / wavelengthKm, yKm / wavelengthKm, (TERRAIN_NOISE_SEED + o * 0x9e3779b9) | 0);
  }
  return sum;
}

// ---- Evaluation ----------------------------------------------------------------------------------

interface Placed<T> {
  readonly item: T;
  /** Unit vector to the centre, Moon-fixed. */
  readonly cx: number;
  readonly cy: number;
  readonly cz: number;
  /** Squared chord (unit sphere) beyond which the feature contributes 0. */
  readonly maxChord2: number;
}

function place<T>(item: T, latDeg: Degrees, lonDeg: Degrees, reachKm: Kilometer): Placed<T> {
  const lat = latDeg * RAD_PER_DEG;
  const lon = lonDeg * RAD_PER_DEG;
  const chord = 2 * Math.sin(Math.min(Math.PI, reachKm / MOON_RADIUS_KM) / 2);
  return {
    item,
    cx: Math.cos(lat) * Math.cos(lon),
    cy: Math.cos(lat) * Math.sin(lon),
    cz: Math.sin(lat),
    maxChord2: chord * chord,
  };
}

const PLACED_CRATERS = TERRAIN_CRATERS.map((c) => place(c, c.latDeg, c.lonDeg, EJECTA_CUTOFF_RIM_RADII * c.rimRadiusKm));
const PLACED_MASSIFS = TERRAIN_MASSIFS.map((m) => place(m, m.latDeg, m.lonDeg, MASSIF_CUTOFF_RADII * m.halfHeightRadiusKm));

/** Great-circle distance (km) between unit vectors whose squared chord is chord2: 2R·asin(chord/2). */
function arcKm(chord2: number): Kilometer {
  return 2 * MOON_RADIUS_KM * Math.asin(Math.sqrt(chord2) / 2);
}

/** Height (km) at a unit radial vector and its plane point. */
function heightAtUnit(ux: number, uy: number, uz: number, xKm: number, yKm: number): number {
  let z = terrainNoiseKm(xKm, yKm);
  for (let k = 0; k < PLACED_CRATERS.length; k++) {
    const f = PLACED_CRATERS[k];
    const dx = ux - f.cx;
    const dy = uy - f.cy;
    const dz = uz - f.cz;
    const chord2 = dx * dx + dy * dy + dz * dz;
    if (chord2 < f.maxChord2) z += craterProfileKm(f.item, arcKm(chord2));
  }
  for (let k = 0; k < PLACED_MASSIFS.length; k++) {
    const f = PLACED_MASSIFS[k];
    const dx = ux - f.cx;
    const dy = uy - f.cy;
    const dz = uz - f.cz;
    const chord2 = dx * dx + dy * dy + dz * dz;
    if (chord2 < f.maxChord2) z += massifProfileKm(f.item, arcKm(chord2));
  }
  return z;
}

const scratchPlane: PlanePoint = { xKm: 0, yKm: 0 };

/** Terrain height, km above the 1737.4 km sphere, at a selenographic point (deg, east longitude). */
export function heightKmAt(latDeg: Degrees, lonDeg: Degrees): Kilometer {
  const lat = latDeg * RAD_PER_DEG;
  const lon = lonDeg * RAD_PER_DEG;
  const c = Math.cos(lat);
  selenographicToPlane(latDeg, lonDeg, scratchPlane);
  return heightAtUnit(c * Math.cos(lon), c * Math.sin(lon), Math.sin(lat), scratchPlane.xKm, scratchPlane.yKm);
}

/** Heights (km) of every grid vertex, index row·n + col, into `out` (allocated when absent). */
export function buildHeightGrid(grid: PolarGrid, out?: Float32Array): Float32Array {
  const count = grid.n * grid.n;
  const result = out ?? new Float32Array(count);
  const { up, xKm, yKm } = grid;
  for (let i = 0; i < count; i++) {
    result[i] = heightAtUnit(up[3 * i], up[3 * i + 1], up[3 * i + 2], xKm[i], yKm[i]);
  }
  return result;
}
