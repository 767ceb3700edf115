// Triangle soups: what build-historic-models.mjs reads out of a glTF document, reshapes (moves modules,
// opens doors), maps into one texture atlas and writes back. A soup is a non-indexed triangle list of one
// material from one part of a model: flat arrays pos (m), nrm (unit) and uv (null when untextured).

/** Reads every triangle primitive of `doc` in world coordinates (node transforms applied). */
export function readSoups(doc, { skip = () => false } = {}) {
  const materials = new Map();
  const soups = [];
  for (const node of doc.getRoot().listNodes()) {
    const mesh = node.getMesh();
    if (!mesh || skip(node.getName())) continue;
    const m = node.getWorldMatrix();
    for (const prim of mesh.listPrimitives()) {
      if (prim.getMode() !== 4) continue; // TRIANGLES only
      const material = prim.getMaterial();
      const key = materialKey(materials, material);
      const pos = prim.getAttribute('POSITION').getArray();
      const nrm = prim.getAttribute('NORMAL')?.getArray();
      const uvs = materials.get(key).image ? prim.getAttribute('TEXCOORD_0')?.getArray() : null;
      const indices = prim.getIndices()?.getArray() ?? Uint32Array.from({ length: pos.length / 3 }, (_, i) => i);
      const soup = { part: node.getName(), mat: key, pos: [], nrm: [], uv: uvs ? [] : null };
      for (const i of indices) {
        soup.pos.push(...transformPoint(m, pos[3 * i], pos[3 * i + 1], pos[3 * i + 2]));
        soup.nrm.push(...(nrm ? transformNormal(m, nrm[3 * i], nrm[3 * i + 1], nrm[3 * i + 2]) : [0, 1, 0]));
        if (uvs) soup.uv.push(uvs[2 * i], uvs[2 * i + 1]);
      }
      if (!nrm) recomputeFlatNormals(soup);
      soups.push(soup);
    }
  }
  return { soups, materials };
}

function materialKey(materials, material) {
  const texture = material?.getBaseColorTexture() ?? null;
  const name = material?.getName() ?? 'default';
  // Materials that share one texture image and colour become one atlas entry (Atlantis: bay and radiators).
  const color = material?.getBaseColorFactor() ?? [1, 1, 1, 1];
  const key = texture ? `tex:${texture.getName()}:${texture.getURI()}:${color.join(',')}` : `col:${name}:${color.join(',')}`;
  if (!materials.has(key)) {
    materials.set(key, { key, name, color, image: texture ? texture.getImage().slice() : null });
  }
  return key;
}

export function transformPoint(m, x, y, z) {
  return [m[0] * x + m[4] * y + m[8] * z + m[12], m[1] * x + m[5] * y + m[9] * z + m[13], m[2] * x + m[6] * y + m[10] * z + m[14]];
}

/** Rigid transforms (rotation, uniform scale) only: the normal turns with the upper 3×3 and is renormalised. */
export function transformNormal(m, x, y, z) {
  const v = [m[0] * x + m[4] * y + m[8] * z, m[1] * x + m[5] * y + m[9] * z, m[2] * x + m[6] * y + m[10] * z];
  const len = Math.hypot(...v) || 1;
  return v.map((c) => c / len);
}

function recomputeFlatNormals(soup) {
  const p = soup.pos;
  for (let t = 0; t < p.length; t += 9) {
    const ax = p[t + 3] - p[t], ay = p[t + 4] - p[t + 1], az = p[t + 5] - p[t + 2];
    const bx = p[t + 6] - p[t], by = p[t + 7] - p[t + 1], bz = p[t + 8] - p[t + 2];
    const n = [ay * bz - az * by, az * bx - ax * bz, ax * by - ay * bx];
    const len = Math.hypot(...n) || 1;
    for (let k = 0; k < 3; k++) soup.nrm.splice(t + 3 * k, 3, n[0] / len, n[1] / len, n[2] / len);
  }
}

