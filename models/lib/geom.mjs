// Low-poly geometry helpers shared by the ISS, Soyuz MS and Crew Dragon builders.
// Every part carries position, normal and a linear-RGB vertex colour; solar-cell parts also carry uv in
// metres, so all parts of one material merge into one indexed BufferGeometry.
import * as THREE from 'three';
import { mergeGeometries } from 'three/examples/jsm/utils/BufferGeometryUtils.js';

/** Surface colours as sRGB hex; converted to linear RGB for the vertex colour attribute. */
export const PALETTE = {
  white: 0xeeeeea, // US/ESA/JAXA white thermal blankets (beta cloth)
  offWhite: 0xd9dbd0, // Russian-segment blankets
  radiator: 0xf7f7f4, // heat-rejection radiator panels
  grey: 0x8c8f94, // truss and structure
  darkGrey: 0x4a4d52, // mechanisms, docking rings, joints
  black: 0x1c1d20, // heat shield, windows, nozzles
  gold: 0xc9a040, // gold (aluminised Kapton) blankets
  green: 0x7d876a, // Soyuz green-grey blankets
  window: 0x20293a, // Cupola glass
};

const tmpColor = new THREE.Color();

/** Linear RGB triple of an sRGB hex colour (three's colour management does the conversion). */
export function linear(hex) {
  tmpColor.setHex(hex);
  return [tmpColor.r, tmpColor.g, tmpColor.b];
}

/**
 * A surface of revolution about +Y with hard edges between profile bands (each band gets its own
 * vertices and a flat normal along the profile; smooth around the axis).
 * @param {Array<[number, number]>} profile [radius, y] from one end to the other; a band whose ends have
 *   radius 0 closes into a fan. Walk the profile so the outside is on the left of the walk in the (r, y)
 *   half-plane (e.g. bottom centre → bottom rim → top rim → top centre for a closed cylinder).
 * @param {object} o segments; thetaStart/thetaLength (rad, from +Z toward +X, three's Lathe convention);
 *   colors: one sRGB hex for all bands or an array with one hex per band.
 */
export function revolve(profile, { segments = 20, thetaStart = 0, thetaLength = Math.PI * 2, colors = PALETTE.white } = {}) {
  const pos = [];
  const nor = [];
  const col = [];
  const uv = [];
  const idx = [];
  let along = 0;
  for (let b = 0; b < profile.length - 1; b++) {
    const [r0, y0] = profile[b];
    const [r1, y1] = profile[b + 1];
    const len = Math.hypot(r1 - r0, y1 - y0);
    if (len === 0) continue;
    const nr = (y1 - y0) / len;
    const ny = -(r1 - r0) / len;
    const c = linear(Array.isArray(colors) ? colors[Math.min(b, colors.length - 1)] : colors);
    const base = pos.length / 3;
    const rMid = (r0 + r1) / 2;
    for (let i = 0; i <= segments; i++) {
      const th = thetaStart + (thetaLength * i) / segments;
      const s = Math.sin(th);
      const k = Math.cos(th);
      pos.push(r0 * s, y0, r0 * k, r1 * s, y1, r1 * k);
      nor.push(nr * s, ny, nr * k, nr * s, ny, nr * k);
      col.push(...c, ...c);
      uv.push(rMid * (th - thetaStart), along, rMid * (th - thetaStart), along + len);
    }
    for (let i = 0; i < segments; i++) {
      const a = base + 2 * i;
      if (r0 > 0) idx.push(a, a + 2, a + 1);
      if (r1 > 0) idx.push(a + 1, a + 2, a + 3);
    }
    along += len;
  }
  const g = new THREE.BufferGeometry();
  g.setAttribute('position', new THREE.Float32BufferAttribute(pos, 3));
  g.setAttribute('normal', new THREE.Float32BufferAttribute(nor, 3));
  g.setAttribute('color', new THREE.Float32BufferAttribute(col, 3));
  g.setAttribute('uv', new THREE.Float32BufferAttribute(uv, 2));
  g.setIndex(idx);
  return g;
}

/** Closed cylinder (or frustum) along +Y from y = 0 to y = length. */
export function cylinder(r0, r1, length, segments = 20, color = PALETTE.white) {
  return revolve([[0, 0], [r0, 0], [r1, length], [0, length]], { segments, colors: color });
}

/** Closed ellipsoid-like body along +Y from y = 0 to y = length (radius r at the middle). */
export function ellipsoid(r, length, { segments = 16, rings = 8, color = PALETTE.white } = {}) {
  const profile = [];
  for (let i = 0; i <= rings; i++) {
    const t = -Math.PI / 2 + (Math.PI * i) / rings;
    profile.push([r * Math.cos(t), (length / 2) * (1 + Math.sin(t))]);
  }
  profile[0][0] = 0;
  profile[rings][0] = 0;
  return revolve(profile, { segments, colors: color });
}

