import { Box3, Matrix4, Mesh, MeshLambertMaterial, TextureLoader, Vector3, type Material, type MeshStandardMaterial, type Object3D } from 'three';
import { GLTFLoader, type GLTFParser } from 'three/examples/jsm/loaders/GLTFLoader.js';
import type { HistoricPort } from '../../spacecraft/historicModels';

/**
 * three's GLTFLoader decodes a .glb's embedded images by fetch()ing a blob: URL, which the app's CSP
 * forbids (connect-src 'self'); an <img> of it is allowed (img-src blob:). This loader decodes them with
 * TextureLoader. The models need nothing else: no Draco, no meshopt, no WASM.
 */
function imageTextures(parser: GLTFParser) {
  parser.textureLoader = new TextureLoader(parser.options.manager);
  return { name: 'common-orbit-image-textures' };
}

export class HistoricGltfLoader extends GLTFLoader {
  constructor() {
    super();
    this.register(imageTextures);
  }
}

export interface BuiltCraft {
  /** Meshes in model metres, placed (matrixAutoUpdate off), sharing the loaded geometries and textures. */
  meshes: Mesh[];
  /** The centre of their bounding box and its radius, model metres. */
  centre: Vector3;
  radiusM: number;
  dispose(): void;
}

/** Lambert instead of the exported PBR material, as the station does (Station.tsx): far cheaper to shade. */
function toLambert(m: Material): MeshLambertMaterial {
  const s = m as MeshStandardMaterial;
  return new MeshLambertMaterial({ name: s.name, color: s.color, map: s.map, side: s.side });
}

const flip = new Matrix4().makeRotationY(Math.PI);
const z = new Vector3();

/** A port's frame (models/README.md: +X out along the docking axis, +Y the "up" reference) as a matrix. */
export function portMatrix(port: HistoricPort, result = new Matrix4()): Matrix4 {
  const x = new Vector3(...port.axis);
  const y = new Vector3(...port.up);
  z.crossVectors(x, y);
  return result.makeBasis(x, y, z).setPosition(...port.positionM);
}

/**
 * The host model with its visitors docked: visitor = port · R_y(180°) (models/README.md), each mesh a
 * new Mesh on the loaded geometry, so that two configurations of one model share their buffers.
 */
export function buildCraft(host: Object3D, visitors: ReadonlyArray<{ scene: Object3D; port: HistoricPort }>): BuiltCraft {
  const materials = new Map<Material, MeshLambertMaterial>();
  const meshes: Mesh[] = [];
  const add = (root: Object3D, place: Matrix4) => {
    root.updateMatrixWorld(true);
    root.traverse((o) => {
      if (!(o instanceof Mesh)) return;
      const source = o.material as Material;
      let material = materials.get(source);
      if (!material) materials.set(source, (material = toLambert(source)));
      const mesh = new Mesh(o.geometry, material);
      mesh.name = o.name;
      mesh.matrixAutoUpdate = false;
      mesh.matrix.multiplyMatrices(place, o.matrixWorld);
      meshes.push(mesh);
    });
  };
  add(host, new Matrix4());
  for (const v of visitors) add(v.scene, portMatrix(v.port).multiply(flip));
  const box = new Box3();
  for (const m of meshes) {
    m.geometry.computeBoundingBox();
    box.union(m.geometry.boundingBox!.clone().applyMatrix4(m.matrix));
  }
  return {
    meshes,
    centre: box.getCenter(new Vector3()),
    radiusM: box.getSize(new Vector3()).length() / 2,
    dispose() {
      materials.forEach((m) => m.dispose());
      for (const m of meshes) m.geometry.dispose();
    },
  };
}