/** Column-major 4×4 matrices (the glTF layout). */
export const mat4 = {
  identity: () => [1, 0, 0, 0, 0, 1, 0, 0, 0, 0, 1, 0, 0, 0, 0, 1],
  translation: (x, y, z) => [1, 0, 0, 0, 0, 1, 0, 0, 0, 0, 1, 0, x, y, z, 1],
  /** Rows of the 3×3 part, row-major as written on paper. */
  fromRows: (r0, r1, r2) => [r0[0], r1[0], r2[0], 0, r0[1], r1[1], r2[1], 0, r0[2], r1[2], r2[2], 0, 0, 0, 0, 1],
  rotationAxis([ax, ay, az], angle) {
    const c = Math.cos(angle), s = Math.sin(angle), t = 1 - c;
    return mat4.fromRows(
      [t * ax * ax + c, t * ax * ay - s * az, t * ax * az + s * ay],
      [t * ax * ay + s * az, t * ay * ay + c, t * ay * az - s * ax],
      [t * ax * az - s * ay, t * ay * az + s * ax, t * az * az + c],
    );
  },
  multiply(a, b) {
    const out = new Array(16).fill(0);
    for (let c = 0; c < 4; c++) for (let r = 0; r < 4; r++) for (let k = 0; k < 4; k++) out[c * 4 + r] += a[k * 4 + r] * b[c * 4 + k];
    return out;
  },
  /** Rotation by `angle` about the line through `point` along `axis`. */
  rotationAbout(point, axis, angle) {
    return mat4.multiply(mat4.translation(...point), mat4.multiply(mat4.rotationAxis(axis, angle), mat4.translation(...point.map((c) => -c))));
  },
};

export function transformSoup(soup, m) {
  const out = { ...soup, pos: [], nrm: [] };
  for (let i = 0; i < soup.pos.length; i += 3) {
    out.pos.push(...transformPoint(m, soup.pos[i], soup.pos[i + 1], soup.pos[i + 2]));
    out.nrm.push(...transformNormal(m, soup.nrm[i], soup.nrm[i + 1], soup.nrm[i + 2]));
  }
  return out;
}

export function triangleCount(soups) {
  return soups.reduce((n, s) => n + s.pos.length / 9, 0);
}

export function bounds(soups) {
  const min = [Infinity, Infinity, Infinity];
  const max = [-Infinity, -Infinity, -Infinity];
  for (const s of soups) {
    for (let i = 0; i < s.pos.length; i += 3) {
      for (let k = 0; k < 3; k++) {
        min[k] = Math.min(min[k], s.pos[i + k]);
        max[k] = Math.max(max[k], s.pos[i + k]);
      }
    }
  }
  return { min, max, centre: min.map((v, k) => (v + max[k]) / 2), halfExtents: min.map((v, k) => (max[k] - v) / 2) };
}

/**
 * Splits each soup into its connected pieces (triangles sharing a vertex position, to 1 mm) and hands each
 * piece with its bounding box to `classify`, which names the part it belongs to. Used where a model's meshes
 * are grouped by material, not by module (Orbiter's Mir).
 */
export function splitByPiece(soups, classify) {
  const out = [];
  for (const soup of soups) {
    const triCount = soup.pos.length / 9;
    const parent = Int32Array.from({ length: triCount }, (_, i) => i);
    const find = (a) => {
      while (parent[a] !== a) a = parent[a] = parent[parent[a]];
      return a;
    };
    const firstTriAt = new Map();
    for (let t = 0; t < triCount; t++) {
      for (let k = 0; k < 3; k++) {
        const i = 9 * t + 3 * k;
        const key = `${soup.pos[i].toFixed(3)},${soup.pos[i + 1].toFixed(3)},${soup.pos[i + 2].toFixed(3)}`;
        const other = firstTriAt.get(key);
        if (other === undefined) firstTriAt.set(key, t);
        else parent[find(t)] = find(other);
      }
    }
    const pieces = new Map();
    for (let t = 0; t < triCount; t++) {
      const root = find(t);
      if (!pieces.has(root)) pieces.set(root, []);
      pieces.get(root).push(t);
    }
    for (const tris of pieces.values()) {
      const piece = pickTriangles(soup, tris);
      out.push({ ...piece, part: classify(bounds([piece]), soup) });
    }
  }
  return out;
}

