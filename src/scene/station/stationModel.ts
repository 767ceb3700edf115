import {
  Box3,
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
import type { VehicleStay } from '../../state/parts';
import { drawByDate, movedBox, type StationLayout, type StationLook } from './stationAssembly';

/**
 * Turns the loaded glTF scenes (models/README.md) into what the scene draws, merged by material:
 * the station's static meshes, the eight array wings and six iROSAs as instanced meshes (posed each
 * frame for sun tracking), and the docked vehicles merged into one hull and one solar-cell mesh.
 */
export interface Part {
  name: string;
  /** Where the model's fact comes from (its words are the dictionaries', see src/ui/PartLabel.tsx). */
  source: string;
  /** Centre and half extents in station model coordinates (m). */
  centre: Vector3;
  halfExtents: Vector3;
  /** The assembly element it belongs to (a module marker), if any. */
  element?: string;
  /** A visiting vehicle's stay; one not drawn has no hit box. */
  vehicle?: VehicleStay;
}

export interface WingInstance {
  /** The wing's power channel ('2B'), for its own and its iROSA's. */
  wing: string;
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
  /** Port id → its frame on the finished station, and the element that carries it. */
  ports: Map<string, { matrix: Matrix4; element: string }>;
  modules: Part[];
  layout: StationLayout;
  dispose(): void;
}

/** Module markers named otherwise than their element (assembly.json ids). */
const MARKER_ELEMENT: Readonly<Record<string, string>> = { kibo: 'kibo-pm', truss: 's0' };
/** The truss segments whose boxes make the truss marker's. */
const TRUSS_ELEMENTS = ['s0', 's1', 'p1', 'p3-p4', 'p5', 's3-s4', 's5', 's6', 'p6'];

function findMesh(root: Object3D, name: string): Mesh {
  const o = root.getObjectByName(name);
  if (!(o instanceof Mesh)) throw new Error(`model has no mesh "${name}"`);
  return o;
}

function readPart(o: Object3D, root: Object3D): Part | null {
  const d = o.userData as { label?: string; source?: string; halfExtents?: number[] };
  if (!d.label || !d.halfExtents) return null;
  root.updateMatrixWorld(true);
  return {
    name: o.name,
    source: d.source ?? '',
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
  const ports: StationParts['ports'] = new Map();
  const berths = new Map<string, Matrix4>();
  const modules: Part[] = [];
  iss.traverse((o) => {
    if (/^wing-[1-4][AB]$/.test(o.name)) wingNodes.push(o);
    else if (/^irosa-[1-4][AB]$/.test(o.name)) irosaNodes.push(o);
    else if (o.name.startsWith('port-')) {
      const marker = String((o.userData as { module?: string }).module ?? '').replace(/^module-/, '');
      ports.set(o.name.slice(5), { matrix: o.matrixWorld.clone(), element: MARKER_ELEMENT[marker] ?? marker });
    } else if (o.name.startsWith('berth-')) berths.set(o.name.slice(6).replace('--', ':'), o.matrixWorld.clone());
    if (o.name.startsWith('module-')) {
      const part = readPart(o, iss);
      const id = o.name.slice(7);
      if (part) modules.push({ ...part, element: MARKER_ELEMENT[id] ?? id });
    }
  });
  const info = (iss.getObjectByName('iss')?.userData ?? {}) as { parts?: { name: string; min: number[]; max: number[] }[] };
  if (!info.parts) throw new Error('iss.glb has no part list (extras.parts): rebuild it with models/build-models.mjs');
  const layout: StationLayout = {
    partNames: info.parts.map((p) => p.name),
    partBoxes: info.parts.map((p) => new Box3(new Vector3().fromArray(p.min), new Vector3().fromArray(p.max))),
    berths,
  };
  const wingInstances = wingNodes.map((w) => ({
    wing: w.name.slice(5),
    rest: w.matrixWorld.clone(),
    betaSign: Number((w.userData as { betaSign?: number }).betaSign ?? 1),
    parent: -1,
    local: new Matrix4(),
  }));
  const irosaInstances = irosaNodes.map((r) => ({
    wing: r.name.slice(6),
    rest: new Matrix4(),
    betaSign: 1,
    parent: wingNodes.indexOf(r.parent as Object3D),
    local: r.matrix.clone(),
  }));
  const wings = ['array-wing', 'array-wing-frame'].map((n) => instanced(findMesh(iss, n), wingNodes.length));
  const irosas = ['irosa-wing', 'irosa-wing-frame'].map((n) => instanced(findMesh(iss, n), irosaNodes.length));
  for (const m of [...staticMeshes, ...wings, ...irosas]) {
    solarCell(m.material as Material);
    drawByDate(m.material as Material);
  }
  return {
    layout,
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
const scale = new Matrix4();
const HIDDEN = new Matrix4().makeScale(1e-6, 1e-6, 1e-6);
const wingPose: Matrix4[] = [];
const axisX = new Vector3();
const axisZ = new Vector3();

/**
 * Poses the wings for the look of the date. On the finished truss: wingMatrix = R_z(α) · W_rest ·
 * R_y(betaSign · β) (models/README.md). A wing on an element elsewhere (P6 on Z1, 2000–2007) has no alpha
 * joint: its beta gimbal turns it about its long axis to face the Sun as far as it can (sunModel: the Sun
 * direction in model axes). Each wing is drawn as far out as it was (its look's scale along its length).
 */
export function poseArrays(parts: StationParts, alphaRad: number, betaRad: number, sunModel: Vector3, look: StationLook): void {
  rz.makeRotationZ(alphaRad);
  parts.wingInstances.forEach((w, i) => {
    const l = look.wings.get(w.wing);
    const pose = (wingPose[i] ??= new Matrix4());
    if (!l || l.frameScale === 0) {
      pose.copy(HIDDEN);
      for (const mesh of parts.wings) mesh.setMatrixAt(i, HIDDEN);
      return;
    }
    if (l.alpha) pose.multiplyMatrices(rz, w.rest).multiply(ry.makeRotationY(w.betaSign * betaRad));
    else {
      pose.multiplyMatrices(l.matrix, w.rest);
      axisX.setFromMatrixColumn(pose, 0);
      axisZ.setFromMatrixColumn(pose, 2);
      pose.multiply(ry.makeRotationY(Math.atan2(sunModel.dot(axisX), sunModel.dot(axisZ))));
    }
    parts.wings[0].setMatrixAt(i, m.multiplyMatrices(pose, scale.makeScale(1, l.cellsScale || 1e-6, 1)));
    parts.wings[1].setMatrixAt(i, m.multiplyMatrices(pose, scale.makeScale(1, l.frameScale, 1)));
  });
  parts.irosaInstances.forEach((r, i) => {
    const l = look.wings.get(r.wing);
    if (!l || !l.irosaScale || l.frameScale === 0) m.copy(HIDDEN);
    else m.multiplyMatrices(wingPose[r.parent], r.local).multiply(scale.makeScale(1, l.irosaScale, 1));
    for (const mesh of parts.irosas) mesh.setMatrixAt(i, m);
  });
  for (const mesh of [...parts.wings, ...parts.irosas]) mesh.instanceMatrix.needsUpdate = true;
}

/** The module markers of the elements present at the look's date, where they were (the truss: its segments then). */
export function markersOf(parts: StationParts, look: StationLook): Part[] {
  const out: Part[] = [];
  const box = new Box3();
  const moved = new Box3();
  for (const p of parts.modules) {
    if (p.name === 'module-truss') {
      box.makeEmpty();
      for (const id of TRUSS_ELEMENTS) {
        const matrix = look.matrices.get(id);
        const k = parts.layout.partNames.indexOf(id);
        if (matrix && k >= 0) box.union(movedBox(parts.layout.partBoxes[k], matrix, moved));
      }
      if (!box.isEmpty()) out.push({ ...p, centre: box.getCenter(new Vector3()), halfExtents: box.getSize(new Vector3()).multiplyScalar(0.5) });
      continue;
    }
    const matrix = p.element ? look.matrices.get(p.element) : undefined;
    if (!matrix) continue;
    box.setFromCenterAndSize(p.centre, p.halfExtents.clone().multiplyScalar(2));
    movedBox(box, matrix, moved);
    out.push({ ...p, centre: moved.getCenter(new Vector3()), halfExtents: moved.getSize(new Vector3()).multiplyScalar(0.5) });
  }
  return out;
}

/**
 * The station of the date as a sphere in model axes (m): around the parts shown and the wings' tips at
 * rest, so a close-up can frame a two-module station as it frames the finished one.
 */
export function stationExtent(parts: StationParts, look: StationLook, out: { centre: Vector3; radiusM: number }): typeof out {
  const box = new Box3();
  const boxes: Box3[] = [];
  const tips: Vector3[] = [];
  parts.layout.partNames.forEach((name, k) => {
    const bit = k < 32 ? (look.partsLo >>> k) & 1 : (look.partsHi >>> (k - 32)) & 1;
    const matrix = look.matrices.get(name.split('#')[0]);
    if (bit && matrix) boxes.push(movedBox(parts.layout.partBoxes[k], matrix, new Box3()));
  });
  for (const w of parts.wingInstances) {
    const l = look.wings.get(w.wing);
    if (!l || l.frameScale === 0) continue;
    tips.push(new Vector3(0, 34 * Math.max(l.cellsScale, l.frameScale), 0).applyMatrix4(w.rest).applyMatrix4(l.matrix));
  }
  boxes.forEach((b) => box.union(b));
  tips.forEach((t) => box.expandByPoint(t));
  if (box.isEmpty()) return Object.assign(out, { radiusM: 0 });
  box.getCenter(out.centre);
  // Farthest corner of any part, or wing tip, from the centre (the union box's corners would overstate a cross).
  let r2 = 0;
  for (const b of boxes) r2 = Math.max(r2, farthestCornerSq(b, out.centre));
  for (const t of tips) r2 = Math.max(r2, t.distanceToSquared(out.centre));
  out.radiusM = Math.sqrt(r2);
  return out;
}

function farthestCornerSq(b: Box3, p: Vector3): number {
  const dx = Math.max(Math.abs(b.min.x - p.x), Math.abs(b.max.x - p.x));
  const dy = Math.max(Math.abs(b.min.y - p.y), Math.abs(b.max.y - p.y));
  const dz = Math.max(Math.abs(b.min.z - p.z), Math.abs(b.max.z - p.z));
  return dx * dx + dy * dy + dz * dz;
}

/** The ports of the date: each on its element where that element was; absent with it. */
export function portsOf(parts: StationParts, look: StationLook): Map<string, Matrix4> {
  const out = new Map<string, Matrix4>();
  for (const [id, p] of parts.ports) {
    const matrix = look.matrices.get(p.element);
    if (matrix) out.set(id, new Matrix4().multiplyMatrices(matrix, p.matrix));
  }
  return out;
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
    // Listed but not drawn: a vehicle with no model, a port the sources do not record (null) or the model lacks.
    const model = vehicles[e.vehicle];
    const port = e.port === null ? undefined : ports.get(e.port);
    const place = model && port ? new Matrix4().multiplyMatrices(port, flip) : null;
    if (model && place) {
      model.updateMatrixWorld(true);
      model.traverse((o) => {
        if (o instanceof Mesh) {
          const g = o.geometry.clone().applyMatrix4(new Matrix4().multiplyMatrices(place, o.matrixWorld));
          ((o.material as Material).name === 'solar-cell' ? solarGeoms : hullGeoms).push(g);
        }
      });
    }
    parts.push({
      name: `vehicle-${e.id}`,
      source: e.source,
      // The vehicle extends along its −X from the docking interface (models/README.md).
      centre: place ? new Vector3(-3.5, 0, 0).applyMatrix4(place) : new Vector3(),
      halfExtents: new Vector3(4, 4, 4),
      vehicle: vehicleStay(e, place !== null),
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

/** A manifest entry as the parts list and the label card show it; `drawn`: at its port, with a model. */
export function vehicleStay(e: ManifestEntry, drawn: boolean): VehicleStay {
  const { vehicle: kind, name, port, from, to, crew, berthed, seatSwap, uncertain } = e;
  return { kind, name, port, from, to, crew, berthed, seatSwap, drawn, uncertain };
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
