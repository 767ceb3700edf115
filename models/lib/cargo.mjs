// Progress MS, Cargo Dragon, Cygnus, HTV-X and Starliner (station-through-time.md §B1), low-poly, in
// metres. Vehicle frame as for Soyuz MS and Crew Dragon (models/README.md "Vehicles and docking"): origin
// at the centre of the docking interface — for the berthed Cygnus and HTV-X, the face of their passive
// CBM ring — the vehicle along local −X, +X out of the nose; a node "dock" at the origin.
import * as THREE from 'three';
import { PALETTE as C, PartList, beam, box, cylinder, place, revolve } from './geom.mjs';
import { makeMaterials, namedMesh } from './materials.mjs';
import {
  BERTHING_INTERFACE,
  SOYUZ_PAO,
  addDragonCapsule,
  addDragonNoseAndTrunk,
  addSoyuzServiceModule,
  DRAGON,
  dragonNoseMarker,
  idssRing,
  marker,
  probeDockingUnit,
  vehicleRoot,
} from './vehicle-parts.mjs';

const B1 = 'station-through-time.md §B1';

/** A box standing on a body of revolution: from t0 to t1 behind the interface, radially r0 → r1, `width` across, at `angle` (rad, from +Z toward +Y). */
function radialBox(t0, t1, angle, r0, r1, width, color) {
  return box([-t1, -width / 2, r0], [-t0, width / 2, r1], color).applyMatrix4(new THREE.Matrix4().makeRotationX(-angle));
}

/** Passive CBM ring (2.0 m across, as the station's active rings in lib/iss.mjs), 0.3 m deep; open at the back, inside the vehicle. */
function passiveCbm() {
  return place(revolve([[0, 0], [0.65, 0], [1.0, 0], [1.0, 0.32]], { segments: 16, colors: [C.darkGrey, C.grey, C.grey] }), '-x', [0, 0, 0]);
}

/** Two wings along ±Z at `x`, cells facing ±Y: a stub from the body (radius r) and `n` panels out to `tip` from the axis. */
function addWings(hull, cells, { x, r, tip, width, n }) {
  const rootR = r + 0.35;
  const gap = 0.06;
  const panel = (tip - rootR - gap * (n - 1)) / n;
  for (const sz of [-1, 1]) {
    const axis = sz > 0 ? '+z' : '-z';
    hull.add(place(cylinder(0.1, 0.1, rootR - r + 0.1, 8, C.grey), axis, [x, 0, sz * (r - 0.1)]));
    for (let i = 0; i < n; i++) cells.add(place(box([-width / 2, 0, -0.025], [width / 2, panel, 0.025]), axis, [x, 0, sz * (rootR + i * (panel + gap))]));
  }
}

/**
 * Progress MS (station-through-time.md §B1): 7.2 m long, 2.72 m across at most; a pressurized cargo
 * module at the front with the docking probe, a refuelling module in place of Soyuz's descent module,
 * and Soyuz's instrument-propulsion module with its two wings at the back. The span is not sourced
 * (station-through-time.md, "could not source" item 1): the wings are Soyuz's, 10.7 m [assumption].
 */
