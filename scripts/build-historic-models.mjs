// Builds the historic spacecraft the tour shows before the ISS (Apollo–Soyuz 1975, Mir 1995 and 1997, the
// Shuttle Atlantis of STS-71) from the NASA 3D Resources and Orbiter meshes in ../shared/models/, and writes
// plain glTF binaries (no Draco, no meshopt: nothing to decode at run time) to public/models/ and what the
// app needs to know about them to src/content/historic-models.json.
// Usage (from the repository root): npm run historic-models   [-- --debug DIR: also per-part files to look at]
// Deterministic: the same sources and package versions write the same bytes.
import { createHash } from 'node:crypto';
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { NodeIO } from '@gltf-transform/core';
import { ALL_EXTENSIONS } from '@gltf-transform/extensions';
import { simplify, weld } from '@gltf-transform/functions';
import draco3d from 'draco3dgltf';
import { MeshoptSimplifier } from 'meshoptimizer';
import sharp from 'sharp';
import { buildAtlas, mapIntoAtlas } from './historic/atlas.mjs';
import { ASTP_MODULES, DOCKINGS, MIR_MODULES, SOURCES } from './historic/records.mjs';
import { bounds, clipToUnitCells, mat4, readSoups, splitByPiece, transformPoint, transformSoup, triangleCount } from './historic/soup.mjs';
import { round, writeModel } from './historic/write.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const SHARED = join(root, '..', 'shared', 'models');
const OUT_DIR = join(root, 'public', 'models');
const JSON_OUT = join(root, 'src', 'content', 'historic-models.json');
const debugAt = process.argv.indexOf('--debug');
const DEBUG_DIR = debugAt > 0 ? process.argv[debugAt + 1] : null;

/**
 * Budgets per output file (the app draws one historic stack at a time, next to nothing else close up). The
 * triangle budget is each spec's `maxTriangles`: in the tour's close-ups a stack spans a few hundred pixels,
 * and there a triangle, not a pixel, is what a frame pays for (software WebGL: about 2 µs each; the Apollo–Soyuz
 * step cost 1.66× the benchmark's trivial scene with 11,750 triangles). A stack with a visitor (Mir with
 * Atlantis) shares one close-up, so the two budgets add up.
 */
const MAX_DRAW_CALLS = 4;
const MAX_TEXTURE_PX = 1024;

await MeshoptSimplifier.ready;
const io = new NodeIO().registerExtensions(ALL_EXTENSIONS).registerDependencies({ 'draco3d.decoder': await draco3d.createDecoderModule() });

/**
 * Output axes follow models/README.md: metres, +x along the velocity, +y zenith, +z = x × y, for a
 * craft in its flight attitude; a visiting vehicle (the Shuttle) has its origin at its docking interface
 * and +X out along its docking axis, so that `vehicle = port · R_y(180°)` docks it.
 */
const R_X_PLUS_90 = mat4.fromRows([1, 0, 0], [0, 0, -1], [0, 1, 0]); // (x, y, z) → (x, −z, y)
const R_X_MINUS_90 = mat4.fromRows([1, 0, 0], [0, 0, 1], [0, -1, 0]); // (x, y, z) → (x, z, −y)

// ---------------------------------------------------------------------------------------------------
// Apollo–Soyuz (NASA 3D Resources): the joined stack as on 17–19 Jul 1975.

async function apolloSoyuz(maxTriangles) {
  const parts = { 'Apollo CSM': 'apollo-csm', 'Docking Module (DM)': 'astp-docking-module', 'Soyuz 19 (7K-TM)': 'soyuz-19' };
  return fitBudget(maxTriangles, async (ratio, error) => {
    const doc = await io.read(join(SHARED, 'astp_nasa_split.glb'));
    await doc.transform(weld(), simplify({ simplifier: MeshoptSimplifier, ratio, error, lockBorder: true }));
    const { soups, materials } = readSoups(doc);
    for (const s of soups) s.part = parts[s.part];
    // The stack lies along x in the source, Apollo at −x, the Soyuz wings along y: turn the wings
    // across the track (z) and centre the stack on its bounding box.
    const place = mat4.multiply(R_X_PLUS_90, mat4.translation(...bounds(soups).centre.map((c) => -c)));
    return { soups: soups.map((s) => transformSoup(s, place)), materials, ports: [] };
  });
}

// ---------------------------------------------------------------------------------------------------
// Mir (Orbiter): its 1996–2001 configuration, split into modules by where each piece of mesh lies.

