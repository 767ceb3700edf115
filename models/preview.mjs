// Renders the exported models in headless Chromium (software WebGL) and saves PNGs to look at.
// Usage (from the repository root, after build-models.mjs): node models/preview.mjs [outDir=/tmp]
// Writes iss-preview-1.png (above, forward-starboard), iss-preview-2.png (below, aft-port),
// iss-preview-3.png (arrays turned: alpha 50°, beta 20°), vehicles-preview.png (Soyuz MS and Crew Dragon),
// iss-preview-4.png (below, forward-starboard) and iss-preview-5.png (above, aft-port) with the cargo ships
// docked and berthed, cargo-preview.png (the five cargo-era vehicles side by side) and <id>-preview.png for
// each of those five (two views: from above-starboard and from below-port).
// The page uses the documented conventions only: wing instances from the wing-*/irosa-* nodes and the
// template meshes, vehicles placed with vehicle.matrix = port.matrixWorld · R_y(180°).
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { launchChromium } from '../scripts/chromium.mjs';
import { startStaticServer } from '../scripts/static-server.mjs';

const outDir = resolve(process.argv[2] ?? '/tmp');
const repoRoot = join(dirname(fileURLToPath(import.meta.url)), '..');

const PAGE = String.raw`<!doctype html>
<html><head><meta charset="utf-8"><style>html,body{margin:0;background:#000;overflow:hidden}</style>
<script type="importmap">{"imports":{"three":"/node_modules/three/build/three.module.js","three/addons/":"/node_modules/three/examples/jsm/"}}</script>
</head><body>
<script type="module">
import * as THREE from 'three';
import { GLTFLoader } from 'three/addons/loaders/GLTFLoader.js';

const renderer = new THREE.WebGLRenderer({ antialias: true });
renderer.setSize(innerWidth, innerHeight);
document.body.appendChild(renderer.domElement);
const scene = new THREE.Scene();
scene.background = new THREE.Color(0x05070c);
scene.add(new THREE.HemisphereLight(0xbfd4ff, 0x30261c, 1.1));
const sun = new THREE.DirectionalLight(0xffffff, 2.6);
sun.position.set(0.5, 1, 0.8);
scene.add(sun);
const fill = new THREE.DirectionalLight(0x9fb4d8, 0.9); // light from below too, so the Earth-facing side reads
fill.position.set(-0.4, -1, -0.3);
scene.add(fill);
const camera = new THREE.PerspectiveCamera(35, innerWidth / innerHeight, 0.5, 2000);

const loader = new GLTFLoader();
const load = async (name) => (await loader.loadAsync('/models/' + name)).scene;
const ids = ['soyuz-ms', 'crew-dragon', 'progress-ms', 'cargo-dragon', 'cygnus', 'htv-x', 'starliner'];
const [iss, ...vehicleScenes] = await Promise.all([load('iss.glb'), ...ids.map((id) => load(id + '.glb'))]);
const src = Object.fromEntries(ids.map((id, i) => [id, vehicleScenes[i]]));
scene.add(iss);
iss.updateMatrixWorld(true);

// Wings: one InstancedMesh per template, instance matrix = R_z(alpha) · W_rest · R_y(betaSign · beta).
const templates = {};
iss.traverse((o) => { if (o.isMesh && o.userData.template) templates[o.name] = o; });
for (const t of Object.values(templates)) t.visible = false;
const wings = [];
iss.traverse((o) => { if (/^wing-[1-4][AB]$/.test(o.name)) wings.push(o); });
const irosas = [];
iss.traverse((o) => { if (/^irosa-[1-4][AB]$/.test(o.name)) irosas.push(o); });
const inst = (t, n) => { const m = new THREE.InstancedMesh(t.geometry, t.material, n); scene.add(m); return m; };
const wingCells = inst(templates['array-wing'], wings.length);
const wingFrame = inst(templates['array-wing-frame'], wings.length);
const irosaCells = inst(templates['irosa-wing'], irosas.length);
const irosaFrame = inst(templates['irosa-wing-frame'], irosas.length);
const rest = new Map(wings.map((w) => [w, w.matrixWorld.clone()]));
function setArrays(alpha, beta) {
  const m = new THREE.Matrix4();
  const rz = new THREE.Matrix4().makeRotationZ(alpha);
  const wingMatrix = new Map();
  wings.forEach((w, i) => {
    m.copy(rz).multiply(rest.get(w)).multiply(new THREE.Matrix4().makeRotationY(w.userData.betaSign * beta));
    wingMatrix.set(w.name, m.clone());
    wingCells.setMatrixAt(i, m);
    wingFrame.setMatrixAt(i, m);
  });
  irosas.forEach((r, i) => {
    const wm = wingMatrix.get(r.parent.name).clone().multiply(r.matrix);
    irosaCells.setMatrixAt(i, wm);
    irosaFrame.setMatrixAt(i, wm);
  });
  for (const im of [wingCells, wingFrame, irosaCells, irosaFrame]) im.instanceMatrix.needsUpdate = true;
}

// Docked vehicles: vehicle.matrix = port.matrixWorld · R_y(180°).
const flip = new THREE.Matrix4().makeRotationY(Math.PI);
function dock(src, portId) {
  const v = src.clone();
  const port = iss.getObjectByName('port-' + portId);
  v.matrixAutoUpdate = false;
  v.matrix.copy(port.matrixWorld).multiply(flip);
  scene.add(v);
  return v;
}
const crewSet = [['soyuz-ms', 'prichal-nadir'], ['crew-dragon', 'harmony-zenith'], ['soyuz-ms', 'rassvet-nadir'], ['crew-dragon', 'harmony-forward']];
// Every port taken, cargo ships at their usual ports (station-through-time.md Part C).
const cargoSet = [
  ['soyuz-ms', 'prichal-nadir'], ['soyuz-ms', 'rassvet-nadir'], ['progress-ms', 'zvezda-aft'], ['progress-ms', 'poisk-zenith'],
  ['cargo-dragon', 'harmony-zenith'], ['starliner', 'harmony-forward'], ['cygnus', 'unity-nadir'], ['htv-x', 'harmony-nadir'],
];
const dockedSets = Object.fromEntries(Object.entries({ crew: crewSet, cargo: cargoSet }).map(([k, set]) => [k, set.map(([id, port]) => dock(src[id], port))]));

// Vehicles alone, for a close look: laid along −x from their interface, posed one by one.
const solo = {};
const pose = (id, position, rx) => { const v = src[id].clone(); v.position.set(...position); v.rotation.x = rx; v.visible = false; scene.add(v); return v; };
solo.crew = [pose('soyuz-ms', [0, 3.8, 0], 0.5), pose('crew-dragon', [0, -3.2, 0], -0.4)];
solo.cargo = [
  pose('progress-ms', [-9, 7.5, 0], 0.5), pose('cargo-dragon', [4, 7.5, 0], -0.4),
  pose('cygnus', [-9, -1, 0], 0.6), pose('starliner', [4, -1, 0], -0.5),
  pose('htv-x', [1, -9.5, 0], 0.45),
];
const closeupIds = ['progress-ms', 'cargo-dragon', 'cygnus', 'htv-x', 'starliner'];
for (const id of closeupIds) solo[id] = [pose(id, [0, 0, 0], 0)];

const views = {
  1: { pos: [95, 80, 130], target: [-6, -8, 0], alpha: 0, beta: 0 },
  2: { pos: [-105, -75, -115], target: [-6, -3, 0], alpha: 0, beta: 0 },
  3: { pos: [150, 30, 45], target: [-6, -6, 0], alpha: (50 * Math.PI) / 180, beta: (20 * Math.PI) / 180 },
  vehicles: { pos: [-2, 5, 21], target: [-3.8, 0, 0], solo: 'crew' },
  4: { pos: [48, -52, 60], target: [0, -10, 0], alpha: 0, beta: 0, docked: 'cargo' },
  5: { pos: [-95, 60, -80], target: [-12, -4, 0], alpha: 0, beta: 0, docked: 'cargo' },
  cargo: { pos: [-1, 6, 46], target: [-2.5, -1, 0], solo: 'cargo' },
};
// Close-ups: from above-starboard and from below-port, side by side, framed on the vehicle's bounding sphere.
for (const id of closeupIds) {
  const sphere = new THREE.Box3().setFromObject(src[id]).getBoundingSphere(new THREE.Sphere());
  const c = sphere.center.toArray();
  const at = (d) => c.map((x, i) => x + d[i] * sphere.radius * 2.6);
  views[id] = { solo: id, cams: [{ pos: at([0.35, 0.5, 0.8]), target: c }, { pos: at([-0.55, -0.45, -0.7]), target: c }] };
}
window.shot = (name) => {
  const v = views[name];
  const showStation = !v.solo;
  iss.visible = showStation;
  for (const [k, set] of Object.entries(dockedSets)) for (const d of set) d.visible = showStation && k === (v.docked ?? 'crew');
  for (const im of [wingCells, wingFrame, irosaCells, irosaFrame]) im.visible = showStation;
  for (const [k, set] of Object.entries(solo)) for (const o of set) o.visible = k === v.solo;
  if (showStation) setArrays(v.alpha, v.beta);
  const cams = v.cams ?? [{ pos: v.pos, target: v.target }];
  const w = innerWidth / cams.length;
  renderer.setScissorTest(true);
  let triangles = 0;
  cams.forEach((cam, i) => {
    camera.aspect = w / innerHeight;
    camera.updateProjectionMatrix();
    camera.position.set(...cam.pos);
    camera.lookAt(...cam.target);
    renderer.setViewport(i * w, 0, w, innerHeight);
    renderer.setScissor(i * w, 0, w, innerHeight);
    renderer.render(scene, camera);
    triangles += renderer.info.render.triangles;
  });
  renderer.setScissorTest(false);
  return triangles;
};
window.ready = true;
</script></body></html>`;

