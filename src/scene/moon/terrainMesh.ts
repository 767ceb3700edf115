import { BufferAttribute, type BufferGeometry } from 'three';
import { buildMoonFixedPositions, type PolarGrid } from '../../moon/polarGrid';
import { computeNormals } from '../../moon/shadow';
import { geometryOverSharedVertices } from '../sharedVertices';
import { POLAR_CAP_OVERLAP_RAD, POLAR_CAP_RAD } from './polarCap';

/** The fine grid is cut into TILES × TILES tiles, so that the camera draws only those in view. */
const TILES = 4;
/** The coarse level (seen from afar) uses every COARSE_STEP-th vertex of the same grid. */
const COARSE_STEP = 4;

export interface TerrainMesh {
  grid: PolarGrid;
  heightsKm: Float32Array;
  /** The fine level: one geometry per tile, all sharing one set of vertex attributes. */
  tiles: BufferGeometry[];
  /** The coarse level over the whole cap, on the same vertices. */
  coarse: BufferGeometry;
  /** Per-vertex fraction of the Sun's disc above the terrain horizon (attribute "sunVisibility"). */
  visibility: Float32Array;
  visibilityAttribute: BufferAttribute;
  dispose(): void;
}

/**
 * Triangle indices of the grid cells in rows [r0, r1) and columns [c0, c1), taking every `step`-th vertex;
 * cells with no corner in the polar cap (`inCap`) are left out: the sphere draws there.
 */
function cellIndices(n: number, inCap: Uint8Array, r0: number, r1: number, c0: number, c1: number, step: number): Uint32Array {
  const out: number[] = [];
  for (let r = r0; r < r1; r += step) {
    for (let c = c0; c < c1; c += step) {
      const i = r * n + c;
      const down = i + step * n;
      if (!(inCap[i] || inCap[i + step] || inCap[down] || inCap[down + step])) continue;
      out.push(i, down, i + step, i + step, down, down + step);
    }
  }
  return Uint32Array.from(out);
}

/**
 * The south-pole terrain over a PolarGrid's heights (km, one per vertex: southPoleTerrain.ts
 * southPoleSurface) in the Moon group's local frame (Moon-fixed km mapped like every astro vector:
 * (x, y, z) → (x, z, −y)), with normals, a sun-visibility attribute and each vertex's polar stereographic
 * plane position ("planeKm", polarGrid.ts axes, by which the LOLA 480 m normals and the light layer are
 * draped), as two levels of detail on one set of vertices: fine tiles (culled one by one) for close views,
 * and a coarse cap for distant ones.
 */
export function buildTerrainMesh(grid: PolarGrid, heightsKm: Float32Array): TerrainMesh {
  const n = grid.n;
  const position = buildMoonFixedPositions(grid, heightsKm);
  const normal = computeNormals(grid, heightsKm);
  for (const a of [position, normal]) {
    for (let i = 0; i < a.length; i += 3) {
      const y = a[i + 1];
      a[i + 1] = a[i + 2];
      a[i + 2] = -y;
    }
  }
  const visibility = new Float32Array(n * n);
  const visibilityAttribute = new BufferAttribute(visibility, 1);
  const attributes = {
    position: new BufferAttribute(new Float32Array(position), 3),
    normal: new BufferAttribute(new Float32Array(normal), 3),
    sunVisibility: visibilityAttribute,
    planeKm: new BufferAttribute(Float32Array.from({ length: 2 * n * n }, (_, k) => (k % 2 ? grid.yKm : grid.xKm)[k >> 1]), 2),
  };
  // Kept cells reach a little past the cap's edge, where the terrain shader makes the exact seam.
  const keepCos = Math.cos(POLAR_CAP_RAD + POLAR_CAP_OVERLAP_RAD);
  const inCap = new Uint8Array(n * n);
  for (let i = 0; i < n * n; i++) {
    const y = position[3 * i + 1];
    inCap[i] = -y / Math.hypot(position[3 * i], y, position[3 * i + 2]) >= keepCos ? 1 : 0;
  }
  const cells = n - 1;
  const edges = Array.from({ length: TILES + 1 }, (_, k) => Math.round((k * cells) / TILES));
  const tiles: BufferGeometry[] = [];
  for (let tr = 0; tr < TILES; tr++) {
    for (let tc = 0; tc < TILES; tc++) {
      const index = cellIndices(n, inCap, edges[tr], edges[tr + 1], edges[tc], edges[tc + 1], 1);
      if (index.length) tiles.push(geometryOverSharedVertices(attributes, index)); // the grid's corners lie outside the cap
    }
  }
  const coarseCells = cells - (cells % COARSE_STEP);
  const coarse = geometryOverSharedVertices(attributes, cellIndices(n, inCap, 0, coarseCells, 0, coarseCells, COARSE_STEP));
  const dispose = () => [...tiles, coarse].forEach((g) => g.dispose());
  return { grid, heightsKm, tiles, coarse, visibility, visibilityAttribute, dispose };
}
