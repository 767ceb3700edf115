import { SphereGeometry, Vector3, type BufferAttribute, type BufferGeometry } from 'three';
import { geometryOverSharedVertices } from './sharedVertices';

/** The globe's grid: 128 × 64 segments (2.8° cells; the limb's facets stay under ~1 px from the ISS). */
const WIDTH_SEGMENTS = 128;
const HEIGHT_SEGMENTS = 64;
/** Segments per tile side: 8 × 4 tiles of 45° × 45°. */
const TILE_SEGMENTS = 16;
/** Culling margin (rad, about 3°) against rounding at the horizon. */
const MARGIN_RAD = 0.05;

export interface EarthTile {
  geometry: BufferGeometry;
  /** Unit direction of the tile's centre, in the unit sphere's coordinates. */
  centre: Vector3;
  /** Largest angle (rad) between `centre` and any of the tile's vertices. */
  radiusRad: number;
}

/**
 * The Earth's sphere (unit radius; the mesh's scale makes it the WGS84 ellipsoid) cut into tiles that
 * share one set of vertices. Vertex work, not fill, is most of the globe's cost on software renderers, and
 * from the ISS (420 km up) the Earth is a few tiles below the horizon: those are all a close-up draws.
 * Triangles are those of three's SphereGeometry (same winding, no degenerate ones at the poles).
 */
export function buildEarthTiles(): { tiles: EarthTile[]; dispose(): void } {
  const sphere = new SphereGeometry(1, WIDTH_SEGMENTS, HEIGHT_SEGMENTS);
  const attributes = Object.fromEntries(['position', 'normal', 'uv'].map((n) => [n, sphere.getAttribute(n) as BufferAttribute]));
  const row = WIDTH_SEGMENTS + 1;
  const tiles: EarthTile[] = [];
  for (let y0 = 0; y0 < HEIGHT_SEGMENTS; y0 += TILE_SEGMENTS) {
    for (let x0 = 0; x0 < WIDTH_SEGMENTS; x0 += TILE_SEGMENTS) {
      const index: number[] = [];
      for (let iy = y0; iy < y0 + TILE_SEGMENTS; iy++) {
        for (let ix = x0; ix < x0 + TILE_SEGMENTS; ix++) {
          const a = iy * row + ix + 1;
          const b = iy * row + ix;
          const c = (iy + 1) * row + ix;
          const d = (iy + 1) * row + ix + 1;
          if (iy !== 0) index.push(a, b, d);
          if (iy !== HEIGHT_SEGMENTS - 1) index.push(b, c, d);
        }
      }
      tiles.push(tile(attributes, Uint16Array.from(index)));
    }
  }
  return { tiles, dispose: () => tiles.forEach((t) => t.geometry.dispose()) };
}

/** A tile's geometry, and its bounds for horizon culling: centre direction and angular radius. */
function tile(attributes: Record<string, BufferAttribute>, index: Uint16Array): EarthTile {
  const position = attributes.position;
  const centre = new Vector3();
  const p = new Vector3();
  for (const i of index) centre.add(p.fromBufferAttribute(position, i));
  centre.normalize();
  let radiusRad = 0;
  for (const i of index) radiusRad = Math.max(radiusRad, centre.angleTo(p.fromBufferAttribute(position, i)));
  return { geometry: geometryOverSharedVertices(attributes, index), centre, radiusRad };
}

/**
 * Whether any point of the tile can be seen from `cameraLocal` (the camera in the unit sphere's
 * coordinates). A point p of the unit sphere is above the camera's horizon when p · c > 1; the scaling to
 * the ellipsoid is affine, so the test is exact for the ellipsoid too. Inside the sphere, all are kept.
 */
export function tileFacesCamera(t: EarthTile, cameraLocal: Vector3): boolean {
  const d = cameraLocal.length();
  if (d <= 1) return true;
  const angleToCamera = t.centre.angleTo(cameraLocal);
  return angleToCamera - t.radiusRad - MARGIN_RAD < Math.acos(1 / d);
}
