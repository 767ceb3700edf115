// Loads the exported .glb files back with GLTFLoader (in Node) and checks the conventions.
// Usage (from the repository root, after build-models.mjs): node models/check-models.mjs
// Prints the node tree with triangle counts, every port's position and outward (+X) direction, the
// wings' rest frames, each vehicle's conventions and a docking demo; exits 1 if a check fails.
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as THREE from 'three';
import { parseGlb } from './lib/node-gltf.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const load = async (file) => {
  const scene = await parseGlb(readFileSync(join(here, file)));
  scene.updateMatrixWorld(true);
  return scene;
};
/** Each vehicle model and the mechanism it mates with (station-through-time.md Part C). */
const VEHICLES = {
  'soyuz-ms': 'probe-drogue',
  'crew-dragon': 'IDA',
  'progress-ms': 'probe-drogue',
  'cargo-dragon': 'IDA',
  cygnus: 'CBM',
  'htv-x': 'CBM',
  starliner: 'IDA',
};
const TRIANGLE_BUDGET = 45000;
const VEHICLE_BUDGET = 1200;
/** The station drawn with a vehicle at every port (models/README.md "Triangles"; tests/unit/models.test.ts). */
const SCENE_BUDGET = 60000;
const ids = Object.keys(VEHICLES);
const [iss, ...vehicleScenes] = await Promise.all([load('iss.glb'), ...ids.map((id) => load(`${id}.glb`))]);
const vehicles = Object.fromEntries(ids.map((id, i) => [id, vehicleScenes[i]]));

let failures = 0;
const check = (ok, message) => {
  if (!ok) {
    failures++;
    console.log(`  FAIL ${message}`);
  }
};
const fmt = (v) => `(${v.toArray().map((x) => (Math.abs(x) < 5e-5 ? 0 : x).toFixed(2)).join(', ')})`;
const tris = (mesh) => (mesh.geometry.index ? mesh.geometry.index.count : mesh.geometry.getAttribute('position').count) / 3;

// ---- Node trees and triangle counts ----
let total = 0;
const fileTriangles = {};
for (const [file, scene] of [['iss.glb', iss], ...ids.map((id) => [`${id}.glb`, vehicles[id]])]) {
  console.log(`\n${file}`);
  let count = 0;
  const walk = (o, depth) => {
    const t = o.isMesh ? `  [mesh, ${tris(o)} triangles, material ${o.material.name}${o.userData.template ? ', template' : ''}]` : '';
    console.log(`${'  '.repeat(depth)}${o.name}${t}`);
    if (o.isMesh) count += tris(o);
    for (const c of o.children) walk(c, depth + 1);
  };
  for (const c of scene.children) walk(c, 1);
  console.log(`  = ${count} triangles`);
  fileTriangles[file] = count;
  total += count;
}
console.log(`\nall ${ids.length + 1} models: ${total} triangles (budget ${TRIANGLE_BUDGET})`);
check(total <= TRIANGLE_BUDGET, 'triangle budget');

// ---- Ports ----
const xAxis = (o) => new THREE.Vector3(1, 0, 0).transformDirection(o.matrixWorld);
const yAxis = (o) => new THREE.Vector3(0, 1, 0).transformDirection(o.matrixWorld);
const zAxis = (o) => new THREE.Vector3(0, 0, 1).transformDirection(o.matrixWorld);
const ports = [];
iss.traverse((o) => {
  if (o.name.startsWith('port-')) ports.push(o);
});
console.log('\nports (world position, outward +X, local +Y):');
for (const p of ports) {
  const pos = new THREE.Vector3().setFromMatrixPosition(p.matrixWorld);
  console.log(`  ${p.name.padEnd(22)} at ${fmt(pos)}  +X ${fmt(xAxis(p))}  +Y ${fmt(yAxis(p))}  ${p.userData.label}`);
  check(Math.abs(new THREE.Matrix4().extractRotation(p.matrixWorld).determinant() - 1) < 1e-6, `${p.name} rotation is proper`);
}
const expectedOutward = {
  'port-harmony-forward': [1, 0, 0],
  'port-harmony-zenith': [0, 1, 0],
  'port-harmony-nadir': [0, -1, 0],
  'port-unity-nadir': [0, -1, 0],
  'port-rassvet-nadir': [0, -1, 0],
  'port-prichal-nadir': [0, -1, 0],
  'port-poisk-zenith': [0, 1, 0],
  'port-zvezda-aft': [-1, 0, 0],
};
for (const [name, dir] of Object.entries(expectedOutward)) {
  const p = iss.getObjectByName(name);
  check(p && xAxis(p).distanceTo(new THREE.Vector3(...dir)) < 1e-6, `${name} faces ${dir}`);
}

