// Builds models/iss.glb and the vehicle models (soyuz-ms, crew-dragon, progress-ms, cargo-dragon, cygnus,
// htv-x, starliner .glb) from three.js geometry.
// Usage (from the repository root): node models/build-models.mjs
// Deterministic: no randomness, no timestamps; the same three.js version writes the same bytes.
import { createHash } from 'node:crypto';
import { writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildCargoDragon, buildCygnus, buildHtvX, buildProgress, buildStarliner } from './lib/cargo.mjs';
import { triangles } from './lib/geom.mjs';
import { buildIss } from './lib/iss.mjs';
import { exportGlb } from './lib/node-gltf.mjs';
import { buildDragon, buildSoyuz } from './lib/vehicles.mjs';

/** All files together: the app draws the station with up to a vehicle at each port; keep headroom (see models/README.md). */
const TRIANGLE_BUDGET = 45000;
/** Each vehicle model (models/README.md "Triangles"). */
const VEHICLE_BUDGET = 1200;

const here = dirname(fileURLToPath(import.meta.url));
const builds = [
  ['iss.glb', buildIss],
  ['soyuz-ms.glb', buildSoyuz],
  ['crew-dragon.glb', buildDragon],
  ['progress-ms.glb', buildProgress],
  ['cargo-dragon.glb', buildCargoDragon],
  ['cygnus.glb', buildCygnus],
  ['htv-x.glb', buildHtvX],
  ['starliner.glb', buildStarliner],
];

let total = 0;
let failed = false;
for (const [file, build] of builds) {
  const root = build();
  const meshes = [];
  root.traverse((o) => {
    if (o.isMesh) meshes.push([o.name, triangles(o.geometry), o.material.name]);
  });
  const count = meshes.reduce((s, [, n]) => s + n, 0);
  total += count;
  const bytes = await exportGlb(root);
  writeFileSync(join(here, file), bytes);
  const sha = createHash('sha256').update(bytes).digest('hex').slice(0, 16);
  console.log(`${file}: ${count} triangles, ${bytes.length} bytes, sha256 ${sha}…`);
  for (const [name, n, mat] of meshes) console.log(`  ${name.padEnd(20)} ${String(n).padStart(6)}  (${mat})`);
  if (file !== 'iss.glb' && count > VEHICLE_BUDGET) {
    console.error(`${file}: over the vehicle budget of ${VEHICLE_BUDGET} triangles`);
    failed = true;
  }
}
console.log(`total: ${total} triangles (budget ${TRIANGLE_BUDGET})`);
if (total > TRIANGLE_BUDGET) {
  console.error('over the triangle budget');
  failed = true;
}
if (failed) process.exit(1);