const server = await startStaticServer(repoRoot);
const browser = await launchChromium();
try {
  const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
  page.on('pageerror', (e) => console.log(`[pageerror] ${e.message}`));
  page.on('console', (m) => {
    if (m.type() === 'error' || m.type() === 'warning') console.log(`[${m.type()}] ${m.text()}`);
  });
  await page.route('**/__preview.html', (route) => route.fulfill({ body: PAGE, contentType: 'text/html' }));
  await page.goto(`${server.url}__preview.html`);
  await page.waitForFunction(() => globalThis.ready === true, null, { timeout: 60000 });
  const shots = [['1', 'iss-preview-1.png'], ['2', 'iss-preview-2.png'], ['3', 'iss-preview-3.png'], ['vehicles', 'vehicles-preview.png'], ['4', 'iss-preview-4.png'], ['5', 'iss-preview-5.png'], ['cargo', 'cargo-preview.png']];
  for (const id of ['progress-ms', 'cargo-dragon', 'cygnus', 'htv-x', 'starliner']) shots.push([id, `${id}-preview.png`]);
  for (const [view, file] of shots) {
    const tris = await page.evaluate((v) => globalThis.shot(v), view);
    const path = join(outDir, file);
    await page.screenshot({ path });
    console.log(`${path}  (${tris} triangles drawn)`);
  }
} finally {
  await browser.close();
  await server.close();
}