// ---- Wings ----
console.log('\nwings (root, long axis +y, cell normal +z, userData):');
const wings = [];
iss.traverse((o) => {
  if (/^wing-[1-4][AB]$/.test(o.name)) wings.push(o);
});
check(wings.length === 8, '8 wing nodes');
for (const w of wings) {
  const pos = new THREE.Vector3().setFromMatrixPosition(w.matrixWorld);
  const irosa = w.children.find((c) => c.name.startsWith('irosa-'));
  console.log(`  ${w.name}  root ${fmt(pos)}  +y ${fmt(yAxis(w))}  +z ${fmt(zAxis(w))}  side ${w.userData.side}  alphaJoint ${w.userData.alphaJoint}  betaSign ${w.userData.betaSign}${irosa ? `  + ${irosa.name}` : ''}`);
  check(zAxis(w).distanceTo(new THREE.Vector3(0, 1, 0)) < 1e-6, `${w.name} faces zenith at alpha = 0`);
  check(Math.sign(pos.z) === (w.userData.side === 'starboard' ? 1 : -1), `${w.name} is on the ${w.userData.side} side`);
  // Positive beta must tilt the cell normal toward +z (ISS +Y, starboard) for every wing.
  const tilted = new THREE.Vector3(0, 0, 1).applyAxisAngle(new THREE.Vector3(0, 1, 0), w.userData.betaSign * 0.3).transformDirection(w.matrixWorld);
  check(tilted.z > 0.29, `${w.name} betaSign`);
}
// The app's sun-pointing angles (src/astro/attitude.ts solarArrayAngles: alpha about body +Y = model +z,
// beta toward body +Y = model +z) must turn every cell normal, iROSAs included, onto the Sun direction
// (−sin α cos β, cos α cos β, sin β) in model axes when wingMatrix = R_z(α) · W_rest · R_y(betaSign · β).
let worst = 0;
for (const alphaDeg of [0, 35, 90, 160, 250, 320]) {
  for (const betaDeg of [-40, 0, 15, 52]) {
    const a = THREE.MathUtils.degToRad(alphaDeg);
    const b = THREE.MathUtils.degToRad(betaDeg);
    const sunModel = new THREE.Vector3(-Math.sin(a) * Math.cos(b), Math.cos(a) * Math.cos(b), Math.sin(b));
    for (const w of wings) {
      const m = new THREE.Matrix4().makeRotationZ(a).multiply(w.matrixWorld).multiply(new THREE.Matrix4().makeRotationY(w.userData.betaSign * b));
      worst = Math.max(worst, new THREE.Vector3(0, 0, 1).transformDirection(m).distanceTo(sunModel));
      for (const r of w.children) {
        const n = new THREE.Vector3(0, 0, 1).transformDirection(m.clone().multiply(r.matrix));
        check(n.dot(sunModel) > 0.98, `${r.name} faces the Sun within its 10° cant`);
      }
    }
  }
}
console.log(`  sun-pointing check: worst wing-normal error ${worst.toExponential(1)} over 24 (alpha, beta) pairs`);
check(worst < 1e-6, 'wing normals follow the sun-pointing angles');
const tipSpan = (a, b) => {
  const tip = (w) => new THREE.Vector3(0, 34, 0).applyMatrix4(w.matrixWorld);
  return tip(iss.getObjectByName(a)).distanceTo(tip(iss.getObjectByName(b)));
};
console.log(`  tip-to-tip span of the S4 pair (1A–3A): ${tipSpan('wing-1A', 'wing-3A').toFixed(2)} m (facts.md §2.5: about 73 m)`);