/**
 * The Orbiter mesh groups Mir by material, not by module. Its pieces are assigned by position (source
 * axes, metres, centred on the bounding box): the core's axis is z (Kvant-1 at +z), the node's radial
 * ports are at z ≈ −9.5, with Kvant-2 on +y, Spektr on −y, Kristall (and at its end the Docking
 * Module) on +x and Priroda on −x. Checked by eye with --debug.
 */
function mirModuleOf(node) {
  return ({ centre: [x, y, z] }) => {
    if (z > 5.55) return 'kvant-1';
    if (z > -6.5) return 'mir-core';
    const rx = x - node[0], ry = y - node[1];
    // Kvant-2's and Spektr's wings reach far out along x too, but lie more than 6 m out along y.
    if (Math.abs(ry) > 6 || (Math.abs(ry) > 2.2 && Math.abs(ry) > Math.abs(rx))) return ry > 0 ? 'kvant-2' : 'spektr';
    if (Math.abs(rx) > 1.6) {
      if (rx < 0) return 'priroda';
      return rx > 13.05 ? 'mir-docking-module' : 'kristall';
    }
    return 'mir-core'; // the node and its ports
  };
}

async function mir(modules, maxTriangles) {
  return fitBudget(maxTriangles, (ratio, error) => mirAt(modules, ratio, error));
}

async function mirAt(modules, ratio, error) {
  const doc = await io.read(join(SHARED, 'mir_orbiter.glb'));
  if (ratio < 1) await doc.transform(weld(), simplify({ simplifier: MeshoptSimplifier, ratio, error, lockBorder: true }));
  const { soups: all, materials } = readSoups(doc);
  // The node centre: on the core's axis (x = y = 0 in the source), level with the radial ports.
  const node = [0, 0, -9.5];
  const split = splitByPiece(all, mirModuleOf(node));
  const kristall = bounds(split.filter((s) => s.part === 'kristall'));
  node[1] = kristall.centre[1];
  node[2] = kristall.centre[2];
  let soups = split.filter((s) => modules.includes(s.part));
  const ports = [];
  const kristallEnd = [kristall.max[0], node[1], node[2]];
  if (!modules.includes('mir-docking-module')) {
    // STS-71: Kristall on the node's axial (forward) port, its far APAS-89 port free for Atlantis
    // (station-through-time.md B2: "moved to the axial port for STS-71 and moved back afterwards").
    // Turn it about the node centre from the +x radial port onto the axis (−z).
    const toAxial = mat4.rotationAbout(node, [0, 1, 0], Math.PI / 2);
    soups = soups.map((s) => (s.part === 'kristall' ? transformSoup(s, toAxial) : s));
    ports.push({ id: 'kristall-axial', at: transformPoint(toAxial, ...kristallEnd), axis: [0, 0, -1], up: [1, 0, 0] });
  } else {
    const dm = bounds(split.filter((s) => s.part === 'mir-docking-module'));
    ports.push({ id: 'docking-module', at: [dm.max[0], node[1], node[2]], axis: [1, 0, 0], up: [0, 0, 1] });
  }
  // Flight attitude (illustrative): the core's axis on the local vertical, Kvant-1 up, the node and
  // Kristall's port down — Atlantis came up to it from directly below (facts.md T4, R-bar approach).
  const place = mat4.multiply(R_X_MINUS_90, mat4.translation(...node.map((c) => -c)));
  return {
    soups: soups.map((s) => transformSoup(s, place)),
    materials,
    ports: ports.map((p) => ({ ...p, at: transformPoint(place, ...p.at), axis: turn(place, p.axis), up: turn(place, p.up) })),
  };
}

// ---------------------------------------------------------------------------------------------------
// Atlantis (Orbiter), payload-bay doors open. Orbiter's mesh has the Orbiter Docking System in the forward
// bay (the external airlock and the APAS ring Atlantis first carried on STS-71, station-through-time.md B1).

/**
 * Orbiter's Atlantis.cpp (DefineAnimations, ORBITER_DOCKPOS: the top of the ODS's APAS ring), converted to the
 * mesh's right-handed axes (z = −z_Orbiter).
 */
const DOOR_HINGE_X = 2.88;
const DOOR_HINGE_Y = 1.3;
const DOOR_OPEN_RAD = (175.5 * Math.PI) / 180;
const ORBITER_DOCKPOS = [0, 2.4, -10.15];
const LEFT_DOOR = ['cargodooroutL', 'cargodoorinL', 'radiatorFL', 'radiatorBL'];
const RIGHT_DOOR = ['cargodooroutR', 'cargodoorinR', 'radiatorFR', 'radiatorBR'];
/** Retracted inside the fuselage in orbit, or cockpit-only: never seen from outside. */
const HIDDEN = ['nosewheel', 'nosegear', 'wheelR', 'gearR', 'wheelL', 'gearL', '57 hudL', '58 hudR'];

