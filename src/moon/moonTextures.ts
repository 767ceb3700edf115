import { RAD_PER_DEG, type Degrees, type Vec3 } from '../astro/units';

/**
 * The measured lunar assets that scripts/build-moon.mjs writes into public/ (paths relative to the
 * app's BASE_URL), and how to read them. Pure: no three.js, React or zustand.
 *
 * Globe textures: equirectangular 2:1, longitude −180° at the left edge (u = 0), 0° in the middle,
 * north up (v = 0 at the top row, +90°), like the reference maps.
 */
export const MOON_COLOR_TEXTURES = {
  /** CesiumJS's small global map (scripts/build-assets.mjs), 256 × 128, 12 kB: the Earth view's Moon. */
  small: { file: 'textures/moon-256.jpg', widthPx: 256 },
  /** LRO LROC WAC colour (NASA SVS CGI Moon Kit), 2048 × 1024, ~0.3 MB. */
  '2k': { file: 'textures/moon-lroc-2k.jpg', widthPx: 2048 },
  /** The same at 4096 × 2048, ~1.6 MB (the reference JPEG unchanged). */
  '4k': { file: 'textures/moon-lroc-4k.jpg', widthPx: 4096 },
} as const;

export type MoonColorMap = keyof typeof MOON_COLOR_TEXTURES;

/**
 * The globe's colour maps to fetch beyond the small one, in order. None until a lunar view is first used
 * (the Earth view's first frame needs only the 12 kB map); from then on the 2k map, quick to fetch and
 * upload, for the first lunar view, and the 4k one after it.
 */
export function globeColorMapsToLoad(lunarViewUsed: boolean): readonly MoonColorMap[] {
  return lunarViewUsed ? ['2k', '4k'] : [];
}

/** The sharpest of the colour maps loaded so far; the small one, which loads with the Moon, until another has. */
export function sharpestColorMap(loaded: Iterable<MoonColorMap>): MoonColorMap {
  let best: MoonColorMap = 'small';
  for (const m of loaded) if (MOON_COLOR_TEXTURES[m].widthPx > MOON_COLOR_TEXTURES[best].widthPx) best = m;
  return best;
}

/**
 * Normal map from the SELENE/Kaguya LALT elevation (2048 × 1024, ~1.9 km source, averaged to ~5.3 km
 * pixels at the equator), in TANGENT space of the equirectangular map: per texel the unit normal in
 * the local east/north/up frame, RGB = (n + 1)/2 · 255 with R = east, G = north, B = up.
 *
 * Slopes are multiplied by `reliefExaggeration` before encoding (true slopes at this scale: median
 * 2.6°, 99 % under 14°), so encoded n ∝ (−k ∂h/∂east, −k ∂h/∂north, 1) with k = reliefExaggeration.
 * The true normal is normalize(t.x, t.y, k · t.z); a shader may pick any relief between by scaling
 * t.z. Within ~1° of the poles the map is degenerate (a whole row is one point): fade to the sphere's
 * normal there (the south-pole close-up uses the LOLA grid instead).
 *
 * In a shader, with U the sphere's unit outward normal at the fragment in the Moon-fixed frame
 * (+z north pole, +x 0° E, +y 90° E): E = normalize(cross(ẑ, U)) = (−sin λ, cos λ, 0), N = cross(U, E),
 * t = texture(map, uv).rgb · 2 − 1, normal = normalize(t.x · E + t.y · N + t.z · U)
 * (tangentNormalToMoonFixed below is the same, for tests and CPU use).
 */
export const MOON_NORMAL_TEXTURE = {
  file: 'textures/moon-normal-2k.webp',
  width: 2048,
  height: 1024,
  frame: 'east-north-up',
  reliefExaggeration: 2,
} as const;

/** The south-pole grids and the lit-fraction layer: each a JSON header naming its .bin beside it. */
export const SOUTH_POLE_DATA = {
  /** LRO LOLA 480 m heights, ±124.8 km (lola.ts loadPolarHeightGrid). */
  lola: 'data/south-pole-ldem-480m.json',
  /** SELENE LALT 1920 m heights, ±384 km, for beyond the LOLA square (lola.ts loadPolarHeightGrid). */
  lalt: 'data/south-pole-lalt-1920m.json',
  /** Lit fraction over one draconic year on the LOLA cells (illumination.ts loadLightLayer). */
  light: 'data/south-pole-light.json',
} as const;

/**
 * A normal-map texel (0..255 each) at a selenographic point (deg, east longitude) → unit normal in the
 * Moon-fixed frame, into `result`, with the relief scaled by `relief` (1 = as encoded, i.e.
 * MOON_NORMAL_TEXTURE.reliefExaggeration × the true slopes; 1/reliefExaggeration = true slopes).
 */
export function tangentNormalToMoonFixed(r: number, g: number, b: number, latDeg: Degrees, lonDeg: Degrees, relief: number, result: Vec3): Vec3 {
  const tx = r / 127.5 - 1;
  const ty = g / 127.5 - 1;
  const tz = (b / 127.5 - 1) / relief;
  const lat = latDeg * RAD_PER_DEG;
  const lon = lonDeg * RAD_PER_DEG;
  const sinLat = Math.sin(lat);
  const cosLat = Math.cos(lat);
  const sinLon = Math.sin(lon);
  const cosLon = Math.cos(lon);
  // east = (−sin λ, cos λ, 0), north = (−sin φ cos λ, −sin φ sin λ, cos φ), up = (cos φ cos λ, cos φ sin λ, sin φ).
  const x = -tx * sinLon - ty * sinLat * cosLon + tz * cosLat * cosLon;
  const y = tx * cosLon - ty * sinLat * sinLon + tz * cosLat * sinLon;
  const z = ty * cosLat + tz * sinLat;
  const inv = 1 / Math.hypot(x, y, z);
  result[0] = x * inv;
  result[1] = y * inv;
  result[2] = z * inv;
  return result;
}
