import type { Kilometer } from '../astro/units';

/**
 * Optional NASA CGI Moon Kit files (LROC colour map, LOLA elevation) dropped into public/moon/ and
 * named in public/moon/moon-kit.json. Both are equirectangular, longitude −180 at the left edge (the
 * kit's layout). The 8-bit elevation maps grey 0..255 linearly onto elevationRangeKm.
 * (Validated by hand, not zod: this runs in the first chunk, which stays small.)
 */
export interface MoonKit {
  color: string | null;
  elevation: string | null;
  elevationRangeKm: [Kilometer, Kilometer];
}

const FILE = /^[\w.-]+\.(jpg|jpeg|png|webp)$/i;

export function parseMoonKit(json: unknown, file = 'moon/moon-kit.json'): { kit: MoonKit | null; errors: string[] } {
  const errors: string[] = [];
  const o = (typeof json === 'object' && json !== null ? json : {}) as Record<string, unknown>;
  for (const key of ['color', 'elevation'] as const) {
    const v = o[key];
    if (v !== null && !(typeof v === 'string' && FILE.test(v))) {
      errors.push(`${file}: ${key}: must be a .jpg, .png or .webp file name in public/moon/, or null`);
    }
  }
  const r = o.elevationRangeKm;
  const rangeOk = Array.isArray(r) && r.length === 2 && r.every((x) => typeof x === 'number' && Number.isFinite(x));
  if (!rangeOk) errors.push(`${file}: elevationRangeKm: must be [min, max] in km`);
  else if (!((r as number[])[0] < (r as number[])[1])) errors.push(`${file}: elevationRangeKm: min must be below max`);
  if (errors.length) return { kit: null, errors };
  return { kit: { color: o.color as string | null, elevation: o.elevation as string | null, elevationRangeKm: r as [number, number] }, errors };
}

/** Pixels of a decoded grey or RGBA image (ImageData's shape). */
export interface ImagePixels {
  width: number;
  height: number;
  data: ArrayLike<number>;
  /** Values per pixel: 4 for ImageData. */
  channels: number;
}

/**
 * Elevation (km) at a selenographic point from an equirectangular 8-bit map, bilinear, longitude
 * wrapping; rows run from +90° (top) to −90°.
 */
export function elevationKmAt(img: ImagePixels, rangeKm: readonly [Kilometer, Kilometer], latDeg: number, lonDeg: number): Kilometer {
  const x = (((lonDeg + 180) / 360) * img.width - 0.5 + img.width) % img.width;
  const y = Math.min(img.height - 1, Math.max(0, ((90 - latDeg) / 180) * img.height - 0.5));
  const x0 = Math.floor(x);
  const y0 = Math.floor(y);
  const x1 = (x0 + 1) % img.width;
  const y1 = Math.min(img.height - 1, y0 + 1);
  const fx = x - x0;
  const fy = y - y0;
  const v = (xx: number, yy: number) => img.data[(yy * img.width + xx) * img.channels];
  const grey = (v(x0, y0) * (1 - fx) + v(x1, y0) * fx) * (1 - fy) + (v(x0, y1) * (1 - fx) + v(x1, y1) * fx) * fy;
  return rangeKm[0] + (grey / 255) * (rangeKm[1] - rangeKm[0]);
}