async function shuttle(maxTriangles) {
  return fitBudget(maxTriangles, async (ratio, error) => {
    const doc = await io.read(join(SHARED, 'shuttle_orbiter_atlantis.glb'));
    for (const n of doc.getRoot().listNodes()) if (HIDDEN.includes(n.getName())) n.dispose();
    if (ratio < 1) await doc.transform(weld(), simplify({ simplifier: MeshoptSimplifier, ratio, error, lockBorder: true }));
    const { soups: raw, materials } = readSoups(doc);
    const right = mat4.rotationAbout([DOOR_HINGE_X, DOOR_HINGE_Y, 0], [0, 0, 1], -DOOR_OPEN_RAD);
    const left = mat4.rotationAbout([-DOOR_HINGE_X, DOOR_HINGE_Y, 0], [0, 0, 1], DOOR_OPEN_RAD);
    let soups = raw.map((s) => (RIGHT_DOOR.includes(s.part) ? transformSoup(s, right) : LEFT_DOOR.includes(s.part) ? transformSoup(s, left) : s));
    soups = soups.map((s) => ({ ...s, part: 'atlantis' }));
    // Docking frame: origin at the APAS interface, +X out of the bay (source +y), +Y toward the nose (−z).
    const place = mat4.multiply(mat4.fromRows([0, 1, 0], [0, 0, -1], [-1, 0, 0]), mat4.translation(...ORBITER_DOCKPOS.map((c) => -c)));
    return { soups: soups.map((s) => transformSoup(s, place)), materials, ports: [] };
  });
}

// ---------------------------------------------------------------------------------------------------

function turn(m, v) {
  const p = transformPoint(m, ...v);
  const o = transformPoint(m, 0, 0, 0);
  return p.map((c, k) => round(c - o[k], 6));
}

/**
 * Builds at full detail, then simplifies more and more until the triangles fit the budget: a smaller ratio,
 * and where the simplifier stops short of it, a larger error bound (a share of the mesh's extent; 0.002 at first).
 */
async function fitBudget(maxTriangles, build) {
  let ratio = 1;
  let error = 0.002;
  let before = Infinity;
  for (let attempt = 0; attempt < 16; attempt++) {
    const built = await build(ratio, error);
    const cut = triangleCount(built.soups.map(clipToUnitCells));
    if (cut <= maxTriangles * 0.98) return built;
    if (cut > before * 0.98) error *= 2;
    before = cut;
    ratio = Math.min(ratio, (ratio * maxTriangles * 0.95) / cut);
  }
  throw new Error('could not fit the triangle budget');
}

/** A texture used as it is: re-encoded as JPEG, resized only if larger than MAX_TEXTURE_PX. */
async function wholeTexture(input) {
  const meta = await sharp(input).metadata();
  const scale = Math.min(1, MAX_TEXTURE_PX / Math.max(meta.width, meta.height));
  const image = await sharp(input)
    .removeAlpha()
    .resize(Math.round(meta.width * scale), Math.round(meta.height * scale))
    .jpeg({ quality: 88, chromaSubsampling: '4:4:4', mozjpeg: true })
    .toBuffer();
  return { image, width: Math.round(meta.width * scale), height: Math.round(meta.height * scale), scale };
}

/** Quaternion (x, y, z, w) of the frame whose +X is `axis` and +Y is `up`. */
function frameQuaternion(axis, up) {
  const z = [axis[1] * up[2] - axis[2] * up[1], axis[2] * up[0] - axis[0] * up[2], axis[0] * up[1] - axis[1] * up[0]];
  const [m00, m10, m20] = axis, [m01, m11, m21] = up, [m02, m12, m22] = z;
  const trace = m00 + m11 + m22;
  if (trace > 0) {
    const s = 0.5 / Math.sqrt(trace + 1);
    return [(m21 - m12) * s, (m02 - m20) * s, (m10 - m01) * s, 0.25 / s];
  }
  if (m00 > m11 && m00 > m22) {
    const s = 2 * Math.sqrt(1 + m00 - m11 - m22);
    return [0.25 * s, (m01 + m10) / s, (m02 + m20) / s, (m21 - m12) / s];
  }
  if (m11 > m22) {
    const s = 2 * Math.sqrt(1 + m11 - m00 - m22);
    return [(m01 + m10) / s, 0.25 * s, (m12 + m21) / s, (m02 - m20) / s];
  }
  const s = 2 * Math.sqrt(1 + m22 - m00 - m11);
  return [(m02 + m20) / s, (m12 + m21) / s, 0.25 * s, (m10 - m01) / s];
}

