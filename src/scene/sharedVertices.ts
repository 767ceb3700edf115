import { Box3, BufferAttribute, BufferGeometry, Sphere, Vector3 } from 'three';

const point = new Vector3();

/**
 * A geometry that draws `index` over attributes shared with other such geometries (tiles, levels of
 * detail), bounded by the vertices it uses, not by all of them, so three culls it on its own.
 */
export function geometryOverSharedVertices(attributes: Record<string, BufferAttribute>, index: Uint16Array | Uint32Array): BufferGeometry {
  const geometry = new BufferGeometry();
  for (const [name, a] of Object.entries(attributes)) geometry.setAttribute(name, a);
  geometry.setIndex(new BufferAttribute(index, 1));
  const p = attributes.position;
  const box = new Box3();
  for (const i of index) box.expandByPoint(point.fromBufferAttribute(p, i));
  geometry.boundingBox = box;
  geometry.boundingSphere = box.getBoundingSphere(new Sphere());
  return geometry;
}
