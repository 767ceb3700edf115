// Renders the exported models in headless Chromium (software WebGL) and saves PNGs to look at.
// Usage (from the repository root, after build-models.mjs): node models/preview.mjs [outDir=/tmp]
// Writes iss-preview-1.png (above, forward-starboard), iss-preview-2.png (below, aft-port),
// iss-preview-3.png (arrays turned: alpha 50°, beta 20°), vehicles-preview.png (Soyuz MS and Crew Dragon).
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
const [iss, soyuzSrc, dragonSrc] = await Promise.all([load('iss.glb'), load('soyuz-ms.glb'), load('crew-dragon.glb')]);
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
const docked = [dock(soyuzSrc, 'prichal-nadir'), dock(dragonSrc, 'harmony-zenith'), dock(soyuzSrc, 'rassvet-nadir'), dock(dragonSrc, 'harmony-forward')];

// Vehicles alone, side by side, for a close look.
const solo = new THREE.Group();
const s1 = soyuzSrc.clone(); s1.position.set(0, 3.8, 0); s1.rotation.x = 0.5;
const d1 = dragonSrc.clone(); d1.position.set(0, -3.2, 0); d1.rotation.x = -0.4;
solo.add(s1, d1);
solo.visible = false;
scene.add(solo);

const views = {
  1: { pos: [95, 80, 130], target: [-6, -8, 0], alpha: 0, beta: 0 },
  2: { pos: [-105, -75, -115], target: [-6, -3, 0], alpha: 0, beta: 0 },
  3: { pos: [150, 30, 45], target: [-6, -6, 0], alpha: (50 * Math.PI) / 180, beta: (20 * Math.PI) / 180 },
  vehicles: { pos: [-2, 5, 21], target: [-3.8, 0, 0], solo: true },
};
window.shot = (name) => {
  const v = views[name];
  const showStation = !v.solo;
  iss.visible = showStation;
  for (const d of docked) d.visible = showStation;
  for (const im of [wingCells, wingFrame, irosaCells, irosaFrame]) im.visible = showStation;
  solo.visible = !!v.solo;
  if (showStation) setArrays(v.alpha, v.beta);
  camera.position.set(...v.pos);
  camera.lookAt(...v.target);
  renderer.render(scene, camera);
  return renderer.info.render.triangles;
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
  for (const [view, file] of [['1', 'iss-preview-1.png'], ['2', 'iss-preview-2.png'], ['3', 'iss-preview-3.png'], ['vehicles', 'vehicles-preview.png']]) {
    const tris = await page.evaluate((v) => globalThis.shot(v), view);
    const path = join(outDir, file);
    await page.screenshot({ path });
    console.log(`${path}  (${tris} triangles drawn)`);
  }
} finally {
  await browser.close();
  await server.close();
}