// ---- Vehicle conventions (models/README.md "Vehicles and docking") ----
const citesReference = (source) => typeof source === 'string' && /(facts|station-through-time)\.md/.test(source);
const isText = (v) => typeof v === 'string' && v.length > 0;
console.log('\nvehicles (triangles, extent along x, interface, parts):');
for (const id of ids) {
  const scene = vehicles[id];
  const root = scene.children[0];
  const box = new THREE.Box3().setFromObject(scene);
  const meshes = [];
  const markers = [];
  scene.traverse((o) => {
    if (o.isMesh) meshes.push(o);
    if (o.name.startsWith('module-')) markers.push(o);
  });
  const mechanism = VEHICLES[id];
  const dock = scene.getObjectByName('dock');
  console.log(`  ${id.padEnd(12)} ${String(fileTriangles[`${id}.glb`]).padStart(5)} triangles  x ${box.min.x.toFixed(2)} … ${box.max.x.toFixed(2)}  ${dock?.userData.label}: ${markers.map((m) => m.name.slice(7)).join(', ')}`);
  check(scene.children.length === 1 && root.name === id, `${id}: one root node named after the file`);
  check(isText(root.userData.label) && isText(root.userData.fact) && citesReference(root.userData.source), `${id}: root label, fact and a source citing the reference`);
  check(fileTriangles[`${id}.glb`] <= VEHICLE_BUDGET, `${id}: at most ${VEHICLE_BUDGET} triangles`);
  check(dock && dock.parent === root && dock.matrixWorld.equals(new THREE.Matrix4()), `${id}: dock node at the origin with identity rotation`);
  check(dock && (mechanism === 'CBM') === /CBM/.test(dock.userData.label), `${id}: dock node names its ${mechanism} interface`);
  // Drawing meshes: one per material, named <id>-hull and <id>-solar.
  const byName = Object.fromEntries(meshes.map((m) => [m.name, m]));
  check(meshes.length === 2 && byName[`${id}-hull`] && byName[`${id}-solar`], `${id}: meshes ${id}-hull and ${id}-solar, nothing else`);
  const hull = byName[`${id}-hull`];
  const solar = byName[`${id}-solar`];
  check(hull?.material.name === 'hull' && hull.geometry.getAttribute('color') && !hull.geometry.getAttribute('uv'), `${id}-hull: material hull with COLOR_0, no TEXCOORD_0`);
  check(solar?.material.name === 'solar-cell' && solar.geometry.getAttribute('uv') && !solar.geometry.getAttribute('color'), `${id}-solar: material solar-cell with TEXCOORD_0, no COLOR_0`);
  for (const m of meshes) check(m.matrixWorld.equals(new THREE.Matrix4()), `${m.name}: identity transform`);
  // Along local −X from the interface: near the axis nothing reaches more than the probe's 0.5 m ahead
  // (Dragon's open nose cone is ahead too, but off the axis), the body lies well behind, and the
  // interface's face is in the x = 0 plane.
  const p = hull.geometry.getAttribute('position');
  let faceAtOrigin = false;
  let aheadOnAxis = -Infinity;
  for (let i = 0; i < p.count; i++) {
    const r = Math.hypot(p.getY(i), p.getZ(i));
    if (r < 0.8) aheadOnAxis = Math.max(aheadOnAxis, p.getX(i));
    if (Math.abs(p.getX(i)) < 1e-4 && r <= 1.1) faceAtOrigin = true;
  }
  check(aheadOnAxis <= 0.51 && box.min.x <= -4 && box.getCenter(new THREE.Vector3()).x < -2, `${id}: extends along −X from the origin`);
  check(faceAtOrigin, `${id}: the interface face lies in the x = 0 plane`);
  // Module markers: unrotated, labelled, sourced, and inside the vehicle (within 0.2 m: Crew Dragon's
  // trunk marker takes the fins' 2.0 m reach in y and z, though the fins stand at 45°).
  check(markers.length >= 2, `${id}: module markers`);
  const grown = box.clone().expandByScalar(0.2);
  for (const m of markers) {
    const d = m.userData;
    const c = new THREE.Vector3().setFromMatrixPosition(m.matrixWorld);
    const h = new THREE.Vector3(...(d.halfExtents ?? [0, 0, 0]));
    check(m.quaternion.equals(new THREE.Quaternion()) && m.parent === root, `${m.name} (${id}): unrotated child of the root`);
    check(isText(d.label) && isText(d.fact) && citesReference(d.source), `${m.name} (${id}): label, fact and a source citing the reference`);
    check(Array.isArray(d.halfExtents) && d.halfExtents.length === 3 && d.halfExtents.every((v) => v > 0), `${m.name} (${id}): halfExtents`);
    check(grown.containsBox(new THREE.Box3(c.clone().sub(h), c.clone().add(h))), `${m.name} (${id}): inside the vehicle's bounds`);
  }
}

