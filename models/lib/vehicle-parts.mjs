// What the vehicle models share (lib/vehicles.mjs, lib/cargo.mjs): the root with its `dock` frame, the
// module markers, and the parts a cargo or crew ship has in common with another: Progress MS flies
// Soyuz MS's docking unit and service module, Cargo Dragon is Crew Dragon's capsule and trunk
// (station-through-time.md §B1), Starliner docks with the same IDSS-compatible ring.
// Vehicle frame (models/README.md "Vehicles and docking"): metres, origin at the centre of the docking
// or berthing interface, the vehicle along local −X, +X out of the nose.
import * as THREE from 'three';
import { PALETTE as C, beam, box, cylinder, node, place, revolve } from './geom.mjs';

/** A `module-<id>` marker: an empty, unrotated node at a part's centre with its label, fact, source and half-extents. */
export function marker(id, centre, half, info) {
  const r = (v) => Math.round(v * 1e4) / 1e4;
  return node(`module-${id}`, { position: centre.map(r), userData: { ...info, halfExtents: half.map(r) } });
}

/** `dock` node of a vehicle that docks under its own control. */
export const DOCKING_INTERFACE = { label: 'Docking interface', frame: 'origin at the docking interface centre; +X out of the nose along the docking axis' };
/** `dock` node of a vehicle the arm berths: the same frame, at the face of its passive CBM ring. */
export const BERTHING_INTERFACE = { label: 'Berthing interface (passive CBM)', frame: 'origin at the centre of the passive CBM face; +X out of the interface along the berthing axis' };

/** The vehicle's root group, named after its file id, with a `dock` node at the origin (identity rotation). */
export function vehicleRoot(name, userData, dock = DOCKING_INTERFACE) {
  const root = new THREE.Group();
  root.name = name;
  root.userData = userData;
  root.add(node('dock', { userData: dock }));
  return root;
}

/** Soyuz/Progress docking unit: a 1.24 m collar behind the interface and the probe reaching 0.5 m ahead of it. */
export function probeDockingUnit() {
  return [
    place(cylinder(0.62, 0.62, 0.22, 16, C.darkGrey), '-x', [0, 0, 0]),
    place(revolve([[0, 0], [0.3, 0], [0.07, 0.12], [0.06, 0.4], [0.03, 0.48], [0, 0.5]], { segments: 10, colors: C.grey }), '+x', [0, 0, 0]),
  ];
}

/** Soyuz's instrumentation/propulsion module (PAO): about 2.3 m long, flaring to 2.72 m (facts.md §3.1). */
export const SOYUZ_PAO = { len: 2.3, r: 1.36 };

/**
 * Adds the PAO from `t0` metres behind the interface: transfer section, instrument compartment, flared
 * propulsion compartment, engine, and the two wings along ±Z (cells facing ±Y), 10.7 m tip to tip
 * (facts.md §3.1), each four panels 1.3 m wide [assumption].
 */
export function addSoyuzServiceModule(hull, cells, t0) {
  const pao = { t0, ...SOYUZ_PAO };
  hull.add(place(revolve(
    [[0, 0], [1.0, 0], [1.1, 0.1], [1.1, 0.75], [pao.r, 1.05], [pao.r, 2.2], [1.1, pao.len], [0, pao.len]],
    { segments: 18, colors: [C.darkGrey, C.grey, C.offWhite, C.grey, C.radiator, C.grey, C.darkGrey] },
  ), '-x', [-pao.t0, 0, 0]));
  hull.add(place(cylinder(0.22, 0.35, 0.35, 12, C.black), '-x', [-(pao.t0 + pao.len), 0, 0]));

  const xWing = -(pao.t0 + 1.6);
  const rootR = pao.r + 0.15;
  const tip = 10.7 / 2;
  for (const sz of [-1, 1]) {
    const axis = sz > 0 ? '+z' : '-z';
    hull.add(place(cylinder(0.08, 0.08, rootR - pao.r + 0.1, 8, C.grey), axis, [xWing, 0, sz * (pao.r - 0.1)]));
    const n = 4;
    const gap = 0.06;
    const panel = (tip - rootR - gap * (n - 1)) / n;
    for (let i = 0; i < n; i++) {
      const a = rootR + i * (panel + gap);
      cells.add(place(box([-0.65, 0, -0.025], [0.65, panel, 0.025]), axis, [xWing, 0, sz * a]));
    }
  }
  return pao;
}

/** IDSS-compatible docking ring (1.24 m across) with three guide petals, `depth` metres deep behind the interface. */
export function idssRing(depth) {
  const parts = [
    place(revolve([[0.62, 0], [0.62, depth], [0, depth]], { segments: 16, colors: C.grey }), '-x', [0, 0, 0]),
    place(revolve([[0.45, 0], [0.62, 0], [0.62, 0.02]], { segments: 16, colors: C.darkGrey }), '-x', [0, 0, 0]),
  ];
  for (let k = 0; k < 3; k++) {
    const a = (k * 2 * Math.PI) / 3;
    const p = [0.08, 0.52 * Math.cos(a), 0.52 * Math.sin(a)];
    parts.push(beam([0, p[1], p[2]], p.map((v, i) => (i === 0 ? 0.18 : v * 0.8)), 0.1, C.darkGrey));
  }
  return parts;
}

