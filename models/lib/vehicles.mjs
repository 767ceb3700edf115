// Soyuz MS (facts.md §3.1) and Crew Dragon (facts.md §3.2), low-poly, in metres.
// Vehicle frame: origin at the centre of the docking interface; the vehicle extends along local −X, so
// its docking axis points +X out of the nose. A node "dock" marks the origin with identity rotation.
import * as THREE from 'three';
import { PALETTE as C, PartList, beam, box, cylinder, ellipsoid, node, place, revolve } from './geom.mjs';
import { makeMaterials, namedMesh } from './materials.mjs';

function marker(id, centre, half, info) {
  const r = (v) => Math.round(v * 1e4) / 1e4;
  return node(`module-${id}`, { position: centre.map(r), userData: { ...info, halfExtents: half.map(r) } });
}

function vehicleRoot(name, userData) {
  const root = new THREE.Group();
  root.name = name;
  root.userData = userData;
  root.add(node('dock', { userData: { label: 'Docking interface', frame: 'origin at the docking interface centre; +X out of the nose along the docking axis' } }));
  return root;
}

/**
 * Soyuz MS. Front to back (facts.md §3.1): orbital module BO (2.98 × 2.26 m), descent module SA
 * (2.24 × 2.17 m), service module PAO (about 2.3 m, flaring to 2.72 m), two wings spanning 10.7 m.
 * The module lengths sum to 7.52 m; they overlap at the joints (0.24 m and 0.30 m) so the body is
 * 6.98 m long, the Energia figure [assumption for how the two are reconciled].
 */