export function buildProgress() {
  const { hull: hullMat, solar: solarMat } = makeMaterials();
  const hull = new PartList();
  const cells = new PartList({ uv: true });
  const body = 7.2;
  // Cargo module 2.26 m across like Soyuz's orbital module, refuelling module 2.1 m [assumptions].
  const go = { t0: 0.15, len: 3.0, r: 1.13 };
  const kdo = { t0: 3.1, len: 1.82, r: 1.05 };

  hull.add(...probeDockingUnit());
  hull.add(place(revolve(
    [[0, 0], [0.7, 0], [1.0, 0.25], [go.r, 0.7], [go.r, 2.3], [1.02, 2.75], [0.75, go.len], [0, go.len]],
    { segments: 18, colors: C.green },
  ), '-x', [-go.t0, 0, 0]));
  // Kurs antenna booms, as on Soyuz [assumption].
  hull.add(beam([-0.9, 0.8, 0.55], [-0.5, 1.7, 1.0], 0.06, C.grey), beam([-0.9, -0.8, -0.55], [-0.5, -1.7, -1.0], 0.06, C.grey));
  hull.add(place(revolve(
    [[0, 0], [0.85, 0], [kdo.r, 0.2], [kdo.r, 1.62], [0.98, kdo.len], [0, kdo.len]],
    { segments: 16, colors: [C.darkGrey, C.darkGrey, C.green, C.darkGrey, C.darkGrey] },
  ), '-x', [-kdo.t0, 0, 0]));
  const pao = addSoyuzServiceModule(hull, cells, body - SOYUZ_PAO.len);

  const root = vehicleRoot('progress-ms', {
    label: 'Progress MS',
    fact: 'Uncrewed Russian cargo ship, 7.2 m long and 2.72 m across at most; about 7.3 t at launch with about 2.6 t of cargo. It docks to a probe/drogue port: Zvezda aft, Poisk zenith or Rassvet nadir (Prichal nadir is possible).',
    source: `${B1} (altusintel.com/public-yy5pq7 ; infogalactic.com/info/Progress_spacecraft), Part C`,
  });
  root.add(namedMesh('progress-ms-hull', hull.merge(), hullMat));
  root.add(namedMesh('progress-ms-solar', cells.merge(), solarMat));
  root.add(
    marker('cargo-module', [-(go.t0 + go.len) / 2, 0, 0], [(go.t0 + go.len) / 2, go.r, go.r], {
      label: 'Cargo module',
      fact: 'The pressurized cargo module at the front, with the docking probe; the ship carries about 2.6 t of cargo.',
      source: `${B1} (altusintel.com/public-yy5pq7 ; infogalactic.com/info/Progress_spacecraft)`,
      uncertain: "its 3.15 m length and 2.26 m width are assumed, after Soyuz's orbital module (models/README.md)",
    }),
    marker('refuelling-module', [-(kdo.t0 + kdo.len / 2), 0, 0], [kdo.len / 2, kdo.r, kdo.r], {
      label: 'Refuelling module',
      fact: "It takes the place of Soyuz's descent module, between the cargo module and the instrument-propulsion module.",
      source: `${B1} (infogalactic.com/info/Progress_spacecraft)`,
      uncertain: 'its 1.8 m length and 2.1 m width are assumed (models/README.md)',
    }),
    marker('service-module', [-(pao.t0 + pao.len / 2), 0, 0], [pao.len / 2, pao.r, pao.r], {
      label: 'Instrument-propulsion module',
      fact: "At the back, flaring to the ship's 2.72 m maximum diameter; it carries the two solar wings.",
      source: `${B1} (altusintel.com/public-yy5pq7 ; infogalactic.com/info/Progress_spacecraft)`,
      uncertain: "drawn as Soyuz's, 2.3 m long (facts.md §3.1); the wing span is not sourced",
    }),
  );
  return root;
}

/**
 * Cargo Dragon (Dragon 2): Crew Dragon's capsule, nose cone and trunk (8.1 m with the trunk, 4 m across,
 * capsule 3.7 m wide; station-through-time.md §B1, facts.md §3.2), without the SuperDraco pods and the
 * windows [assumption: not in the references].
 */
export function buildCargoDragon() {
  const { hull: hullMat, solar: solarMat } = makeMaterials();
  const hull = new PartList();
  const cells = new PartList({ uv: true });
  const { R, cap, trunk } = DRAGON;
  addDragonCapsule(hull);
  const noseBox = addDragonNoseAndTrunk(hull, cells);

  const root = vehicleRoot('cargo-dragon', {
    label: 'Cargo Dragon',
    fact: "SpaceX's cargo version of Dragon 2: 8.1 m long with the trunk, 4 m in diameter. It docks on its own to an IDA (Harmony forward or zenith); first cargo flight 6 Dec 2020.",
    source: `${B1} (wiki.av1.space Crew_Dragon ; seradata.com new-cargo-dragon-design), Part C`,
  });
  root.add(namedMesh('cargo-dragon-hull', hull.merge(), hullMat));
  root.add(namedMesh('cargo-dragon-solar', cells.merge(), solarMat));
  root.add(
    marker('capsule', [-(cap.bottom / 2), 0, 0], [cap.bottom / 2, R, R], {
      label: 'Cargo Dragon capsule',
      fact: 'About 4.5 m tall and 3.7 m wide, sidewalls at 15°; the docking port is at its apex.',
      source: `${B1} (wiki.av1.space Crew_Dragon ; kiwix.lema.org SpaceX_Dragon_2)`,
    }),
    dragonNoseMarker(noseBox),
    marker('trunk', [-(trunk.t0 + trunk.t1) / 2, 0, 0], [(trunk.t1 - trunk.t0) / 2, 2.0, 2.0], {
      label: 'Trunk',
      fact: 'The expendable trunk carries the solar array (1.5–2 kW) as body-mounted cells on half its surface, and four fins.',
      source: `${B1} (wiki.av1.space Crew_Dragon) ; facts.md §3.2 (spacex.com/vehicles/dragon)`,
    }),
  );
  return root;
}

