import type { Kilometer } from '../astro/units';
import type { LightLayer } from './illumination';

/**
 * The lit-fraction layer (illumination.ts) as the texels the scene drapes over the south-pole terrain
 * (pure: no three.js, React or zustand).
 */

/**
 * Where the most-lit tint starts and where it is full, as lit fractions. In the shipped layer 11 % of the
 * cells are lit over 40 % of the year, 0.04 % over 70 %, and the best cell 92 %: the brightest tint marks
 * those few, which are also labelled.
 */
export const MOST_LIT_FROM = 0.4;
export const MOST_LIT_FULL = 0.7;

export interface LightTexels {
  /** Texels per side. */
  readonly n: number;
  /** Half-width of the square, plane km. */
  readonly halfSizeKm: Kilometer;
  /**
   * Two bytes per texel, index (row·n + col)·2 in the scene PolarGrid's axis order (polarGrid.ts: col along
   * +x toward 0° E, row along +y toward 90° E): the lit fraction × 255, and 255 where the cell is lit in no
   * sample (permanently shadowed in the sampled year), else 0. The second byte is a mask of its own so that
   * bilinear filtering puts the shadowed region's edge halfway between a dark cell and a lit one, however
   * little the lit one sees of the Sun.
   */
  readonly texels: Uint8Array;
}

/**
 * The layer's cells as texels; null when the layer is not a square centred on the pole (the shipped one
 * is LOLA's 521 × 521 at 480 m, ±124.8 km). The layer's cell [row j, col i] (LOLA plane x = col) lands at
 * texel [row i, col j].
 */
export function lightTexelsOnPolarGrid(layer: LightLayer): LightTexels | null {
  const n = layer.width;
  const halfSizeKm = ((n - 1) * layer.spacingKm) / 2;
  const centred = (o: number) => Math.abs(o + halfSizeKm) < 1e-6;
  if (layer.height !== n || !centred(layer.originXKm) || !centred(layer.originYKm)) return null;
  const texels = new Uint8Array(2 * n * n);
  for (let j = 0; j < n; j++) {
    for (let i = 0; i < n; i++) {
      const k = j * n + i;
      const t = 2 * (i * n + j);
      texels[t] = Math.round(layer.litFraction[k] * 255);
      texels[t + 1] = layer.litSamples[k] === 0 ? 255 : 0;
    }
  }
  return { n, halfSizeKm, texels };
}