/**
 * Dragon 2's shape (facts.md §3.2; station-through-time.md §B1): capsule 3.7 m across, 0.36 m docking
 * adapter, shoulder at 3.85 m, heat shield at 4.35 m, trunk to 8.1 m.
 */
export const DRAGON = { R: 1.85, cap: { top: 0.36, shoulder: 3.85, bottom: 4.35 }, trunk: { t0: 4.35, t1: 8.1 } };

/** Adds Dragon's docking adapter and capsule shell (forward bulkhead, conical sidewall, dark trim, heat shield). */
export function addDragonCapsule(hull) {
  const { R, cap } = DRAGON;
  const [ring, face, ...petals] = idssRing(cap.top + 0.02);
  hull.add(ring);
  hull.add(face);
  hull.add(...petals);
  hull.add(place(revolve(
    [[0, cap.top], [1.0, cap.top], [R, cap.shoulder], [R, cap.shoulder + 0.1], [1.55, 4.15], [0.8, 4.3], [0, cap.bottom]],
    { segments: 24, colors: [C.white, C.white, C.black, C.black, C.black, C.black] },
  ), '-x', [0, 0, 0]));
}

/**
 * Adds Dragon's nose cone, hinged open 105° about the capsule rim on +Y, and the trunk: cylinder, its +Y
 * half covered in body-mounted cells, four fins at the aft end. Returns the open nose cone's bounding box.
 */
export function addDragonNoseAndTrunk(hull, cells) {
  const { R, cap, trunk } = DRAGON;
  const nose = revolve([[0, 0], [1.0, 0], [0.95, 0.3], [0.6, 0.65], [0, 0.8]], { segments: 16, colors: [C.grey, C.white, C.white, C.white] });
  place(nose, '+x', [-cap.top, 0, 0]);
  const hinge = new THREE.Vector3(-cap.top, 1.0, 0);
  const open = new THREE.Matrix4().makeTranslation(hinge.x, hinge.y, hinge.z)
    .multiply(new THREE.Matrix4().makeRotationZ(THREE.MathUtils.degToRad(105)))
    .multiply(new THREE.Matrix4().makeTranslation(-hinge.x, -hinge.y, -hinge.z));
  nose.applyMatrix4(open);
  nose.computeBoundingBox();
  const noseBox = nose.boundingBox.clone();
  hull.add(nose, box([-cap.top - 0.15, 0.85, -0.25], [-cap.top + 0.15, 1.15, 0.25], C.darkGrey));

  hull.add(place(revolve([[R, 0], [R, trunk.t1 - trunk.t0], [1.6, trunk.t1 - trunk.t0], [0, trunk.t1 - trunk.t0]], { segments: 24, colors: [C.white, C.darkGrey, C.black] }), '-x', [-trunk.t0, 0, 0]));
  cells.add(place(revolve([[R + 0.02, 0.2], [R + 0.02, 3.0]], { segments: 12, thetaStart: 0, thetaLength: Math.PI, colors: C.white }), '-x', [-trunk.t0, 0, 0]));
  for (let k = 0; k < 4; k++) {
    const angle = Math.PI / 4 + (k * Math.PI) / 2;
    const g = box([0, -0.04, -0.1], [1.5, 0.04, 2.0 - R], C.white);
    // Sweep the outer leading edge back so the fin is a trapezoid.
    const p = g.getAttribute('position');
    for (let i = 0; i < p.count; i++) if (p.getX(i) < 0.01 && p.getZ(i) > 0) p.setX(i, 0.7);
    g.computeVertexNormals();
    const radial = new THREE.Vector3(0, Math.sin(angle), Math.cos(angle));
    const m = new THREE.Matrix4().makeBasis(new THREE.Vector3(-1, 0, 0), new THREE.Vector3(0, Math.cos(angle), -Math.sin(angle)).negate(), radial);
    m.setPosition(-(trunk.t1 - 1.5), radial.y * R, radial.z * R);
    hull.add(g.applyMatrix4(m));
  }
  return noseBox;
}

/** The open nose cone's marker, from its bounding box. */
export function dragonNoseMarker(noseBox) {
  return marker('nose-cone', noseBox.getCenter(new THREE.Vector3()).toArray(), noseBox.getSize(new THREE.Vector3()).multiplyScalar(0.5).toArray(), {
    label: 'Nose cone (open)',
    fact: 'A hinged nose cone covers the docking port during launch and reentry and opens on orbit.',
    source: 'facts.md §3.2 (spaceflightinsider.com meet-crew-dragon)',
  });
}