/**
 * An UltraFlex wing: a shallow ten-sided cone ("cymbal", station-through-time.md §B1) of radius r about
 * +Y, cells on the +Y face with uv (metres) from x and z, a grey back and a hub post reaching to y0.
 */
function ultraflex(r, rise, y0) {
  const face = revolve([[r, 0], [0, rise]], { segments: 10 });
  const p = face.getAttribute('position');
  const uv = new Float32Array(p.count * 2);
  for (let i = 0; i < p.count; i++) uv.set([p.getX(i), p.getZ(i)], 2 * i);
  face.setAttribute('uv', new THREE.BufferAttribute(uv, 2));
  const back = revolve([[0, rise - 0.04], [r, -0.04]], { segments: 10, colors: C.grey });
  const hub = place(cylinder(0.15, 0.15, rise - y0, 8, C.darkGrey), '+y', [0, y0, 0]);
  return { face, frame: [back, hub] };
}

/**
 * Cygnus, Enhanced (station-through-time.md §B1): 6.3 m long, 3.07 m across; a pressurized cargo module
 * on a service module that carries the propulsion and two round UltraFlex wings about 3.70 m across
 * [uncertain: forum source]. Berthed, so the origin is the face of its passive CBM.
 */
export function buildCygnus() {
  const { hull: hullMat, solar: solarMat } = makeMaterials();
  const hull = new PartList();
  const cells = new PartList({ uv: true });
  const R = 3.07 / 2;
  const length = 6.3;
  // Pressurized module to 4.7 m, service module 4.7–6.0 m, engine to the 6.3 m [assumptions].
  const pcm = { t1: 4.7 };
  const sm = { t0: 4.7, t1: 6.0, r: 1.45 };
  hull.add(passiveCbm());
  hull.add(place(revolve(
    [[0.95, 0.3], [R, 0.75], [R, 1.0], [R, 4.2], [R, 4.45], [sm.r, pcm.t1], [sm.r, sm.t1 - 0.1], [1.1, sm.t1], [0, sm.t1]],
    { segments: 16, colors: [C.radiator, C.grey, C.radiator, C.grey, C.darkGrey, C.grey, C.darkGrey, C.darkGrey] },
  ), '-x', [0, 0, 0]));
  hull.add(place(cylinder(0.15, 0.4, length - sm.t1, 12, C.black), '-x', [-sm.t1, 0, 0]));
  for (let k = 0; k < 4; k++) hull.add(radialBox(5.0, 5.5, (k * Math.PI) / 2 + Math.PI / 4, sm.r - 0.05, sm.r + 0.2, 0.35, C.darkGrey));

  // Wings on yokes from the service module's sides (±Z), cells facing +Y; centred 4.45 m back so
  // nothing reaches past the 6.3 m length [assumption], their inner rims 0.45 m clear of the module.
  const fan = { r: 3.7 / 2, rise: 0.15, x: -4.45, y0: -0.15 };
  const zFan = R + 0.45 + fan.r;
  for (const sz of [-1, 1]) {
    const { face, frame } = ultraflex(fan.r, fan.rise, fan.y0);
    const at = new THREE.Matrix4().makeTranslation(fan.x, 0, sz * zFan);
    cells.addTransformed(at, face);
    hull.addTransformed(at, ...frame);
    hull.add(beam([-(sm.t0 + sm.t1) / 2, fan.y0, sz * (sm.r - 0.05)], [fan.x, fan.y0, sz * zFan], 0.12, C.grey));
  }

  const root = vehicleRoot('cygnus', {
    label: 'Cygnus',
    fact: "Northrop Grumman's cargo ship, Enhanced version 6.3 m long (1.2 m longer than the Standard) and 3.07 m across, with two round UltraFlex solar wings. Canadarm2 grapples it and berths it to a CBM, usually Unity nadir.",
    source: `${B1} (infogalactic.com/info/Cygnus_(spacecraft) ; forum.raumfahrer.net topic 13020), Part C (Unity nadir)`,
    uncertain: "the wings' 3.70 m diameter is from a forum (station-through-time.md §B1)",
  }, BERTHING_INTERFACE);
  root.add(namedMesh('cygnus-hull', hull.merge(), hullMat));
  root.add(namedMesh('cygnus-solar', cells.merge(), solarMat));
  root.add(
    marker('pressurized-cargo-module', [-pcm.t1 / 2, 0, 0], [pcm.t1 / 2, R, R], {
      label: 'Pressurized cargo module',
      fact: "Built by Thales Alenia, 27 m³, 3.07 m across; its CBM ring is bolted to the station's.",
      source: `${B1} (infogalactic.com/info/Cygnus_(spacecraft) ; scitechdaily.com cygnus-soars), Part C`,
    }),
    marker('service-module', [-(sm.t0 + length) / 2, 0, 0], [(length - sm.t0) / 2, sm.r, sm.r], {
      label: 'Service module',
      fact: 'It carries the propulsion and the two UltraFlex wings, round fan-folded arrays about 3.7 m across.',
      source: `${B1} (infogalactic.com/info/Cygnus_(spacecraft) ; forum.raumfahrer.net topic 13020)`,
      uncertain: "the wings' diameter is from a forum; the module's 1.3 m length is assumed (models/README.md)",
    }),
  );
  return root;
}

