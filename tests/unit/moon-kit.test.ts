import { describe, expect, it } from 'vitest';
import kitJson from '../../public/moon/moon-kit.json';
import { elevationKmAt, parseMoonKit, type ImagePixels } from '../../src/moon/moonKit';

/** A tiny generated elevation map of the kit's layout: 8 × 4 px, grey rising from west to east. */
function tinyElevationMap(): ImagePixels {
  const width = 8;
  const height = 4;
  const data = new Uint8Array(width * height * 4);
  for (let y = 0; y < height; y++) for (let x = 0; x < width; x++) data.fill((x * 255) / (width - 1), (y * width + x) * 4, (y * width + x) * 4 + 3);
  return { width, height, data, channels: 4 };
}

describe('NASA CGI Moon Kit support', () => {
  it('the shipped moon-kit.json parses and names no files (bundled data in use)', () => {
    const { kit, errors } = parseMoonKit(kitJson);
    expect(errors).toEqual([]);
    expect(kit).toMatchObject({ color: null, elevation: null });
  });

  it('rejects a TIFF file name and a reversed range, naming the field', () => {
    const { errors } = parseMoonKit({ color: 'lroc_color_poles_2k.tif', elevation: null, elevationRangeKm: [5, -5] });
    expect(errors.join('\n')).toMatch(/color: must be a \.jpg/);
    expect(errors.join('\n')).toMatch(/elevationRangeKm: min must be below max/);
  });

  it('reads elevation from an 8-bit equirectangular map: grey 0 → min, 255 → max, within 0.01 km', () => {
    const img = tinyElevationMap();
    const range = [-9.15, 10.76] as const;
    // Pixel centres: column 0 is at −180 + 22.5°, column 7 at 180 − 22.5°.
    expect(elevationKmAt(img, range, 0, -157.5)).toBeCloseTo(-9.15, 2);
    expect(elevationKmAt(img, range, -89, 157.5)).toBeCloseTo(10.76, 2);
    const mid = elevationKmAt(img, range, 10, 0);
    expect(mid).toBeGreaterThan(-1);
    expect(mid).toBeLessThan(2);
  });
});
