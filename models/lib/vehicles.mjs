// Soyuz MS (facts.md §3.1) and Crew Dragon (facts.md §3.2), low-poly, in metres.
// Vehicle frame: origin at the centre of the docking interface; the vehicle extends along local −X, so
// its docking axis points +X out of the nose. A node "dock" marks the origin with identity rotation.
import * as THREE from 'three';
import { PALETTE as C, PartList, beam, box, ellipsoid, place, revolve } from './geom.mjs';
import { makeMaterials, namedMesh } from './materials.mjs';
import { DRAGON, addDragonCapsule, addDragonNoseAndTrunk, addSoyuzServiceModule, dragonNoseMarker, marker, probeDockingUnit, vehicleRoot } from './vehicle-parts.mjs';

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

  // Docking unit: collar and probe at the front of the orbital module.
  hull.add(...probeDockingUnit());
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
  // Service module with the engine and the two wings.
  const pao = addSoyuzServiceModule(hull, cells, sa.t0 + sa.len - 0.3);

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
  const { R, cap, trunk } = DRAGON;

  addDragonCapsule(hull);
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
  const noseBox = addDragonNoseAndTrunk(hull, cells);

  const root = vehicleRoot('crew-dragon', {
    label: 'Crew Dragon',
    fact: '8.1 m tall with the trunk, 4 m in diameter; capsule 9.3 m³ pressurized, trunk 37 m³. No deployable solar panels.',
    source: 'facts.md §3.2 (spacex.com/vehicles/dragon)',
  });
  root.add(namedMesh('crew-dragon-hull', hull.merge(), hullMat));
  root.add(namedMesh('crew-dragon-solar', cells.merge(), solarMat));
  root.add(
    marker('capsule', [-(cap.bottom / 2), 0, 0], [cap.bottom / 2, R, R], {
      label: 'Crew Dragon capsule',
      fact: 'About 3.7 m wide and 4.5 m tall, 9.3 m³ pressurized; 4 pairs of SuperDraco abort engines on the sidewalls and 16 Draco thrusters of 400 N each. The docking port is at its apex.',
      source: 'facts.md §3.2 (spaceflightinsider.com meet-crew-dragon ; spacex.com/vehicles/dragon)',
      uncertain: 'the 3.7 × 4.5 m capsule size is from a third-party summary (facts.md §3.2)',
    }),
    dragonNoseMarker(noseBox),
    marker('trunk', [-(trunk.t0 + trunk.t1) / 2, 0, 0], [(trunk.t1 - trunk.t0) / 2, 2.0, 2.0], {
      label: 'Trunk',
      fact: 'Unpressurized, 37 m³; half of its surface is body-mounted solar cells and it has four stabilizing fins. It is dropped shortly before reentry.',
      source: 'facts.md §3.2 (spacex.com/vehicles/dragon ; spaceflightinsider.com ; timeforkids.com)',
    }),
  );
  return root;
}