/**
 * HTV-X (station-through-time.md §B1): about 8 m long and 4.4 m across; a pressurized logistics module
 * and a new service module with unpressurized cargo on top (its far end) and deployable solar panels
 * about 18 m across [uncertain: single weak source]. Berthed, so the origin is the face of its passive CBM.
 */
export function buildHtvX() {
  const { hull: hullMat, solar: solarMat } = makeMaterials();
  const hull = new PartList();
  const cells = new PartList({ uv: true });
  const R = 4.4 / 2;
  // Pressurized module to 4.4 m, service module 4.4–7.2 m, cargo deck to 8.0 m [assumptions].
  const pm = { t1: 4.4 };
  const sm = { t0: 4.4, t1: 7.2 };
  const cargo = { t0: 7.2, t1: 8.0, half: 0.95 };
  hull.add(passiveCbm());
  hull.add(place(revolve(
    [[0.95, 0.3], [1.9, 0.6], [R, 1.0], [R, pm.t1 - 0.1], [R, sm.t0 + 0.1], [R, sm.t1 - 0.15], [R, sm.t1], [0, sm.t1]],
    { segments: 16, colors: [C.white, C.white, C.white, C.darkGrey, C.offWhite, C.grey, C.grey] },
  ), '-x', [0, 0, 0]));
  for (let k = 0; k < 4; k++) hull.add(radialBox(6.6, 7.1, (k * Math.PI) / 2 + Math.PI / 4, R - 0.05, R + 0.25, 0.5, C.darkGrey));
  // Unpressurized cargo on the service module's top: a deck with two payloads [assumption: sizes].
  hull.add(box([-(cargo.t0 + 0.12), -1.6, -1.6], [-cargo.t0 + 0.05, 1.6, 1.6], C.grey));
  hull.add(box([-cargo.t1, -cargo.half, -cargo.half], [-(cargo.t0 + 0.12), 0.2, cargo.half], C.gold));
  hull.add(box([-(cargo.t1 - 0.25), 0.35, -0.7], [-(cargo.t0 + 0.12), 1.25, 0.7], C.white));
  // Two wings on the service module along ±Z, four 1.8 m-wide panels each, 18 m tip to tip [assumption].
  addWings(hull, cells, { x: -(sm.t0 + sm.t1) / 2, r: R, tip: 9.0, width: 1.8, n: 4 });

  const root = vehicleRoot('htv-x', {
    label: 'HTV-X',
    fact: "JAXA's cargo ship, about 8 m long and 4.4 m across, with deployable solar panels. Canadarm2 berths it to Harmony nadir; HTV-X1 was captured on 29 Oct 2025.",
    source: `${B1} (sagapedia.com/en/HTV-X ; collectspace.com news-102925a), Part C (Harmony nadir)`,
  }, BERTHING_INTERFACE);
  root.add(namedMesh('htv-x-hull', hull.merge(), hullMat));
  root.add(namedMesh('htv-x-solar', cells.merge(), solarMat));
  root.add(
    marker('pressurized-module', [-pm.t1 / 2, 0, 0], [pm.t1 / 2, R, R], {
      label: 'Pressurized logistics module',
      fact: "The pressurized carrier, 4.4 m across; its CBM ring at the front is berthed to the station's.",
      source: `${B1} (sagapedia.com/en/HTV-X ; kampuspedia.com/de/HTV-X), Part C`,
      uncertain: 'its 4.4 m length is assumed (models/README.md)',
    }),
    marker('service-module', [-(sm.t0 + sm.t1) / 2, 0, 0], [(sm.t1 - sm.t0) / 2, R, R], {
      label: 'Service module',
      fact: 'The new service module: it carries the solar panels, about 18 m across unfolded, and the unpressurized cargo on its top.',
      source: `${B1} (sagapedia.com/en/HTV-X ; 17ljfl.com/17ljfl/1918964/d.htm)`,
      uncertain: 'the 18 m span is from a single weak source (station-through-time.md §B1)',
    }),
    marker('unpressurized-cargo', [-(cargo.t0 + cargo.t1) / 2, 0, 0], [(cargo.t1 - cargo.t0) / 2, 1.6, 1.6], {
      label: 'Unpressurized cargo',
      fact: 'Unpressurized cargo rides on top of the service module, at the far end from the station.',
      source: `${B1} (sagapedia.com/en/HTV-X)`,
      uncertain: 'the payloads drawn are placeholders (models/README.md)',
    }),
  );
  return root;
}