export function buildSoyuz() {
  const { hull: hullMat, solar: solarMat } = makeMaterials();
  const hull = new PartList();
  const cells = new PartList({ uv: true });
  const bo = { t0: 0, len: 2.98, r: 1.13 };
  const sa = { t0: 2.74, len: 2.24, r: 1.085 };
  const pao = { t0: sa.t0 + sa.len - 0.3, len: 2.3, r: 1.36 };

  // Docking unit: collar and probe at the front of the orbital module.
  hull.add(place(cylinder(0.62, 0.62, 0.22, 16, C.darkGrey), '-x', [0, 0, 0]));
  hull.add(place(revolve([[0, 0], [0.3, 0], [0.07, 0.12], [0.06, 0.4], [0.03, 0.48], [0, 0.5]], { segments: 10, colors: C.grey }), '+x', [0, 0, 0]));
  // Orbital module: a near-sphere behind the collar.
  hull.add(place(ellipsoid(bo.r, bo.len - 0.15, { segments: 18, rings: 8, color: C.green }), '-x', [-0.15, 0, 0]));
  // Kurs antenna booms and a periscope bump.
  hull.add(beam([-0.9, 0.8, 0.55], [-0.5, 1.7, 1.0], 0.06, C.grey), beam([-0.9, -0.8, -0.55], [-0.5, -1.7, -1.0], 0.06, C.grey));
  hull.add(box([-1.2, -0.1, 1.05], [-0.8, 0.1, 1.35], C.grey));
  // Descent module: the bell, heat shield at the back.
  hull.add(place(revolve(
    [[0, 0], [0.42, 0], [0.7, 0.15], [0.93, 0.6], [1.06, 1.4], [sa.r, 1.95], [0.98, 2.15], [0, sa.len]],
    { segments: 18, colors: [C.darkGrey, C.green, C.green, C.green, C.green, C.darkGrey, C.black] },
  ), '-x', [-sa.t0, 0, 0]));
  // Service module: transfer section, instrument compartment, flared propulsion compartment, engine.
  hull.add(place(revolve(
    [[0, 0], [1.0, 0], [1.1, 0.1], [1.1, 0.75], [pao.r, 1.05], [pao.r, 2.2], [1.1, pao.len], [0, pao.len]],
    { segments: 18, colors: [C.darkGrey, C.grey, C.offWhite, C.grey, C.radiator, C.grey, C.darkGrey] },
  ), '-x', [-pao.t0, 0, 0]));
  hull.add(place(cylinder(0.22, 0.35, 0.35, 12, C.black), '-x', [-(pao.t0 + pao.len), 0, 0]));

  // Two wings on the service module along ±Z, cell faces ±Y; each four panels [assumption: 1.3 m wide].
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

  const root = vehicleRoot('soyuz-ms', {
    label: 'Soyuz MS',
    fact: 'Body 6.98 m long, 2.72 m across at most, solar span 10.7 m; 3 crew; about 10 m³ in all. Docks nose-first, orbital module first, to a probe/drogue port.',
    source: 'facts.md §3.1 (energia.ru soyuz-tma_01 ; nasa.gov Soyuz TMA page ; russianspaceweb.com/soyuztm.html)',
  });
  root.add(namedMesh('soyuz-ms-hull', hull.merge(), hullMat));
  root.add(namedMesh('soyuz-ms-solar', cells.merge(), solarMat));
  root.add(
    marker('orbital-module', [-bo.len / 2, 0, 0], [bo.len / 2, bo.r, bo.r], {
      label: 'Orbital module (BO)',
      fact: 'A near-sphere about 2.98 m long and 2.26 m across, about 6 m³; the probe-and-drogue docking unit and Kurs antennas are at its front. Thrown away before reentry.',
      source: 'facts.md §3.1 (astronautix.com/craft/soytmabo.htm)',
    }),
    marker('descent-module', [-(sa.t0 + sa.len / 2), 0, 0], [sa.len / 2, sa.r, sa.r], {
      label: 'Descent module (SA)',
      fact: 'A bell 2.24 m high and 2.17 m across, about 4 m³, heat shield at the rear; the only part that lands.',
      source: 'facts.md §3.1 (astronautix.com/s/soyuztmasa.html)',
    }),
    marker('service-module', [-(pao.t0 + pao.len / 2), 0, 0], [pao.len / 2, pao.r, pao.r], {
      label: 'Service module (PAO)',
      fact: 'Instrumentation/propulsion module, about 2.3 m long and flaring to 2.72 m; it carries the engine, the tanks and the two solar wings (10.7 m span).',
      source: 'facts.md §3.1 (asi.org/adb/04/02/soyuz-dimensions.html ; energia.ru soyuz-tma_01)',
      uncertain: 'the 2.3 m length is for the original Soyuz (facts.md §3.1)',
    }),
  );
  return root;
}

/**
 * Crew Dragon. 8.1 m from the docking ring to the end of the trunk (facts.md §3.2). Capsule and trunk
 * 3.7 m across; four fins bring the span to the official 4 m (the fact sheet's reading). The nose cone
 * is hinged open on the vehicle's +Y side; the body-mounted cells cover the trunk's +Y half.
 */
