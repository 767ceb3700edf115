// Loads the exported .glb files back with GLTFLoader (in Node) and checks the conventions.
// Usage (from the repository root, after build-models.mjs): node models/check-models.mjs
// Prints the node tree with triangle counts, every port's position and outward (+X) direction, the
// wings' rest frames, and a docking demo; exits 1 if a check fails.
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
const [iss, soyuz, dragon] = await Promise.all([load('iss.glb'), load('soyuz-ms.glb'), load('crew-dragon.glb')]);

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
for (const [file, scene] of [['iss.glb', iss], ['soyuz-ms.glb', soyuz], ['crew-dragon.glb', dragon]]) {
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
  total += count;
}
console.log(`\nall three models: ${total} triangles (budget 45000)`);
check(total <= 45000, 'triangle budget');

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
const demo = [
  [soyuz, 'soyuz-ms', 'port-poisk-zenith', [0, 1, 0], 'up (+y)'],
  [soyuz, 'soyuz-ms', 'port-rassvet-nadir', [0, -1, 0], 'down (−y)'],
  [soyuz, 'soyuz-ms', 'port-prichal-nadir', [0, -1, 0], 'down (−y)'],
  [soyuz, 'soyuz-ms', 'port-zvezda-aft', [-1, 0, 0], 'aft (−x)'],
  [dragon, 'crew-dragon', 'port-harmony-forward', [1, 0, 0], 'forward (+x)'],
  [dragon, 'crew-dragon', 'port-harmony-zenith', [0, 1, 0], 'up (+y)'],
];
for (const [vehicle, name, portName, dir, words] of demo) {
  const port = iss.getObjectByName(portName);
  const matrix = port.matrixWorld.clone().multiply(flip);
  const origin = new THREE.Vector3().setFromMatrixPosition(matrix);
  const box = new THREE.Box3().setFromObject(vehicle);
  const farEnd = new THREE.Vector3(box.min.x, 0, 0).applyMatrix4(matrix);
  const axis = new THREE.Vector3(-1, 0, 0).transformDirection(matrix);
  const dock = vehicle.getObjectByName('dock');
  check(dock && dock.matrixWorld.equals(new THREE.Matrix4()), `${name} dock node at the origin with identity rotation`);
  // Does any vertex of the docked vehicle sit inside a module's box (shrunk by 0.3 m)? The module the
  // port belongs to is skipped: the Soyuz probe is meant to reach into its drogue.
  const others = boxes.filter((b) => b.name !== port.userData.module);
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
  console.log(`  ${name.padEnd(11)} at ${portName.padEnd(21)} origin ${fmt(origin)}  far end ${fmt(farEnd)}  extends ${fmt(axis)} ${ok ? '=' : '≠'} ${words}${hits.size ? `  CLASHES ${[...hits].join(', ')}` : '  clear of all modules'}`);
  check(ok, `${name} at ${portName} extends ${words}`);
  check(hits.size === 0, `${name} at ${portName} clears the modules`);
}

console.log(failures ? `\n${failures} check(s) failed` : '\nall checks passed');
process.exit(failures ? 1 : 0);
