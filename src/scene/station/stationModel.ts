import {
  BufferGeometry,
  InstancedMesh,
  Matrix4,
  Mesh,
  MeshLambertMaterial,
  MeshStandardMaterial,
  Object3D,
  Vector3,
  type Material,
} from 'three';
import { mergeGeometries } from 'three/examples/jsm/utils/BufferGeometryUtils.js';
import type { ManifestEntry, VehicleKind } from '../../spacecraft/manifest';

/**
 * Turns the loaded glTF scenes (models/README.md) into what the scene draws, merged by material:
 * the station's static meshes, the eight array wings and six iROSAs as instanced meshes (posed each
 * frame for sun tracking), and the docked vehicles merged into one hull and one solar-cell mesh.
 */
export interface Part {
  name: string;
  label: string;
  fact: string;
  source: string;
  uncertain?: string;
  /** Centre and half extents in station model coordinates (m). */
  centre: Vector3;
  halfExtents: Vector3;
}

export interface WingInstance {
  rest: Matrix4;
  betaSign: number;
  /** Parent wing index for an iROSA (its pose follows the wing), else −1. */
  parent: number;
  /** iROSA matrix relative to its wing. */
  local: Matrix4;
}

export interface StationParts {
  staticMeshes: InstancedMesh[];
  wings: InstancedMesh[];
  irosas: InstancedMesh[];
  wingInstances: WingInstance[];
  irosaInstances: WingInstance[];
  ports: Map<string, Matrix4>;
  modules: Part[];
  dispose(): void;
}

function findMesh(root: Object3D, name: string): Mesh {
  const o = root.getObjectByName(name);
  if (!(o instanceof Mesh)) throw new Error(`model has no mesh "${name}"`);
  return o;
}

function readPart(o: Object3D, root: Object3D): Part | null {
  const d = o.userData as { label?: string; fact?: string; source?: string; uncertain?: string; halfExtents?: number[] };
  if (!d.label || !d.halfExtents) return null;
  root.updateMatrixWorld(true);
  return {
    name: o.name,
    label: d.label,
    fact: d.fact ?? '',
    source: d.source ?? '',
    uncertain: d.uncertain,
    centre: new Vector3().setFromMatrixPosition(o.matrixWorld),
    halfExtents: new Vector3().fromArray(d.halfExtents),
  };
}

/**
 * Static parts drawn as one-instance instanced meshes: they then share their shader programs with the
 * instanced wings (one program per material instead of two), which halves the shader compiles that
 * stall the first close-up on slow GPUs.
 */
function single(geometry: BufferGeometry, material: Material): InstancedMesh {
  const mesh = new InstancedMesh(geometry, material, 1);
  mesh.frustumCulled = false;
  return mesh;
}

function instanced(template: Mesh, count: number): InstancedMesh {
  const mesh = new InstancedMesh(template.geometry, template.material as Material, count);
  mesh.frustumCulled = false;
  return mesh;
}

/**
 * Lambert instead of the exported PBR materials: the look is close for blankets and cells, and the
 * shaders compile and run far faster on kiosk GPUs and software WebGL. One per source material.
 */
const lambertOf = new Map<Material, MeshLambertMaterial>();
function toLambert(m: Material): MeshLambertMaterial {
  let l = lambertOf.get(m);
  if (!l) {
    const s = m as MeshStandardMaterial;
    l = new MeshLambertMaterial({ name: s.name, color: s.color, vertexColors: s.vertexColors, side: s.side });
    lambertOf.set(m, l);
  }
  return l;
}

export function buildStation(iss: Object3D, solarCell: (m: Material) => void): StationParts {
  iss.updateMatrixWorld(true);
  iss.traverse((o) => {
    if (o instanceof Mesh) o.material = toLambert(o.material as Material);
  });
  const staticMeshes = ['iss-hull', 'iss-solar-static'].map((n) => {
    const m = findMesh(iss, n);
    return single(m.geometry, m.material as Material);
  });
  const wingNodes: Object3D[] = [];
  const irosaNodes: Object3D[] = [];
  const ports = new Map<string, Matrix4>();
  const modules: Part[] = [];
  iss.traverse((o) => {
    if (/^wing-[1-4][AB]$/.test(o.name)) wingNodes.push(o);
    else if (/^irosa-[1-4][AB]$/.test(o.name)) irosaNodes.push(o);
    else if (o.name.startsWith('port-')) ports.set(o.name.slice(5), o.matrixWorld.clone());
    if (o.name.startsWith('module-')) {
      const part = readPart(o, iss);
      if (part) modules.push(part);
    }
  });
  const wingInstances = wingNodes.map((w) => ({
    rest: w.matrixWorld.clone(),
    betaSign: Number((w.userData as { betaSign?: number }).betaSign ?? 1),
    parent: -1,
    local: new Matrix4(),
  }));
  const irosaInstances = irosaNodes.map((r) => ({
    rest: new Matrix4(),
    betaSign: 1,
    parent: wingNodes.indexOf(r.parent as Object3D),
    local: r.matrix.clone(),
  }));
  const wings = ['array-wing', 'array-wing-frame'].map((n) => instanced(findMesh(iss, n), wingNodes.length));
  const irosas = ['irosa-wing', 'irosa-wing-frame'].map((n) => instanced(findMesh(iss, n), irosaNodes.length));
  for (const m of [...staticMeshes, ...wings, ...irosas]) solarCell(m.material as Material);
  return {
    staticMeshes,
    wings,
    irosas,
    wingInstances,
    irosaInstances,
    ports,
    modules,
    dispose() {
      lambertOf.forEach((m) => m.dispose());
      lambertOf.clear();
      iss.traverse((o) => {
        if (o instanceof Mesh) o.geometry.dispose();
      });
      for (const m of [...wings, ...irosas]) m.dispose();
    },
  };
}