/** Axis-aligned box between two corners, with a vertex colour. uv (metres) follows x and y. */
export function box(min, max, color = PALETTE.white) {
  const size = [max[0] - min[0], max[1] - min[1], max[2] - min[2]];
  const g = new THREE.BoxGeometry(size[0], size[1], size[2]);
  g.translate((min[0] + max[0]) / 2, (min[1] + max[1]) / 2, (min[2] + max[2]) / 2);
  paint(g, color);
  planarUv(g);
  return g;
}

/** A box of cross-section w × w (and w along the third axis) running from point a to point b. */
export function beam(a, b, w, color = PALETTE.grey) {
  return member(a, b, w, color, false);
}

/**
 * A beam without its two end faces: a truss member whose ends meet other members. Two thirds of a box's
 * triangles; triangles cost more than pixels on software renderers and kiosk GPUs.
 */
export function strut(a, b, w, color = PALETTE.grey) {
  return member(a, b, w, color, true);
}

function member(a, b, w, color, openEnds) {
  const va = new THREE.Vector3(...a);
  const vb = new THREE.Vector3(...b);
  const len = va.distanceTo(vb);
  let g = box([-w / 2, 0, -w / 2], [w / 2, len, w / 2], color);
  if (openEnds) g = withoutFaces(g, [0, 1, 0]);
  const dir = vb.clone().sub(va).normalize();
  g.applyQuaternion(new THREE.Quaternion().setFromUnitVectors(new THREE.Vector3(0, 1, 0), dir));
  g.translate(...a);
  return g;
}

/**
 * Drops a part's flat faces whose normal lies along ±axis (e.g. the ends of a panel that abut the next
 * one), and the vertices only they used.
 */
export function withoutFaces(g, axis) {
  const n = g.getAttribute('normal');
  const index = g.index.array;
  const along = (i) => Math.abs(n.getX(i) * axis[0] + n.getY(i) * axis[1] + n.getZ(i) * axis[2]) > 0.99;
  const kept = [];
  for (let t = 0; t < index.length; t += 3) if (![0, 1, 2].every((k) => along(index[t + k]))) kept.push(index[t], index[t + 1], index[t + 2]);
  const remap = new Map();
  for (const i of kept) if (!remap.has(i)) remap.set(i, remap.size);
  const out = new THREE.BufferGeometry();
  for (const [name, attr] of Object.entries(g.attributes)) {
    const arr = new attr.array.constructor(remap.size * attr.itemSize);
    for (const [from, to] of remap) for (let k = 0; k < attr.itemSize; k++) arr[to * attr.itemSize + k] = attr.array[from * attr.itemSize + k];
    out.setAttribute(name, new THREE.BufferAttribute(arr, attr.itemSize));
  }
  out.setIndex(kept.map((i) => remap.get(i)));
  return out;
}

/** Sets a uniform vertex colour. */
export function paint(g, color) {
  const c = linear(color);
  const n = g.getAttribute('position').count;
  const arr = new Float32Array(n * 3);
  for (let i = 0; i < n; i++) arr.set(c, i * 3);
  g.setAttribute('color', new THREE.BufferAttribute(arr, 3));
  return g;
}

/** uv in metres from the current x and y (for solar-cell blankets built in their own x–y plane). */
export function planarUv(g) {
  const p = g.getAttribute('position');
  const arr = new Float32Array(p.count * 2);
  for (let i = 0; i < p.count; i++) {
    arr[2 * i] = p.getX(i);
    arr[2 * i + 1] = p.getY(i);
  }
  g.setAttribute('uv', new THREE.BufferAttribute(arr, 2));
  return g;
}

const AXIS_ROTATIONS = {
  '+y': new THREE.Matrix4(),
  '-y': new THREE.Matrix4().makeRotationX(Math.PI),
  '+x': new THREE.Matrix4().makeRotationZ(-Math.PI / 2),
  '-x': new THREE.Matrix4().makeRotationZ(Math.PI / 2),
  '+z': new THREE.Matrix4().makeRotationX(Math.PI / 2),
  '-z': new THREE.Matrix4().makeRotationX(-Math.PI / 2),
};

/** Turns a part built along +Y so that its +Y runs along `axis` ('+x', '-z', …), then moves its origin to `at`. */
export function place(g, axis, at = [0, 0, 0]) {
  g.applyMatrix4(AXIS_ROTATIONS[axis]);
  g.translate(at[0], at[1], at[2]);
  return g;
}

