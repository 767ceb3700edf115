import { BufferAttribute, BufferGeometry } from 'three';
import { buildMoonFixedPositions, makePolarGrid, type PolarGrid } from '../../moon/polarGrid';
import { computeNormals } from '../../moon/shadow';
import { buildHeightGrid } from '../../moon/terrain';

/** Vertices per side of the south-pole grid (≈ 2.7 km spacing over ±258 km). */
export const TERRAIN_GRID_N = 192;

export interface TerrainMesh {
  grid: PolarGrid;
  heightsKm: Float32Array;
  geometry: BufferGeometry;
  /** Per-vertex fraction of the Sun's disc above the terrain horizon (attribute "sunVisibility"). */
  visibility: Float32Array;
}

/**
 * The south-pole terrain (modelled from the crater catalogue, or from a Moon Kit elevation map when
 * `heightKmAt` is given) as a geometry in the Moon group's local frame (Moon-fixed km mapped
 * like every astro vector: (x, y, z) → (x, z, −y)), with normals and a sun-visibility attribute.
 */
export function buildTerrainMesh(n = TERRAIN_GRID_N, heightKmAt?: (latDeg: number, lonDeg: number) => number): TerrainMesh {
  const grid = makePolarGrid(n);
  const heightsKm = heightKmAt ? Float32Array.from(grid.latDeg, (lat, i) => heightKmAt(lat, grid.lonDeg[i])) : buildHeightGrid(grid);
  const position = buildMoonFixedPositions(grid, heightsKm);
  const normal = computeNormals(grid, heightsKm);
  for (const a of [position, normal]) {
    for (let i = 0; i < a.length; i += 3) {
      const y = a[i + 1];
      a[i + 1] = a[i + 2];
      a[i + 2] = -y;
    }
  }
  const index = new Uint32Array((n - 1) * (n - 1) * 6);
  let k = 0;
  for (let r = 0; r < n - 1; r++) {
    for (let c = 0; c < n - 1; c++) {
      const i = r * n + c;
      index.set([i, i + n, i + 1, i + 1, i + n, i + n + 1], k);
      k += 6;
    }
  }
  const visibility = new Float32Array(n * n);
  const geometry = new BufferGeometry();
  geometry.setAttribute('position', new BufferAttribute(new Float32Array(position), 3));
  geometry.setAttribute('normal', new BufferAttribute(new Float32Array(normal), 3));
  geometry.setAttribute('sunVisibility', new BufferAttribute(visibility, 1));
  geometry.setIndex(new BufferAttribute(index, 1));
  geometry.computeBoundingSphere();
  return { grid, heightsKm, geometry, visibility };
}