// ---- Docking demo: vehicle.matrix = port.matrixWorld · R_y(180°) ----
const modules = [];
iss.traverse((o) => {
  if (o.name.startsWith('module-') && o.name !== 'module-truss') modules.push(o);
});
const boxes = modules.map((m) => {
  const c = new THREE.Vector3().setFromMatrixPosition(m.matrixWorld);
  const h = new THREE.Vector3(...m.userData.halfExtents).subScalar(0.3);
  return { name: m.name, box: new THREE.Box3(c.clone().sub(h), c.clone().add(h)) };
});
const flip = new THREE.Matrix4().makeRotationY(Math.PI);
console.log('\ndocking demo (vehicle origin at the port, far end of the vehicle, its main axis):');
const up = [[0, 1, 0], 'up (+y)'];
const down = [[0, -1, 0], 'down (−y)'];
const aft = [[-1, 0, 0], 'aft (−x)'];
const forward = [[1, 0, 0], 'forward (+x)'];
const demo = [
  ['soyuz-ms', 'port-poisk-zenith', ...up],
  ['soyuz-ms', 'port-rassvet-nadir', ...down],
  ['soyuz-ms', 'port-prichal-nadir', ...down],
  ['soyuz-ms', 'port-zvezda-aft', ...aft],
  ['crew-dragon', 'port-harmony-forward', ...forward],
  ['crew-dragon', 'port-harmony-zenith', ...up],
  ['progress-ms', 'port-zvezda-aft', ...aft],
  ['progress-ms', 'port-poisk-zenith', ...up],
  ['progress-ms', 'port-rassvet-nadir', ...down],
  ['cargo-dragon', 'port-harmony-forward', ...forward],
  ['cargo-dragon', 'port-harmony-zenith', ...up],
  ['starliner', 'port-harmony-forward', ...forward],
  ['starliner', 'port-harmony-zenith', ...up],
  ['cygnus', 'port-unity-nadir', ...down],
  ['cygnus', 'port-harmony-nadir', ...down],
  ['htv-x', 'port-unity-nadir', ...down],
  ['htv-x', 'port-harmony-nadir', ...down],
];
const heaviestAt = {};
for (const [id, portName, dir, words] of demo) {
  const vehicle = vehicles[id];
  const port = iss.getObjectByName(portName);
  check(port?.userData.kind === VEHICLES[id], `${id} mates with ${VEHICLES[id]}, ${portName} is ${port?.userData.kind}`);
  const matrix = port.matrixWorld.clone().multiply(flip);
  const origin = new THREE.Vector3().setFromMatrixPosition(matrix);
  const box = new THREE.Box3().setFromObject(vehicle);
  const farEnd = new THREE.Vector3(box.min.x, 0, 0).applyMatrix4(matrix);
  const axis = new THREE.Vector3(-1, 0, 0).transformDirection(matrix);
  // Does any vertex of the docked vehicle sit inside a module's box (shrunk by 0.3 m)? The module of a
  // probe/drogue port is skipped: the probe is meant to reach into its drogue. A berthed or IDA vehicle
  // must clear its own module too.
  const others = boxes.filter((b) => VEHICLES[id] !== 'probe-drogue' || b.name !== port.userData.module);
  const hits = new Set();
  const v = new THREE.Vector3();
  vehicle.traverse((o) => {
    if (!o.isMesh) return;
    const p = o.geometry.getAttribute('position');
    const m = matrix.clone().multiply(o.matrixWorld);
    for (let i = 0; i < p.count; i++) {
      v.fromBufferAttribute(p, i).applyMatrix4(m);
      for (const b of others) if (b.box.containsPoint(v)) hits.add(b.name);
    }
  });
  const ok = axis.distanceTo(new THREE.Vector3(...dir)) < 1e-6;
  console.log(`  ${id.padEnd(12)} at ${portName.padEnd(21)} origin ${fmt(origin)}  far end ${fmt(farEnd)}  extends ${fmt(axis)} ${ok ? '=' : '≠'} ${words}${hits.size ? `  CLASHES ${[...hits].join(', ')}` : '  clear of all modules'}`);
  check(ok, `${id} at ${portName} extends ${words}`);
  check(hits.size === 0, `${id} at ${portName} clears the modules`);
  heaviestAt[portName] = Math.max(heaviestAt[portName] ?? 0, fileTriangles[`${id}.glb`]);
}

// ---- The busiest scene: the station drawn with its wing instances, the heaviest vehicle at every port ----
let stationDrawn = 0;
iss.traverse((o) => {
  if (!o.isMesh) return;
  const n = o.name.startsWith('irosa-wing') ? 6 : o.name.startsWith('array-wing') ? 8 : 1;
  stationDrawn += tris(o) * n;
});
const busiest = stationDrawn + Object.values(heaviestAt).reduce((a, b) => a + b, 0);
console.log(`\nstation drawn ${stationDrawn} triangles + the heaviest vehicle at each of ${Object.keys(heaviestAt).length} ports = ${busiest} (budget ${SCENE_BUDGET})`);
check(busiest <= SCENE_BUDGET, 'the station with a vehicle at every port within the scene budget');

console.log(failures ? `\n${failures} check(s) failed` : '\nall checks passed');
process.exit(failures ? 1 : 0);