export function buildDragon() {
  const { hull: hullMat, solar: solarMat } = makeMaterials();
  const hull = new PartList();
  const cells = new PartList({ uv: true });
  const R = 1.85;
  const cap = { top: 0.36, shoulder: 3.85, bottom: 4.35 };
  const trunk = { t0: cap.bottom, t1: 8.1 };

  // Docking adapter (IDSS) at the capsule apex: ring and guide petals.
  hull.add(place(revolve([[0.62, 0], [0.62, cap.top + 0.02], [0, cap.top + 0.02]], { segments: 16, colors: C.grey }), '-x', [0, 0, 0]));
  hull.add(place(revolve([[0.45, 0], [0.62, 0], [0.62, 0.02]], { segments: 16, colors: C.darkGrey }), '-x', [0, 0, 0]));
  for (let k = 0; k < 3; k++) {
    const a = (k * 2 * Math.PI) / 3;
    const p = [0.08, 0.52 * Math.cos(a), 0.52 * Math.sin(a)];
    hull.add(beam([0, p[1], p[2]], p.map((v, i) => (i === 0 ? 0.18 : v * 0.8)), 0.1, C.darkGrey));
  }
  // Capsule: forward bulkhead, conical sidewall, dark trim, heat shield.
  hull.add(place(revolve(
    [[0, cap.top], [1.0, cap.top], [R, cap.shoulder], [R, cap.shoulder + 0.1], [1.55, 4.15], [0.8, 4.3], [0, cap.bottom]],
    { segments: 24, colors: [C.white, C.white, C.black, C.black, C.black, C.black] },
  ), '-x', [0, 0, 0]));
  // Windows and the four SuperDraco pairs on the sidewall (facts.md §3.2).
  const onWall = (t, angle, w, h, color) => {
    const r = 1.0 + ((R - 1.0) * (t - cap.top)) / (cap.shoulder - cap.top);
    const radial = new THREE.Vector3(0, Math.sin(angle), Math.cos(angle));
    const g = box([-h / 2, -w / 2, -0.05], [h / 2, w / 2, 0.08], color);
    const m = new THREE.Matrix4().makeBasis(new THREE.Vector3(1, 0, 0), new THREE.Vector3(0, Math.cos(angle), -Math.sin(angle)), radial);
    m.setPosition(-t, radial.y * r, radial.z * r);
    return g.applyMatrix4(m);
  };
  for (let k = 0; k < 4; k++) hull.add(onWall(2.6, Math.PI / 4 + (k * Math.PI) / 2, 0.7, 0.9, C.black));
  for (const a of [0.3, -0.3, Math.PI + 0.35]) hull.add(onWall(1.3, a, 0.35, 0.35, C.window));

  // Nose cone, closed pose over the adapter, then swung open about a hinge at the capsule rim on +Y.
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

  // Trunk: cylinder, the +Y half covered in body-mounted cells, four fins at the aft end.
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

  const root = vehicleRoot('crew-dragon', {
    label: 'Crew Dragon',
    fact: '8.1 m tall with the trunk, 4 m in diameter; capsule 9.3 m³ pressurized, trunk 37 m³. No deployable solar panels.',
    source: 'facts.md §3.2 (spacex.com/vehicles/dragon)',
  });
  root.add(namedMesh('crew-dragon-hull', hull.merge(), hullMat));
  root.add(namedMesh('crew-dragon-solar', cells.merge(), solarMat));
  const noseCentre = noseBox.getCenter(new THREE.Vector3()).toArray();
  const noseHalf = noseBox.getSize(new THREE.Vector3()).multiplyScalar(0.5).toArray();
  root.add(
    marker('capsule', [-(cap.bottom / 2), 0, 0], [cap.bottom / 2, R, R], {
      label: 'Crew Dragon capsule',
      fact: 'About 3.7 m wide and 4.5 m tall, 9.3 m³ pressurized; 4 pairs of SuperDraco abort engines on the sidewalls and 16 Draco thrusters of 400 N each. The docking port is at its apex.',
      source: 'facts.md §3.2 (spaceflightinsider.com meet-crew-dragon ; spacex.com/vehicles/dragon)',
      uncertain: 'the 3.7 × 4.5 m capsule size is from a third-party summary (facts.md §3.2)',
    }),
    marker('nose-cone', noseCentre, noseHalf, {
      label: 'Nose cone (open)',
      fact: 'A hinged nose cone covers the docking port during launch and reentry and opens on orbit.',
      source: 'facts.md §3.2 (spaceflightinsider.com meet-crew-dragon)',
    }),
    marker('trunk', [-(trunk.t0 + trunk.t1) / 2, 0, 0], [(trunk.t1 - trunk.t0) / 2, 2.0, 2.0], {
      label: 'Trunk',
      fact: 'Unpressurized, 37 m³; half of its surface is body-mounted solar cells and it has four stabilizing fins. It is dropped shortly before reentry.',
      source: 'facts.md §3.2 (spacex.com/vehicles/dragon ; spaceflightinsider.com ; timeforkids.com)',
    }),
  );
  return root;
}