/**
 * Boeing CST-100 Starliner (station-through-time.md §B1): crew module 4.56 m across and service module,
 * 5.03 m long together. It docks to an IDA like Dragon (Part C; which port it used is not sourced).
 */
export function buildStarliner() {
  const { hull: hullMat, solar: solarMat } = makeMaterials();
  const hull = new PartList();
  const cells = new PartList({ uv: true });
  const R = 4.56 / 2;
  // Crew module to 2.8 m (2.3 m across at the top), service module 2.8–5.03 m, 4.4 m across [assumptions].
  const cm = { top: 0.35, shoulder: 2.45, t1: 2.8 };
  const sm = { t0: 2.8, t1: 5.03, r: 2.2 };

  hull.add(...idssRing(cm.top + 0.05));
  hull.add(place(revolve(
    [[0, cm.top], [1.15, cm.top], [R - 0.08, cm.shoulder - 0.3], [R - 0.04, cm.shoulder - 0.15], [R, cm.shoulder], [R, cm.shoulder + 0.15], [2.05, cm.t1]],
    { segments: 20, colors: [C.grey, C.white, C.darkGrey, C.white, C.black, C.black] },
  ), '-x', [0, 0, 0]));
  // The aft face sits 1 cm inside the cells that cover it, so the cells end the 5.03 m.
  const aft = sm.t1 - 0.01;
  hull.add(place(revolve(
    [[2.0, sm.t0 - 0.05], [sm.r, sm.t0 + 0.1], [sm.r, aft - 0.1], [sm.r - 0.08, aft], [sm.r - 0.12, aft]],
    { segments: 20, colors: [C.grey, C.radiator, C.grey, C.darkGrey] },
  ), '-x', [0, 0, 0]));
  hull.add(place(revolve([[0.6, aft], [0, aft]], { segments: 20, colors: C.darkGrey }), '-x', [0, 0, 0]));
  // Four thruster "doghouses" on the service module [assumption: general knowledge].
  for (let k = 0; k < 4; k++) hull.add(radialBox(3.3, 4.4, (k * Math.PI) / 2 + Math.PI / 4, sm.r - 0.05, sm.r + 0.28, 0.65, C.darkGrey));
  // Solar cells on the service module's aft face, an annulus (uv: u around, v radial) [assumption].
  cells.add(place(revolve([[sm.r - 0.12, sm.t1], [0.6, sm.t1]], { segments: 20 }), '-x', [0, 0, 0]));

  const root = vehicleRoot('starliner', {
    label: 'Starliner',
    fact: "Boeing's CST-100 Starliner: a reusable crew module on an expendable service module, 5.03 m long together, 4.56 m across; 13,000 kg at launch. It docks to an IDA, as Crew Dragon does.",
    source: `${B1} (kiwix.lema.org Boeing_Starliner), Part C (Harmony forward) ; facts.md §2.6`,
    uncertain: 'which IDA it used on its flights is not sourced (station-through-time.md, "could not source" item 7)',
  });
  root.add(namedMesh('starliner-hull', hull.merge(), hullMat));
  root.add(namedMesh('starliner-solar', cells.merge(), solarMat));
  root.add(
    marker('crew-module', [-cm.t1 / 2, 0, 0], [cm.t1 / 2, R, R], {
      label: 'Crew module',
      fact: 'The reusable capsule, 4.56 m across; its docking port is at the apex.',
      source: `${B1} (kiwix.lema.org Boeing_Starliner)`,
      uncertain: 'its 2.8 m height is assumed (models/README.md)',
    }),
    marker('service-module', [-(sm.t0 + sm.t1) / 2, 0, 0], [(sm.t1 - sm.t0) / 2, sm.r, sm.r], {
      label: 'Service module',
      fact: 'Expendable; crew and service module together are 5.03 m long.',
      source: `${B1} (kiwix.lema.org Boeing_Starliner)`,
    }),
  );
  return root;
}