/**
 * Groups: the draw calls of the output. Each lists the source material keys it takes (a predicate);
 * every group gets one atlas of its materials' textures and colour swatches.
 */
async function output(spec, built) {
  const groups = [];
  for (const g of spec.groups) {
    const mine = built.soups.filter((s) => g.takes(built.materials.get(s.mat)));
    const entries = [...new Set(mine.map((s) => s.mat))].map((k) => built.materials.get(k));
    if (entries.length === 1 && entries[0].image) {
      // A group of one texture keeps it whole (and its wrapping): no atlas, no cutting.
      groups.push({ name: g.name, atlas: await wholeTexture(entries[0].image), soups: mine, faces: g.faces });
      continue;
    }
    const atlas = await buildAtlas(entries, { scale: g.scale ?? 1, maxSize: MAX_TEXTURE_PX });
    groups.push({ name: g.name, atlas, soups: mine.map((s) => mapIntoAtlas(clipToUnitCells(s), atlas.rects.get(s.mat))), faces: g.faces });
  }
  const soups = groups.flatMap((g) => g.soups);
  if (soups.length !== built.soups.length) throw new Error(`${spec.id}: ${built.soups.length - soups.length} soups in no group`);
  const moduleIds = [...new Set(soups.map((s) => s.part))];
  const markers = [
    ...moduleIds.map((id) => {
      const b = bounds(soups.filter((s) => s.part === id));
      return { name: `module-${id}`, translation: b.centre, extras: { halfExtents: b.halfExtents.map((c) => round(c, 2)) } };
    }),
    ...built.ports.map((p) => ({
      name: `port-${p.id}`,
      translation: p.at,
      rotation: frameQuaternion(p.axis, p.up),
      extras: { axis: p.axis, up: p.up },
    })),
    ...(spec.dock ? [{ name: 'dock', translation: [0, 0, 0], extras: {} }] : []),
  ];
  const file = join(OUT_DIR, `${spec.id}.glb`);
  const written = await writeModel(file, { rootName: spec.id, copyright: SOURCES[spec.source].copyright, groups, markers });
  if (DEBUG_DIR) {
    // One mesh per module, to look at the split (preview with the module names).
    const perPart = moduleIds.map((id) => ({ name: id, atlas: groups[0].atlas, soups: groups.flatMap((g) => g.soups.filter((s) => s.part === id)) }));
    await writeModel(join(DEBUG_DIR, `${spec.id}-parts.glb`), { rootName: spec.id, copyright: '', groups: perPart, markers });
  }
  const b = bounds(soups);
  const check = [];
  if (written.triangles > spec.maxTriangles) check.push(`${written.triangles} triangles > ${spec.maxTriangles}`);
  if (written.drawCalls > MAX_DRAW_CALLS) check.push(`${written.drawCalls} draw calls > ${MAX_DRAW_CALLS}`);
  if (check.length) throw new Error(`${spec.id}: ${check.join('; ')}`);
  const sha = createHash('sha256').update(await import('node:fs').then((fs) => fs.readFileSync(file))).digest('hex').slice(0, 16);
  console.log(`${spec.id}.glb: ${written.triangles} triangles, ${written.drawCalls} draw calls, ${written.bytes} bytes, sha256 ${sha}…`);
  for (const g of groups) console.log(`  ${g.name.padEnd(22)} ${String(triangleCount(g.soups)).padStart(6)} triangles (before welding), atlas ${g.atlas.width}×${g.atlas.height} (textures × ${g.atlas.scale})`);
  return {
    id: spec.id,
    file: `models/${spec.id}.glb`,
    ...(spec.vehicle ? { vehicle: spec.vehicle } : {}),
    modules: spec.moduleOrder.filter((id) => moduleIds.includes(id)),
    ...(spec.valid ? { valid: spec.valid } : {}),
    ports: built.ports.map((p) => ({ id: p.id, positionM: p.at.map((c) => round(c, 3)), axis: p.axis, up: p.up })),
    boundsM: { min: b.min.map((c) => round(c, 2)), max: b.max.map((c) => round(c, 2)) },
    triangles: written.triangles,
    drawCalls: written.drawCalls,
    bytes: written.bytes,
    source: spec.source,
    ...(spec.note ? { note: spec.note } : {}),
  };
}