function pickTriangles(soup, tris) {
  const piece = { ...soup, pos: [], nrm: [], uv: soup.uv ? [] : null };
  for (const t of tris) {
    piece.pos.push(...soup.pos.slice(9 * t, 9 * t + 9));
    piece.nrm.push(...soup.nrm.slice(9 * t, 9 * t + 9));
    if (soup.uv) piece.uv.push(...soup.uv.slice(6 * t, 6 * t + 6));
  }
  return piece;
}

/**
 * Texture atlases cannot repeat a tile, but the source models wrap their textures (REPEAT, UVs from −1.3
 * to 2.1). Each triangle is cut along the integer lines of its UVs, so that every piece lies in one unit
 * cell, and that cell is shifted to [0, 1]²: the look is unchanged and the pieces can sample an atlas tile.
 */
export function clipToUnitCells(soup) {
  if (!soup.uv) return soup;
  const out = { ...soup, pos: [], nrm: [], uv: [] };
  const vertex = (t, k) => [
    ...soup.pos.slice(9 * t + 3 * k, 9 * t + 3 * k + 3),
    ...soup.nrm.slice(9 * t + 3 * k, 9 * t + 3 * k + 3),
    ...soup.uv.slice(6 * t + 2 * k, 6 * t + 2 * k + 2),
  ];
  const emit = (v, du, dv) => {
    out.pos.push(v[0], v[1], v[2]);
    const len = Math.hypot(v[3], v[4], v[5]) || 1;
    out.nrm.push(v[3] / len, v[4] / len, v[5] / len);
    out.uv.push(v[6] - du, v[7] - dv);
  };
  for (let t = 0; t < soup.pos.length / 9; t++) {
    const tri = [vertex(t, 0), vertex(t, 1), vertex(t, 2)];
    const us = tri.map((v) => v[6]);
    const vs = tri.map((v) => v[7]);
    const [i0, i1] = cellRange(us);
    const [j0, j1] = cellRange(vs);
    for (let i = i0; i <= i1; i++) {
      for (let j = j0; j <= j1; j++) {
        let poly = tri;
        if (i0 !== i1) poly = clip(clip(poly, 6, i, 1), 6, i + 1, -1);
        if (j0 !== j1) poly = clip(clip(poly, 7, j, 1), 7, j + 1, -1);
        for (let k = 1; k + 1 < poly.length; k++) {
          if (area(poly[0], poly[k], poly[k + 1]) < 1e-9) continue;
          for (const v of [poly[0], poly[k], poly[k + 1]]) emit(v, i, j);
        }
      }
    }
  }
  return out;
}

/** The unit cells a triangle's coordinates cover; a coordinate on an integer line belongs to the cell below it. */
function cellRange(values) {
  const lo = Math.floor(Math.min(...values) + 1e-6);
  const hi = Math.max(lo, Math.ceil(Math.max(...values) - 1e-6) - 1);
  return [lo, hi];
}

/** Sutherland–Hodgman: keeps the part of the polygon where sign·(v[c] − at) ≥ 0, interpolating all attributes. */
function clip(poly, c, at, sign) {
  const out = [];
  for (let k = 0; k < poly.length; k++) {
    const a = poly[k];
    const b = poly[(k + 1) % poly.length];
    const da = sign * (a[c] - at);
    const db = sign * (b[c] - at);
    if (da >= 0) out.push(a);
    if ((da >= 0) !== (db >= 0)) {
      const f = da / (da - db);
      out.push(a.map((x, n) => x + (b[n] - x) * f));
    }
  }
  return out;
}

function area(a, b, c) {
  const u = [b[0] - a[0], b[1] - a[1], b[2] - a[2]];
  const v = [c[0] - a[0], c[1] - a[1], c[2] - a[2]];
  return Math.hypot(u[1] * v[2] - u[2] * v[1], u[2] * v[0] - u[0] * v[2], u[0] * v[1] - u[1] * v[0]) / 2;
}