/** Unit vector of an axis name. */
export function axisVector(axis) {
  return new THREE.Vector3(0, 1, 0).applyMatrix4(AXIS_ROTATIONS[axis]).round();
}

/** Collects parts of one material and merges them into one indexed geometry. */
/**
 * Names the station element (or element state, `zarya#wings-deployed`) each following part belongs to.
 * A tagged vertex carries `part` = 1 + the name's index in `names` (0 is left for untagged geometry), so
 * the app can hide and move elements by date without splitting the merged mesh. `first` fixes the
 * numbers of the elements that move (the app gives those a matrix each).
 */
export class PartTags {
  constructor(first = []) {
    this.names = [...first];
    this.current = null;
  }

  /** Parts added from now on belong to `name`. */
  use(name) {
    if (!this.names.includes(name)) this.names.push(name);
    this.current = name;
    return this;
  }

  tag(g) {
    if (this.current === null) throw new Error('PartTags: a part was added before any use(name)');
    const n = g.getAttribute('position').count;
    g.setAttribute('part', new THREE.Uint8BufferAttribute(new Uint8Array(n).fill(this.names.indexOf(this.current) + 1), 1));
  }
}

export class PartList {
  /**
   * @param {{ uv?: boolean, color?: boolean }} o solar-cell meshes keep uv (metres) and drop the vertex
   *   colour; hull meshes keep the vertex colour and drop uv
   */
  constructor({ uv = false, color = !uv, tags = null } = {}) {
    this.keepUv = uv;
    this.keepColor = color;
    /** @type {PartTags | null} when set, every vertex gets a `part` attribute: its tag's number */
    this.tags = tags;
    this.parts = [];
  }

  add(...geoms) {
    for (const g of geoms) {
      if (!this.keepUv) g.deleteAttribute('uv');
      else if (!g.getAttribute('uv')) planarUv(g);
      if (!this.keepColor) g.deleteAttribute('color');
      if (this.tags) this.tags.tag(g);
      if (!g.index) throw new Error('PartList: non-indexed part');
      this.parts.push(g);
    }
    return this;
  }

  /** Adds parts transformed by a matrix (the parts are modified). */
  addTransformed(matrix, ...geoms) {
    for (const g of geoms) g.applyMatrix4(matrix);
    return this.add(...geoms);
  }

  merge() {
    const merged = mergeGeometries(this.parts, false);
    if (!merged) throw new Error('PartList: parts have mismatched attributes');
    checkWinding(merged);
    return merged;
  }
}

/** Throws if a triangle's winding disagrees with its vertex normals (a part built inside out). */
export function checkWinding(g) {
  const p = g.getAttribute('position');
  const n = g.getAttribute('normal');
  const idx = g.index.array;
  const a = new THREE.Vector3();
  const b = new THREE.Vector3();
  const c = new THREE.Vector3();
  const nn = new THREE.Vector3();
  let bad = 0;
  for (let t = 0; t < idx.length; t += 3) {
    a.fromBufferAttribute(p, idx[t]);
    b.fromBufferAttribute(p, idx[t + 1]).sub(a);
    c.fromBufferAttribute(p, idx[t + 2]).sub(a);
    const face = b.cross(c);
    if (face.lengthSq() < 1e-12) continue;
    nn.set(0, 0, 0);
    for (let k = 0; k < 3; k++) nn.add(a.fromBufferAttribute(n, idx[t + k]));
    if (face.dot(nn) <= 0) bad++;
  }
  if (bad > 0) throw new Error(`checkWinding: ${bad} triangles face against their normals`);
}

/** Rotation (as a quaternion) whose local +X, +Y, +Z axes are the given orthonormal model vectors. */
export function basisQuaternion(x, y, z) {
  const m = new THREE.Matrix4().makeBasis(new THREE.Vector3(...x), new THREE.Vector3(...y), new THREE.Vector3(...z));
  if (Math.abs(m.determinant() - 1) > 1e-9) throw new Error('basisQuaternion: not a proper rotation');
  return tidy(new THREE.Quaternion().setFromRotationMatrix(m));
}

/** Snaps rounding noise (|v| < 1e-12) to 0 so exported transforms read cleanly. */
export function tidy(q) {
  for (const k of ['x', 'y', 'z', 'w']) if (Math.abs(q[k]) < 1e-12) q[k] = 0;
  return q;
}

/** An empty node. */
export function node(name, { position = [0, 0, 0], quaternion = null, userData = {} } = {}) {
  const o = new THREE.Object3D();
  o.name = name;
  o.position.set(...position);
  if (quaternion) o.quaternion.copy(quaternion);
  o.userData = userData;
  return o;
}

/** Triangle count of a geometry. */
export function triangles(g) {
  return (g.index ? g.index.count : g.getAttribute('position').count) / 3;
}
