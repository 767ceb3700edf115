// The two materials every model uses. The app finds them by name: "hull" (vertex-coloured) and
// "solar-cell" (it adds a procedural cell grid to this one; no textures are exported).
import * as THREE from 'three';

export function makeMaterials() {
  const hull = new THREE.MeshStandardMaterial({ name: 'hull', color: 0xffffff, vertexColors: true, roughness: 0.75, metalness: 0.05 });
  const solar = new THREE.MeshStandardMaterial({ name: 'solar-cell', color: 0x1a2a5c, roughness: 0.4, metalness: 0.35 });
  return { hull, solar };
}

/** A named mesh node. */
export function namedMesh(name, geometry, material, userData = {}) {
  geometry.name = name;
  const m = new THREE.Mesh(geometry, material);
  m.name = name;
  m.userData = userData;
  return m;
}
