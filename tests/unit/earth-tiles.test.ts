import { SphereGeometry, Vector3 } from 'three';
import { describe, expect, it } from 'vitest';
import { buildEarthTiles, tileFacesCamera } from '../../src/scene/earthTiles';

const { tiles } = buildEarthTiles();
const EARTH_RADIUS_KM = 6378.137;

/** Camera positions in the unit sphere's coordinates: `altitudeKm` above the point at (latDeg, lonDeg). */
function cameraAt(latDeg: number, lonDeg: number, altitudeKm: number): Vector3 {
  const lat = (latDeg * Math.PI) / 180;
  const lon = (lonDeg * Math.PI) / 180;
  return new Vector3(Math.cos(lat) * Math.cos(lon), Math.sin(lat), Math.cos(lat) * Math.sin(lon)).multiplyScalar(1 + altitudeKm / EARTH_RADIUS_KM);
}

describe('Earth tiles', () => {
  it('together hold exactly the triangles of the whole sphere', () => {
    const whole = new SphereGeometry(1, 128, 64);
    const triangles = (index: ArrayLike<number>) => {
      const out: string[] = [];
      for (let i = 0; i < index.length; i += 3) out.push(`${index[i]},${index[i + 1]},${index[i + 2]}`);
      return out;
    };
    const fromTiles = tiles.flatMap((t) => triangles(t.geometry.index!.array));
    expect(tiles).toHaveLength(32);
    expect(fromTiles.sort()).toEqual(triangles(whole.index!.array).sort());
  });

  it('never culls a tile with a vertex above the horizon (exhaustive over the vertices, many cameras)', () => {
    const p = new Vector3();
    const position = tiles[0].geometry.getAttribute('position');
    for (const altitudeKm of [1, 420, 2_000, 15_600, 380_000]) {
      for (let k = 0; k < 40; k++) {
        const camera = cameraAt(-80 + 4 * k, 37 * k, altitudeKm);
        for (const t of tiles) {
          const seen = Array.from(t.geometry.index!.array).some((i) => p.fromBufferAttribute(position, i).dot(camera) > 1);
          if (seen) expect(tileFacesCamera(t, camera)).toBe(true);
        }
      }
    }
  });

  it('draws a few tiles from the ISS and about half the globe from afar', () => {
    const drawn = (camera: Vector3) => tiles.filter((t) => tileFacesCamera(t, camera)).length;
    expect(drawn(cameraAt(30, 50, 420))).toBeLessThanOrEqual(6);
    expect(drawn(cameraAt(30, 50, 15_600))).toBeLessThanOrEqual(24);
    expect(drawn(cameraAt(0, 0, -100))).toBe(32); // inside: all kept
  });
});
