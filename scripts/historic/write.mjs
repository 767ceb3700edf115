// Writes an output model: one mesh node per material group (indexed, welded), empty marker nodes
// (module-*, port-*, dock) with their extras, one JPEG atlas per material, no compression extensions.
import { writeFile } from 'node:fs/promises';
import { Document, Logger, NodeIO } from '@gltf-transform/core';
import { dedup, prune, weld } from '@gltf-transform/functions';

/**
 * groups: [{ name, atlas: { image }, soups, faces? }] — soups already mapped into the group's atlas.
 * `faces` says how a one-sided mesh came in: 'inside-out' (wound and lit from inside: every triangle is turned
 * round and its normals reversed) or 'wound-inward' (wound from inside, lit from outside: every triangle is
 * turned round). Such a group is written facing out and drawn single-sided; a group without `faces` is two-sided.
 * markers: [{ name, translation, rotation? (quaternion xyzw), extras }].
 */
export async function writeModel(path, { rootName, copyright, groups, markers, rootExtras = {} }) {
  const doc = new Document().setLogger(new Logger(Logger.Verbosity.WARN));
  doc.getRoot().getAsset().generator = 'common-orbit scripts/build-historic-models.mjs (glTF-Transform)';
  doc.getRoot().getAsset().copyright = copyright;
  const buffer = doc.createBuffer();
  const scene = doc.createScene(rootName);
  const root = doc.createNode(rootName).setExtras(rootExtras);
  scene.addChild(root);
  for (const g of groups) {
    const texture = doc.createTexture(`${g.name}-atlas`).setImage(g.atlas.image).setMimeType('image/jpeg');
    const material = doc
      .createMaterial(g.name)
      .setBaseColorTexture(texture)
      .setMetallicFactor(0)
      .setRoughnessFactor(1)
      .setDoubleSided(g.faces === undefined);
    const pos = [], nrm = [], uv = [];
    for (const s of g.soups) {
      const soup = g.faces === undefined ? s : turnedRound(s, g.faces === 'inside-out');
      pos.push(...soup.pos);
      nrm.push(...soup.nrm);
      uv.push(...(soup.uv ?? new Array((soup.pos.length / 3) * 2).fill(0.5)));
    }
    const count = pos.length / 3;
    const prim = doc
      .createPrimitive()
      .setMaterial(material)
      .setAttribute('POSITION', doc.createAccessor().setType('VEC3').setArray(new Float32Array(pos)).setBuffer(buffer))
      .setAttribute('NORMAL', doc.createAccessor().setType('VEC3').setArray(new Float32Array(nrm)).setBuffer(buffer))
      .setAttribute('TEXCOORD_0', doc.createAccessor().setType('VEC2').setArray(new Float32Array(uv)).setBuffer(buffer))
      .setIndices(doc.createAccessor().setType('SCALAR').setArray(Uint32Array.from({ length: count }, (_, i) => i)).setBuffer(buffer));
    root.addChild(doc.createNode(g.name).setMesh(doc.createMesh(g.name).addPrimitive(prim)));
  }
  for (const m of markers) {
    const node = doc.createNode(m.name).setTranslation(m.translation.map((c) => round(c))).setExtras(m.extras ?? {});
    if (m.rotation) node.setRotation(m.rotation.map((c) => round(c, 6)));
    root.addChild(node);
  }
  // prune also turns a texture of one colour (a group of swatches only) into the material's colour factor.
  await doc.transform(weld(), dedup(), prune({ keepLeaves: true, keepExtras: true }));
  // Indices as 16-bit where they fit (every group here has fewer than 65,536 vertices).
  for (const mesh of doc.getRoot().listMeshes()) {
    for (const prim of mesh.listPrimitives()) {
      const indices = prim.getIndices();
      if (prim.getAttribute('POSITION').getCount() < 65536) indices.setArray(Uint16Array.from(indices.getArray()));
    }
  }
  const bytes = await new NodeIO().writeBinary(doc);
  await writeFile(path, bytes);
  let triangles = 0;
  for (const mesh of doc.getRoot().listMeshes()) for (const prim of mesh.listPrimitives()) triangles += prim.getIndices().getCount() / 3;
  return { bytes: bytes.byteLength, triangles, drawCalls: groups.length };
}

/** The soup with each triangle wound the other way (second and third vertices swapped), and its normals reversed if asked. */
function turnedRound(s, reverseNormals) {
  const swap = (a, n) => {
    if (!a) return a;
    const out = a.slice();
    for (let t = 0; t < a.length; t += 3 * n) {
      for (let k = 0; k < n; k++) {
        out[t + n + k] = a[t + 2 * n + k];
        out[t + 2 * n + k] = a[t + n + k];
      }
    }
    return out;
  };
  const nrm = swap(s.nrm, 3);
  return { ...s, pos: swap(s.pos, 3), nrm: reverseNormals ? nrm.map((c) => -c || 0) : nrm, uv: swap(s.uv, 2) };
}

export function round(x, digits = 4) {
  const f = 10 ** digits;
  return Math.round(x * f) / f || 0;
}