const rz = new Matrix4();
const ry = new Matrix4();
const m = new Matrix4();
const wingPose: Matrix4[] = [];

/** Poses the wings: wingMatrix = R_z(α) · W_rest · R_y(betaSign · β) (models/README.md). */
export function poseArrays(parts: StationParts, alphaRad: number, betaRad: number): void {
  rz.makeRotationZ(alphaRad);
  parts.wingInstances.forEach((w, i) => {
    wingPose[i] ??= new Matrix4();
    wingPose[i].multiplyMatrices(rz, w.rest).multiply(ry.makeRotationY(w.betaSign * betaRad));
    for (const mesh of parts.wings) mesh.setMatrixAt(i, wingPose[i]);
  });
  parts.irosaInstances.forEach((r, i) => {
    m.multiplyMatrices(wingPose[r.parent], r.local);
    for (const mesh of parts.irosas) mesh.setMatrixAt(i, m);
  });
  for (const mesh of [...parts.wings, ...parts.irosas]) mesh.instanceMatrix.needsUpdate = true;
}

const flip = new Matrix4().makeRotationY(Math.PI);

/**
 * Docked vehicles merged by material in station model coordinates: vehicle = port · R_y(180°)
 * (models/README.md). Returns the meshes and the vehicles' parts (for labels).
 */
export function buildDockedVehicles(
  entries: readonly ManifestEntry[],
  ports: Map<string, Matrix4>,
  vehicles: Partial<Record<VehicleKind, Object3D>>,
  hull: Material,
  solar: Material,
): { meshes: Mesh[]; parts: Part[] } {
  const hullGeoms: BufferGeometry[] = [];
  const solarGeoms: BufferGeometry[] = [];
  const parts: Part[] = [];
  for (const e of entries) {
    // Skipped: a vehicle with no model yet, a port the sources do not record (null) or the model lacks.
    const model = vehicles[e.vehicle];
    if (!model || e.port === null) continue;
    const port = ports.get(e.port);
    if (!port) continue;
    const place = new Matrix4().multiplyMatrices(port, flip);
    model.updateMatrixWorld(true);
    model.traverse((o) => {
      if (o instanceof Mesh) {
        const g = o.geometry.clone().applyMatrix4(new Matrix4().multiplyMatrices(place, o.matrixWorld));
        ((o.material as Material).name === 'solar-cell' ? solarGeoms : hullGeoms).push(g);
      }
    });
    parts.push({
      name: `vehicle-${e.id}`,
      label: e.name,
      fact: `Docked at ${portName(e.port)} from ${e.from.slice(0, 10)}${e.to ? ` to ${e.to.slice(0, 10)}` : ''}${e.uncertain.length ? ` (uncertain: ${e.uncertain.join(', ')})` : ''}.`,
      source: e.source,
      // The vehicle extends along its −X from the docking interface (models/README.md).
      centre: new Vector3(-3.5, 0, 0).applyMatrix4(place),
      halfExtents: new Vector3(4, 4, 4),
    });
  }
  const meshes: Mesh[] = [];
  for (const [geoms, material] of [
    [hullGeoms, hull],
    [solarGeoms, solar],
  ] as const) {
    if (!geoms.length) continue;
    const merged = mergeGeometries(keepCommonAttributes(geoms), false);
    geoms.forEach((g) => g.dispose());
    if (merged) meshes.push(single(merged, material));
  }
  return { meshes, parts };
}

/** 'prichal-nadir' → 'Prichal nadir'. */
function portName(port: string): string {
  const words = port.replace('-', ' ');
  return words.charAt(0).toUpperCase() + words.slice(1);
}

/** mergeGeometries needs identical attribute sets: keep those every geometry has. */
function keepCommonAttributes(geoms: BufferGeometry[]): BufferGeometry[] {
  const common = Object.keys(geoms[0].attributes).filter((n) => geoms.every((g) => g.getAttribute(n)));
  for (const g of geoms) {
    for (const n of Object.keys(g.attributes)) if (!common.includes(n)) g.deleteAttribute(n);
    if (g.index) g.copy(g.toNonIndexed());
  }
  return geoms;
}

export function isSolarCell(material: Material): material is MeshLambertMaterial {
  return material.name === 'solar-cell' && material instanceof MeshLambertMaterial;
}
