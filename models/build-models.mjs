// Builds models/iss.glb, models/soyuz-ms.glb and models/crew-dragon.glb from three.js geometry.
// Usage (from the repository root): node models/build-models.mjs
// Deterministic: no randomness, no timestamps; the same three.js version writes the same bytes.
import { createHash } from 'node:crypto';
import { writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { triangles } from './lib/geom.mjs';
import { buildIss } from './lib/iss.mjs';
import { exportGlb } from './lib/node-gltf.mjs';
import { buildDragon, buildSoyuz } from './lib/vehicles.mjs';

/** The app draws all three at once; keep headroom (see models/README.md). */
const TRIANGLE_BUDGET = 45000;

const here = dirname(fileURLToPath(import.meta.url));
const builds = [
  ['iss.glb', buildIss],
  ['soyuz-ms.glb', buildSoyuz],
  ['crew-dragon.glb', buildDragon],
];

let total = 0;
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
}
console.log(`total: ${total} triangles (budget ${TRIANGLE_BUDGET})`);
if (total > TRIANGLE_BUDGET) {
  console.error('over the triangle budget');
  process.exit(1);
}