const isTextured = (m) => m.image !== null;
/**
 * Orbiter's meshes are one-sided, made for Direct3D's back-face culling, and come in wound from inside here
 * (Direct3D's clockwise fronts through the import's z flip): the signed volume their winding encloses is
 * negative. Mir's normals point in too (both inside out: three's two-sided drawing flipped both back), Atlantis's
 * point out (so two-sided it was lit from inside). Written facing out (`faces`, scripts/historic/write.mjs), they
 * are drawn single-sided: the triangles facing away are culled before they are rasterised. Checked from three
 * sides of the Shuttle–Mir stack against the two-sided drawing, and by tests/unit/historic-models.test.ts. The
 * NASA Apollo–Soyuz model, wound and lit from outside but with open and one-faced parts (the service module's
 * aft end), stays two-sided.
 */
const MIR_ORDER = MIR_MODULES.map((m) => m.id);
const SPECS = [
  {
    id: 'apollo-soyuz',
    vehicle: 'astp',
    source: 'nasa-astp',
    maxTriangles: 5_000,
    build: apolloSoyuz,
    moduleOrder: ASTP_MODULES.map((m) => m.id),
    // Textures at half size: the two 1000 px Apollo maps and the three Soyuz maps share one 1024 px atlas.
    groups: [{ name: 'apollo-soyuz-hull', takes: () => true, scale: 0.5 }],
  },
  {
    id: 'mir-1995',
    vehicle: 'mir',
    source: 'orbiter-mir',
    maxTriangles: 4_500,
    build: (maxTriangles) => mir(['mir-core', 'kvant-1', 'kvant-2', 'kristall', 'spektr'], maxTriangles),
    moduleOrder: MIR_ORDER,
    valid: {
      from: DOCKINGS[0].from,
      to: DOCKINGS[0].to,
      note: 'Kristall on the axial port: the sources place it there for STS-71 only (station-through-time.md B2); when it moved there and back is not sourced.',
    },
    note: 'Orbiter’s Mir (1996–2001) without Priroda and the Docking Module, Kristall moved to the axial port. The solar arrays are as in the source mesh.',
    groups: [{ name: 'mir-hull', takes: () => true, faces: 'inside-out' }],
  },
  {
    id: 'mir-1997',
    vehicle: 'mir',
    source: 'orbiter-mir',
    maxTriangles: 6_500,
    build: (maxTriangles) => mir(MIR_ORDER, maxTriangles),
    moduleOrder: MIR_ORDER,
    note: 'Orbiter’s Mir as modelled (its 1996–2001 configuration). Spektr’s damage of 25 Jun 1997 is not shown.',
    groups: [{ name: 'mir-hull', takes: () => true, faces: 'inside-out' }],
  },
  {
    id: 'shuttle',
    source: 'orbiter-atlantis',
    maxTriangles: 9_000,
    build: shuttle,
    moduleOrder: ['atlantis'],
    dock: true,
    note: 'Payload-bay doors opened 175.5° about Orbiter’s hinge lines; the retracted landing gear and the cockpit HUD left out. The Spacelab module STS-71 carried in the aft bay is not modelled.',
    groups: [
      { name: 'shuttle-skin', takes: (m) => isTextured(m) && m.name.includes('MGAtlantis'), faces: 'wound-inward' },
      { name: 'shuttle-bay', takes: (m) => isTextured(m) && !m.name.includes('MGAtlantis'), faces: 'wound-inward' },
      { name: 'shuttle-plain', takes: (m) => !isTextured(m), faces: 'wound-inward' },
    ],
  },
];

mkdirSync(OUT_DIR, { recursive: true });
if (DEBUG_DIR) mkdirSync(DEBUG_DIR, { recursive: true });
const models = [];
for (const spec of SPECS) models.push(await output(spec, await spec.build(spec.maxTriangles)));

const json = {
  $comment: 'Written by scripts/build-historic-models.mjs (npm run historic-models); edit the records there (scripts/historic/records.mjs), not here.',
  sources: SOURCES,
  models,
  modules: [...ASTP_MODULES, ...MIR_MODULES],
  dockings: DOCKINGS,
};
writeFileSync(JSON_OUT, `${JSON.stringify(json, null, 2)}\n`);
console.log(`wrote ${JSON_OUT}`);
