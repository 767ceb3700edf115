import { z } from 'zod';
import type { Kilometer } from '../astro/units';

/**
 * Optional NASA CGI Moon Kit files (LROC colour map, LOLA elevation) dropped into public/moon/ and
 * named in public/moon/moon-kit.json. Both are equirectangular, longitude −180 at the left edge (the
 * kit's layout). The 8-bit elevation maps grey 0..255 linearly onto elevationRangeKm.
 */
const fileName = z
  .string()
  .regex(/^[\w.-]+\.(jpg|jpeg|png|webp)$/i, 'must be a .jpg, .png or .webp file name in public/moon/')
  .nullable();

const MoonKitSchema = z.object({
  color: fileName,
  elevation: fileName,
  elevationRangeKm: z.tuple([z.number(), z.number()]).refine(([a, b]) => a < b, 'min must be below max'),
});

export type MoonKit = z.infer<typeof MoonKitSchema>;

export function parseMoonKit(json: unknown, file = 'moon/moon-kit.json'): { kit: MoonKit | null; errors: string[] } {
  const parsed = MoonKitSchema.safeParse(json);
  if (parsed.success) return { kit: parsed.data, errors: [] };
  return { kit: null, errors: parsed.error.issues.map((i) => `${file}: ${i.path.join('.') || '(file)'}: ${i.message}`) };
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
