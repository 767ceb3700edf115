// The ISS in its 2024–2026 configuration (facts.md §2.3), low-poly, in metres.
// Model frame: three (x, y, z) = ISS body (X, −Z, Y): +x forward (ram), +y zenith, +z starboard;
// origin at the centre of truss segment S0 (facts.md §2.2).
import * as THREE from 'three';
import { PALETTE as C, PartList, PartTags, basisQuaternion, beam, box, cylinder, ellipsoid, node, place, revolve, strut, tidy, withoutFaces } from './geom.mjs';
import { makeMaterials, namedMesh } from './materials.mjs';
import { IROSA_FACT, IROSA_WINGS, MODULE_INFO, PORT_INFO, WING_FACT, WING_TRUSS } from './iss-facts.mjs';

/** Height of the pressurized-module chain axis below the truss axis [assumption]. */
export const MODULE_Y = -4.8;
/** Half-width (x) and half-height (y) of the truss cross-section [assumption]. */
const TRUSS = { hx: 2.0, hy: 1.8 };
/** Parts sink this far into the module they hang on, so no seam shows. */
const INSET = 0.05;
/** Distance of each wing's root (beta gimbal) from the truss axis [derived: 2 × (2.5 + 34) = 73 m span]. */
export const WING_ROOT = 2.5;
export const WING_LENGTH = 34.0;
const WING_WIDTH = 11.6;
/** Truss station (|z|) of the wing pairs: P4/S4 and P6/S6 [assumption]. */
const Z_PV4 = 34.0;
const Z_PV6 = 48.5;
const PMA = { length: 2.0, radius: 0.95 };
const IDA = { length: 1.1, radius: 0.8 };

/** A node or lab module along +Y: cylinder with short chamfered end cones down to the CBM rings. */
function moduleBody(length, radius, { cone = 0.45, endRadius = 1.0, color = C.white, segments = 16 } = {}) {
  return revolve(
    [[0, 0], [endRadius, 0], [radius, cone], [radius, length - cone], [endRadius, length], [0, length]],
    { segments, colors: [C.darkGrey, color, color, color, C.darkGrey] },
  );
}

/** PMA: a short bent cone, approximated straight, along +Y from 0. */
function pma() {
  return [revolve([[0, 0], [1.0, 0], [PMA.radius, 0.3], [0.85, 1.2], [0.8, PMA.length], [0, PMA.length]], { segments: 16, colors: C.white })];
}

/** IDA on top of a PMA (along +Y from the PMA's end). */
function ida() {
  const g = [];
  const y0 = PMA.length;
  g.push(revolve([[0, y0], [0.9, y0], [0.9, y0 + 0.2], [IDA.radius, y0 + 0.3], [IDA.radius, y0 + IDA.length], [0, y0 + IDA.length]], { segments: 16, colors: [C.darkGrey, C.grey, C.grey, C.grey, C.darkGrey] }));
  // Two sensor/target booms make it about 2.4 m wide (facts.md §2.6).
  g.push(box([-0.1, y0 + 0.5, -1.2], [0.1, y0 + 0.7, 1.2], C.grey));
  return g;
}

/** Centre and half-extents (model axes) of a body of `length` and `radius` laid from `start` along `axis`. */
function extent(axis, start, length, radius) {
  const i = { x: 0, y: 1, z: 2 }[axis[1]];
  const s = axis[0] === '+' ? 1 : -1;
  const centre = [...start];
  centre[i] += (s * length) / 2;
  const half = [radius, radius, radius];
  half[i] = length / 2;
  return { centre, half };
}

/** An open lattice truss bay run between z0 < z1 (longerons, frames and one diagonal per face per bay). */
function lattice(parts, z0, z1, bays) {
  const { hx, hy } = TRUSS;
  const w = 0.22;
  for (const [x, y] of [[-hx, -hy], [hx, -hy], [hx, hy], [-hx, hy]]) parts.add(strut([x, y, z0], [x, y, z1], w, C.grey));
  for (let i = 0; i <= bays; i++) {
    const z = z0 + ((z1 - z0) * i) / bays;
    parts.add(
      strut([-hx, hy, z], [hx, hy, z], w, C.grey),
      strut([-hx, -hy, z], [hx, -hy, z], w, C.grey),
      strut([hx, -hy, z], [hx, hy, z], w, C.grey),
      strut([-hx, -hy, z], [-hx, hy, z], w, C.grey),
    );
  }
  for (let i = 0; i < bays; i++) {
    const za = z0 + ((z1 - z0) * i) / bays;
    const zb = z0 + ((z1 - z0) * (i + 1)) / bays;
    const [p, q] = i % 2 === 0 ? [za, zb] : [zb, za];
    parts.add(
      strut([-hx, hy, p], [hx, hy, q], 0.15),
      strut([hx, -hy, p], [-hx, -hy, q], 0.15),
      strut([hx, -hy, p], [hx, hy, q], 0.15),
      strut([-hx, hy, p], [-hx, -hy, q], 0.15),
    );
  }
}

/** A radiator of `n` hinged panels from `origin` along `dir` (unit axis vector), panel plane spanned by dir and `across`. */
function radiator(parts, origin, dir, across, length, width, n) {
  const gap = 0.08;
  const panel = (length - gap * (n - 1)) / n;
  const t = 0.12;
  const normal = new THREE.Vector3(...dir).cross(new THREE.Vector3(...across));
  for (let i = 0; i < n; i++) {
    const a = i * (panel + gap);
    const corners = [];
    for (const [u, v, w] of [[a, -width / 2, -t / 2], [a + panel, width / 2, t / 2]]) {
      corners.push([0, 1, 2].map((k) => origin[k] + dir[k] * u + across[k] * v + normal.getComponent(k) * w));
    }
    const min = [0, 1, 2].map((k) => Math.min(corners[0][k], corners[1][k]));
    const max = [0, 1, 2].map((k) => Math.max(corners[0][k], corners[1][k]));
    parts.add(withoutFaces(box(min, max, C.radiator), dir)); // panel ends abut across 8 cm gaps
  }
}

/**
 * A fixed pair of Russian solar wings across the body (±z) at `x`: a stub at |z| = stubZ, `n` panels
 * 3.35 m wide from |z| = 2.6 m out to `halfSpan`, and a spar (Zvezda: facts.md §2.4; Zarya: A3).
 */
function staticWing(hull, solar, x, y, stubZ, halfSpan, n) {
  for (const sz of [-1, 1]) {
    const axis = sz > 0 ? '+z' : '-z';
    hull.add(place(cylinder(0.12, 0.12, 0.7, 8, C.grey), axis, [x, y, sz * stubZ]));
    const r0 = 2.6;
    const len = halfSpan - r0;
    const seg = (len - 0.15 * (n - 1)) / n;
    for (let i = 0; i < n; i++) {
      const a = r0 + i * (seg + 0.15);
      solar.add(place(box([-1.675, 0, -0.03], [1.675, seg, 0.03]), axis, [x, y, sz * a]));
    }
    hull.add(place(box([-0.06, 0, -0.06], [0.06, len, 0.06], C.grey), axis, [x, y, sz * r0]));
  }
}

/** Wing-local geometry: root at the origin on the beta gimbal, long axis +y, cell face normal +z, width along x. */
function wingTemplates() {
  const cells = new PartList({ uv: true });
  const frame = new PartList();
  const half = WING_WIDTH / 2;
  const gap = 0.45; // half-gap between the two blankets, where the mast runs
  for (const s of [-1, 1]) cells.add(box([s > 0 ? gap : -half, 0.8, -0.03], [s > 0 ? half : -gap, WING_LENGTH - 0.4, 0.03]));
  frame.add(
    box([-0.35, -0.7, -0.35], [0.35, 0, 0.35], C.darkGrey), // beta gimbal stub, reaches back into the truss
    box([-0.6, 0, -0.45], [0.6, 0.8, 0.45], C.grey), // mast canister
    box([-half, 0.5, -0.25], [half, 0.8, 0.25], C.grey), // blanket box
    box([-0.12, 0.8, -0.12], [0.12, WING_LENGTH - 0.4, 0.12], C.grey), // mast
    box([-half, WING_LENGTH - 0.4, -0.1], [half, WING_LENGTH, 0.1], C.grey), // tip bar
  );
  return { cells: cells.merge(), frame: frame.merge() };
}

/** iROSA-local geometry: root at the origin, long axis +y, cell face +z (18.3 × 6 m, facts.md §2.5). */
const IROSA = { length: 18.3, width: 6.0, offset: [0, 0.6, 0.9], cantDeg: 10 };
function irosaTemplates() {
  const cells = new PartList({ uv: true });
  const frame = new PartList();
  const h = IROSA.width / 2;
  const y1 = 0.6 + IROSA.length;
  cells.add(box([-h, 0.6, -0.025], [h, y1, 0.025]));
  // The strut that reaches back to the old wing's root: from iROSA-local (0, 6, 0) to the wing-local
  // point (0, 0.6, 0), which is (0, −0.9 sin φ, −0.9 cos φ) in iROSA-local coordinates.
  const phi = THREE.MathUtils.degToRad(IROSA.cantDeg);
  frame.add(
    box([-h - 0.2, 0, -0.2], [h + 0.2, 0.6, 0.2], C.grey), // mandrel canister
    box([-h - 0.12, 0.6, -0.06], [-h, y1, 0.06], C.grey), // roll-out booms
    box([h, 0.6, -0.06], [h + 0.12, y1, 0.06], C.grey),
    box([-h - 0.12, y1, -0.08], [h + 0.12, y1 + 0.2, 0.08], C.grey), // tip bar
    box([-0.25, 0, -0.9], [0.25, 0.5, 0], C.darkGrey), // mod-kit foot
    beam([0, 6, 0], [0, -IROSA.offset[2] * Math.sin(phi), -IROSA.offset[2] * Math.cos(phi)], 0.15, C.darkGrey),
  );
  return { cells: cells.merge(), frame: frame.merge() };
}

/**
 * Elements that change place over the years (src/content/assembly.json): their parts get the numbers 1–7,
 * and the app gives each a matrix (host berth of the date · final berth⁻¹). The rest only come and go.
 */
export const MOVING_ELEMENTS = ['pma-2', 'pma-3', 'harmony', 'p6', 'cupola', 'leonardo', 'kibo-elm-ps'];

export function buildIss() {
  const { hull: hullMat, solar: solarMat } = makeMaterials();
  const tags = new PartTags(MOVING_ELEMENTS);
  const hull = new PartList({ tags });
  const solarStatic = new PartList({ uv: true, tags });
  const berths = {}; // '<host>:<face>' → { position, outward }: where an element sits, for elements that move
  const modules = {}; // id → { centre, half }
  const ports = {}; // id → { position, outward, module }

  // ---- US segment: the chain Harmony – Destiny – Unity along x (facts.md §2.3, §2.4) ----
  const destiny = { x0: -4.25, x1: 4.25, r: 2.15 };
  const harmony = { x0: destiny.x1, x1: destiny.x1 + 7.2, r: 2.2 };
  const unity = { x0: destiny.x0 - 5.47, x1: destiny.x0, r: 2.285 };
  const xHr = harmony.x0 + 3.6 + 1.2; // Harmony's radial ports sit toward its forward end [assumption]
  const xU = (unity.x0 + unity.x1) / 2;
  const Y = MODULE_Y;

  tags.use('destiny');
  hull.add(place(moduleBody(8.5, destiny.r), '+x', [destiny.x0, Y, 0]));
  modules.destiny = extent('+x', [destiny.x0, Y, 0], 8.5, destiny.r);
  tags.use('harmony');
  hull.add(place(moduleBody(7.2, harmony.r), '+x', [harmony.x0, Y, 0]));
  modules.harmony = extent('+x', [harmony.x0, Y, 0], 7.2, harmony.r);
  tags.use('unity');
  hull.add(place(moduleBody(5.47, unity.r, { cone: 0.3 }), '+x', [unity.x0, Y, 0]));
  modules.unity = extent('+x', [unity.x0, Y, 0], 5.47, unity.r);

  // S0 sits on four struts above Destiny [general knowledge, facts.md §2.3].
  tags.use('s0');
  for (const sx of [-1, 1]) for (const sz of [-1, 1]) hull.add(beam([sx * 2.6, Y + 2.0, sz * 1.2], [sx * 1.6, -TRUSS.hy, sz * 1.2], 0.2, C.grey));
  berths['unity:forward'] = { position: [destiny.x0, Y, 0], outward: '+x' };
  berths['destiny:forward'] = { position: [destiny.x1, Y, 0], outward: '+x' };
  berths['harmony:forward'] = { position: [harmony.x1, Y, 0], outward: '+x' };

  // Harmony forward: PMA-2 + IDA-2; zenith: PMA-3 + IDA-3; nadir: CBM (facts.md §2.6).
  tags.use('pma-2');
  hull.add(...pma().map((g) => place(g, '+x', [harmony.x1, Y, 0])));
  tags.use('ida-2');
  hull.add(...ida().map((g) => place(g, '+x', [harmony.x1, Y, 0])));
  modules['pma-2'] = extent('+x', [harmony.x1, Y, 0], PMA.length + IDA.length, PMA.radius);
  ports['harmony-forward'] = { position: [harmony.x1 + PMA.length + IDA.length, Y, 0], outward: '+x', module: 'pma-2' };
  const yHz = Y + harmony.r - INSET;
  tags.use('pma-3');
  hull.add(...pma().map((g) => place(g, '+y', [xHr, yHz, 0])));
  tags.use('ida-3');
  hull.add(...ida().map((g) => place(g, '+y', [xHr, yHz, 0])));
  berths['harmony:zenith'] = { position: [xHr, yHz, 0], outward: '+y' };
  modules['pma-3'] = extent('+y', [xHr, yHz, 0], PMA.length + IDA.length, PMA.radius);
  ports['harmony-zenith'] = { position: [xHr, yHz + PMA.length + IDA.length, 0], outward: '+y', module: 'pma-3' };
  tags.use('harmony');
  hull.add(place(cylinder(1.0, 1.0, 0.35, 16, C.darkGrey), '-y', [xHr, Y - harmony.r + INSET, 0]));
  ports['harmony-nadir'] = { position: [xHr, Y - harmony.r + INSET - 0.35, 0], outward: '-y', module: 'harmony' };

  // Columbus on Harmony starboard, with two external payload platforms.
  const zC0 = harmony.r - INSET;
  tags.use('columbus');
  hull.add(place(moduleBody(6.9, 2.25, { cone: 0.9, endRadius: 1.2 }), '+z', [xHr, Y, zC0]));
  hull.add(box([xHr - 0.8, Y + 2.1, zC0 + 4.6], [xHr + 0.8, Y + 2.9, zC0 + 6.0], C.gold), box([xHr - 0.8, Y - 2.9, zC0 + 4.6], [xHr + 0.8, Y - 2.1, zC0 + 6.0], C.white));
  modules.columbus = extent('+z', [xHr, Y, zC0], 6.9, 2.25);

  // Kibo on Harmony port: PM, ELM-PS on top, EF and JEMRMS at the outboard end (facts.md §2.3).
  const zK0 = -(harmony.r - INSET);
  const zK1 = zK0 - 11.2;
  tags.use('kibo-pm');
  hull.add(place(moduleBody(11.2, 2.2, { cone: 0.6 }), '-z', [xHr, Y, zK0]));
  modules.kibo = extent('-z', [xHr, Y, zK0], 11.2, 2.2);
  const zElm = zK0 - 3.9;
  tags.use('kibo-elm-ps');
  hull.add(place(moduleBody(3.9, 2.2, { cone: 0.5 }), '+y', [xHr, Y + 2.2 - INSET, zElm]));
  berths['kibo-pm:zenith'] = { position: [xHr, Y + 2.2 - INSET, zElm], outward: '+y' };
  modules['kibo-elm-ps'] = extent('+y', [xHr, Y + 2.2 - INSET, zElm], 3.9, 2.2);
  const ef = { min: [xHr - 2.5, Y - 0.9, zK1 - 5.6], max: [xHr + 2.5, Y + 0.4, zK1 + INSET] };
  tags.use('kibo-ef');
  hull.add(box(ef.min, ef.max, C.grey));
  hull.add(
    box([xHr - 2.2, Y + 0.4, zK1 - 5.2], [xHr - 0.6, Y + 1.4, zK1 - 3.6], C.gold),
    box([xHr + 0.4, Y + 0.4, zK1 - 5.2], [xHr + 2.2, Y + 1.2, zK1 - 3.4], C.white),
    box([xHr - 2.2, Y + 0.4, zK1 - 2.6], [xHr - 0.4, Y + 1.0, zK1 - 0.8], C.white),
    box([xHr + 0.6, Y + 0.4, zK1 - 2.4], [xHr + 2.2, Y + 1.5, zK1 - 0.6], C.gold),
  );
  const jemBase = [xHr, Y + 2.2, zK1 + 0.6];
  const jemElbow = [xHr - 0.6, Y + 5.2, zK1 - 2.4];
  const jemWrist = [xHr - 1.0, Y + 2.2, zK1 - 5.0];
  hull.add(beam(jemBase, jemElbow, 0.35, C.white), beam(jemElbow, jemWrist, 0.3, C.white), box([jemElbow[0] - 0.3, jemElbow[1] - 0.3, jemElbow[2] - 0.3], [jemElbow[0] + 0.3, jemElbow[1] + 0.3, jemElbow[2] + 0.3], C.darkGrey));
  modules['kibo-ef'] = {
    centre: [xHr, (ef.min[1] + jemElbow[1]) / 2, (ef.min[2] + ef.max[2]) / 2],
    half: [2.5, (jemElbow[1] + 0.3 - ef.min[1]) / 2, (ef.max[2] - ef.min[2]) / 2],
  };

  // Unity: Quest (starboard), Tranquility (port), Z1 (zenith), CBM (nadir), PMA-1 (aft).
  const zQ0 = unity.r - INSET;
  tags.use('quest');
  hull.add(place(moduleBody(3.3, 2.0, { cone: 0.4 }), '+z', [xU, Y, zQ0]));
  hull.add(place(cylinder(1.0, 1.0, 2.25, 16, C.white), '+z', [xU, Y, zQ0 + 3.25]));
  for (const sx of [-1, 1]) hull.add(place(ellipsoid(0.5, 1.6, { segments: 10, rings: 6, color: C.grey }), '+z', [xU + sx * 1.0, Y + 1.0, zQ0 + 3.4]));
  modules.quest = extent('+z', [xU, Y, zQ0], 5.5, 2.0);

  const zT0 = -(unity.r - INSET);
  const tranq = { r: 2.24, len: 6.706 };
  const zT = zT0 - tranq.len / 2 - 1.2; // radial ports toward the outboard end [assumption]
  tags.use('tranquility');
  hull.add(place(moduleBody(tranq.len, tranq.r), '-z', [xU, Y, zT0]));
  berths['unity:port'] = { position: [xU, Y, zT0], outward: '-z' };
  berths['tranquility:port'] = { position: [xU, Y, zT0 - tranq.len], outward: '-z' };
  modules.tranquility = extent('-z', [xU, Y, zT0], tranq.len, tranq.r);
  // Cupola on Tranquility nadir: a ring, six trapezoid side windows and a round top window.
  const yCu = Y - tranq.r + INSET;
  tags.use('cupola');
  berths['tranquility:nadir'] = { position: [xU, yCu, zT], outward: '-y' };
  hull.add(place(revolve([[0, 0], [1.475, 0], [1.475, 0.5], [1.25, 0.62], [0, 0.62]], { segments: 16, colors: C.white }), '-y', [xU, yCu, zT]));
  hull.add(place(revolve([[1.25, 0.6], [0.78, 1.3], [0.78, 1.38], [0, 1.5]], { segments: 6, colors: [C.window, C.white, C.window] }), '-y', [xU, yCu, zT]));
  modules.cupola = extent('-y', [xU, yCu, zT], 1.5, 1.475);
  // Leonardo PMM on Tranquility forward, BEAM on Tranquility aft [both general knowledge, facts.md §2.3].
  tags.use('leonardo');
  hull.add(place(moduleBody(6.6, 2.285), '+x', [xU + tranq.r - INSET, Y, zT]));
  berths['tranquility:forward'] = { position: [xU + tranq.r - INSET, Y, zT], outward: '+x' };
  modules.leonardo = extent('+x', [xU + tranq.r - INSET, Y, zT], 6.6, 2.285);
  tags.use('beam');
  hull.add(place(revolve([[0, 0], [0.7, 0], [0.7, 0.3], [1.3, 0.6], [1.615, 1.2], [1.615, 2.9], [1.3, 3.5], [0.8, 3.85], [0, 4.01]], { segments: 16, colors: [C.darkGrey, C.darkGrey, C.offWhite] }), '-x', [xU - tranq.r + INSET, Y, zT]));
  modules.beam = extent('-x', [xU - tranq.r + INSET, Y, zT], 4.01, 1.615);

  const yZ1 = Y + unity.r - INSET;
  tags.use('z1');
  // Z1's forward manual berthing ring (PMA-2 used it on 10–12 Feb 2001) and its top, where P6 stood 2000–2007.
  berths['z1:forward'] = { position: [xU + 1.5, yZ1 + 1.0, 0], outward: '+x' };
  berths['z1:zenith'] = { position: [xU, yZ1 + 2.0, 0], outward: '+y' };
  hull.add(box([xU - 1.5, yZ1, -1.5], [xU + 1.5, yZ1 + 2.0, 1.5], C.grey));
  hull.add(beam([xU - 0.8, yZ1 + 2.0, 1.0], [xU - 0.8, yZ1 + 3.4, 1.0], 0.15, C.grey));
  hull.add(place(revolve([[0, 0], [0.9, 0.35], [0, 0.3]], { segments: 12, colors: C.white }), '+z', [xU - 0.8, yZ1 + 3.8, 1.0]));
  modules.z1 = { centre: [xU, yZ1 + 1.7, 0], half: [1.5, 1.7, 1.5] };
  tags.use('unity');
  hull.add(place(cylinder(1.0, 1.0, 0.35, 16, C.darkGrey), '-y', [xU, Y - unity.r + INSET, 0]));
  berths['unity:nadir'] = { position: [xU, Y - unity.r + INSET, 0], outward: '-y' };
  ports['unity-nadir'] = { position: [xU, Y - unity.r + INSET - 0.35, 0], outward: '-y', module: 'unity' };

  // ---- Russian segment: PMA-1 – Zarya – Zvezda, aft along −x (facts.md §2.3) ----
  tags.use('pma-1');
  hull.add(...pma().map((g) => place(g, '-x', [unity.x0, Y, 0])));
  modules['pma-1'] = extent('-x', [unity.x0, Y, 0], PMA.length, PMA.radius);
  const xZa = unity.x0 - PMA.length;
  // Zarya: forward pressurized adapter (a ball with three ports), cone, main cylinder 4.11 m.
  tags.use('zarya');
  hull.add(place(revolve(
    [[0, 0], [0.7, 0], [1.0, 0.3], [1.4, 0.8], [1.4, 1.9], [1.15, 2.4], [1.3, 2.6], [2.055, 3.4], [2.055, 11.9], [1.2, 12.4], [0.7, 12.56], [0, 12.56]],
    { segments: 16, colors: [C.darkGrey, C.offWhite, C.offWhite, C.offWhite, C.offWhite, C.grey, C.offWhite, C.offWhite, C.grey, C.grey, C.darkGrey] },
  ), '-x', [xZa, Y, 0]));
  modules.zarya = extent('-x', [xZa, Y, 0], 12.56, 2.055);
  const xZaBall = xZa - 1.35;
  hull.add(place(cylinder(0.6, 0.6, 0.4, 12, C.darkGrey), '+y', [xZaBall, Y + 1.4 - INSET, 0])); // capped zenith port
  // Zarya's solar wings: retracted, folded against the body (facts.md §2.4) since 28–29 Sep 2007; before,
  // deployed, 24.4 m tip to tip (station-through-time.md A3), 3.35 m wide [assumption, as Zvezda's].
  tags.use('zarya#wings-retracted');
  for (const sz of [-1, 1]) hull.add(box([xZa - 9.6, Y - 0.5, sz * 2.0 - 0.3], [xZa - 6.0, Y + 0.5, sz * 2.0 + 0.3], C.darkGrey));
  tags.use('zarya#wings-deployed');
  staticWing(hull, solarStatic, xZa - 7.8, Y, 2.0, 24.4 / 2, 3);
  // Rassvet on Zarya nadir.
  const yRa = Y - 1.4 + INSET;
  tags.use('rassvet');
  hull.add(place(revolve(
    [[0, 0], [0.6, 0], [0.9, 0.3], [1.175, 0.6], [1.175, 4.6], [0.9, 5.0], [0.7, 5.4], [0.7, 6.0], [0, 6.0]],
    { segments: 16, colors: [C.darkGrey, C.grey, C.offWhite, C.offWhite, C.grey, C.grey, C.darkGrey, C.darkGrey] },
  ), '-y', [xZaBall, yRa, 0]));
  hull.add(box([xZaBall - 0.2, yRa - 4.2, 1.1], [xZaBall + 0.2, yRa - 1.4, 2.4], C.radiator));
  modules.rassvet = extent('-y', [xZaBall, yRa, 0], 6.0, 1.175);
  ports['rassvet-nadir'] = { position: [xZaBall, yRa - 6.0, 0], outward: '-y', module: 'rassvet' };

  // Zvezda: forward transfer ball, small and large work compartments, aft transfer chamber.
  const xZv = xZa - 12.56;
  tags.use('zvezda');
  hull.add(place(revolve(
    [[0, 0], [0.6, 0], [0.6, 0.15], [1.0, 0.4], [1.25, 0.9], [1.25, 1.7], [1.0, 2.15], [1.45, 2.35], [1.45, 5.9], [2.075, 6.6], [2.075, 11.2], [1.0, 11.5], [1.0, 12.8], [0.6, 12.9], [0.6, 13.1], [0, 13.1]],
    { segments: 16, colors: [C.darkGrey, C.darkGrey, C.offWhite, C.offWhite, C.offWhite, C.offWhite, C.grey, C.offWhite, C.grey, C.offWhite, C.grey, C.darkGrey, C.darkGrey, C.darkGrey, C.darkGrey] },
  ), '-x', [xZv, Y, 0]));
  modules.zvezda = extent('-x', [xZv, Y, 0], 13.1, 2.075);
  ports['zvezda-aft'] = { position: [xZv - 13.1, Y, 0], outward: '-x', module: 'zvezda' };
  const xZvBall = xZv - 1.3;
  for (const sz of [-1, 1]) hull.add(place(cylinder(0.55, 0.55, 0.35, 12, C.darkGrey), sz > 0 ? '+z' : '-z', [xZvBall, Y, sz * (1.25 - INSET)]));
  // Zvezda's two wings, 29.7 m tip to tip (facts.md §2.4); 3.35 m wide like Zarya's [assumption].
  staticWing(hull, solarStatic, xZv - 8.5, Y, 1.95, 29.7 / 2, 4);
  // Pirs on Zvezda nadir, 17 Sep 2001 – 26 Jul 2021: 4.91 m × 2.55 m [UNCERTAIN length] (station-through-time.md B).
  const yPi = Y - 1.25 + INSET;
  tags.use('pirs');
  hull.add(place(revolve(
    [[0, 0], [0.7, 0], [1.0, 0.3], [1.275, 0.7], [1.275, 3.9], [1.0, 4.3], [0.7, 4.5], [0.7, 4.91], [0, 4.91]],
    { segments: 16, colors: [C.darkGrey, C.grey, C.offWhite, C.offWhite, C.grey, C.darkGrey, C.darkGrey, C.darkGrey] },
  ), '-y', [xZv - 1.3, yPi, 0]));
  modules.pirs = extent('-y', [xZv - 1.3, yPi, 0], 4.91, 1.275);
  ports['pirs-nadir'] = { position: [xZv - 1.3, yPi - 4.91, 0], outward: '-y', module: 'pirs' };
  // Poisk on Zvezda zenith.
  tags.use('poisk');
  const yPo = Y + 1.25 - INSET;
  hull.add(place(revolve(
    [[0, 0], [0.7, 0], [1.275, 0.4], [1.275, 3.3], [0.9, 3.6], [0.7, 3.8], [0.7, 4.049], [0, 4.049]],
    { segments: 16, colors: [C.grey, C.offWhite, C.offWhite, C.grey, C.darkGrey, C.darkGrey, C.darkGrey] },
  ), '+y', [xZvBall, yPo, 0]));
  modules.poisk = extent('+y', [xZvBall, yPo, 0], 4.049, 1.275);
  ports['poisk-zenith'] = { position: [xZvBall, yPo + 4.049, 0], outward: '+y', module: 'poisk' };
  // Nauka on Zvezda nadir (FGB-derived: main cylinder, then a ported adapter at its Earth-facing end).
  const yNa = Y - 1.25 + INSET;
  tags.use('nauka');
  hull.add(place(revolve(
    [[0, 0], [0.7, 0], [1.2, 0.3], [2.075, 1.0], [2.075, 9.6], [1.3, 10.4], [1.45, 10.6], [1.45, 12.2], [1.0, 12.6], [0.7, 12.8], [0.7, 13.0], [0, 13.0]],
    { segments: 16, colors: [C.darkGrey, C.grey, C.offWhite, C.offWhite, C.grey, C.offWhite, C.offWhite, C.grey, C.darkGrey, C.darkGrey, C.darkGrey] },
  ), '-y', [xZvBall, yNa, 0]));
  modules.nauka = extent('-y', [xZvBall, yNa, 0], 13.0, 2.075);
  // Nauka's European Robotic Arm (folded along its side), airlock and radiator.
  const eraA = [xZvBall + 2.2, yNa - 2.0, 0.6];
  const eraB = [xZvBall + 2.3, yNa - 6.5, 0.0];
  const eraC = [xZvBall + 2.2, yNa - 10.5, -0.6];
  hull.add(beam(eraA, eraB, 0.3, C.white), beam(eraB, eraC, 0.3, C.white), box([eraB[0] - 0.3, eraB[1] - 0.3, eraB[2] - 0.3], [eraB[0] + 0.3, eraB[1] + 0.3, eraB[2] + 0.3], C.darkGrey));
  hull.add(place(cylinder(0.65, 0.65, 1.6, 12, C.offWhite), '-x', [xZvBall - 1.9, yNa - 7.5, 0]));
  hull.add(box([xZvBall - 0.1, yNa - 9.0, 2.0], [xZvBall + 0.1, yNa - 3.0, 4.6], C.radiator));
  // Prichal: a ball with six ports (facts.md §2.4): axial stubs up and down, four capped side ports.
  const yPr0 = yNa - 13.0;
  ports['nauka-nadir'] = { position: [xZvBall, yPr0, 0], outward: '-y', module: 'nauka' };
  tags.use('prichal');
  const prR = 1.65;
  const yPr = yPr0 - 0.8 - prR;
  hull.add(place(cylinder(0.6, 0.6, 0.8 + INSET, 12, C.darkGrey), '-y', [xZvBall, yPr0 + INSET, 0]));
  hull.add(place(ellipsoid(prR, 2 * prR, { segments: 16, rings: 8, color: C.offWhite }), '-y', [xZvBall, yPr + prR, 0]));
  hull.add(place(revolve([[0, 0], [0.7, 0], [0.7, 0.6], [0.6, 0.8], [0, 0.8]], { segments: 12, colors: C.darkGrey }), '-y', [xZvBall, yPr - prR, 0]));
  for (const axis of ['+x', '-x', '+z', '-z']) {
    const d = { '+x': [1, 0], '-x': [-1, 0], '+z': [0, 1], '-z': [0, -1] }[axis];
    hull.add(place(cylinder(0.55, 0.55, 0.4, 12, C.darkGrey), axis, [xZvBall + d[0] * (prR - 0.1), yPr, d[1] * (prR - 0.1)]));
  }
  modules.prichal = extent('-y', [xZvBall, yPr0, 0], 4.9, prR);
  ports['prichal-nadir'] = { position: [xZvBall, yPr - prR - 0.8, 0], outward: '-y', module: 'prichal' };

  // ---- Integrated truss: 109 m along z (facts.md §2.1, §2.5) ----
  tags.use('s0');
  hull.add(box([-TRUSS.hx, -TRUSS.hy, -6.7], [TRUSS.hx, TRUSS.hy, 6.7], C.grey)); // S0
  hull.add(box([TRUSS.hx, -1.0, -5.5], [TRUSS.hx + 0.4, 1.0, 5.5], C.white)); // S0 equipment on its forward face
  for (const s of [-1, 1]) {
    const zr = (a, b) => (s > 0 ? [a, b] : [-b, -a]);
    const zs = (a) => s * a;
    const ax = s > 0 ? '+z' : '-z';
    const [seg1, seg34, seg5, seg6] = s > 0 ? ['s1', 's3-s4', 's5', 's6'] : ['p1', 'p3-p4', 'p5', 'p6'];
    tags.use(seg1);
    lattice(hull, ...zr(6.7, 20.4), 4); // S1 / P1
    tags.use(seg34);
    lattice(hull, ...zr(20.4, 25.4), 1); // S3 / P3
    hull.add(place(cylinder(1.7, 1.7, 1.0, 16, C.darkGrey), ax, [0, 0, zs(25.4)])); // SARJ (alpha joint)
    const [a4, b4] = zr(26.4, 33.0);
    hull.add(box([-1.7, -1.6, a4], [1.7, 1.6, b4], C.grey)); // S4 / P4 integrated equipment assembly
    hull.add(box([-1.2, 1.6, Math.min(zs(27.5), zs(31.5))], [1.2, 2.0, Math.max(zs(27.5), zs(31.5))], C.white));
    radiator(hull, [0, -TRUSS.hy, zs(27.3)], [0, -1, 0], [1, 0, 0], 13.6, 3.4, 7); // S4 / P4 photovoltaic radiator
    tags.use(seg5);
    lattice(hull, ...zr(33.0, 37.0), 1); // S5 / P5 spacer
    tags.use(seg6);
    lattice(hull, ...zr(37.0, 44.0), 2); // S6 / P6 long spacer
    const [a6, b6] = zr(44.0, 54.5);
    hull.add(box([-1.7, -1.6, a6], [1.7, 1.6, b6], C.grey)); // S6 / P6 equipment assembly
    radiator(hull, [0, -TRUSS.hy, zs(42.0)], [0, -1, 0], [1, 0, 0], 13.6, 3.4, 7); // S6 / P6 photovoltaic radiator
    if (s < 0) berths['p5:port'] = { position: [0, 0, zs(37.0)], outward: '-z' };
    // Main heat-rejection radiators on S1/P1: three per side, 23.3 × 3.1 m, 8 panels, pointing aft [assumption].
    tags.use(seg1);
    for (const zc of [9.2, 12.6, 16.0]) {
      hull.add(box([-TRUSS.hx - 0.7, -0.25, zs(zc) - 0.25], [-TRUSS.hx, 0.25, zs(zc) + 0.25], C.darkGrey));
      radiator(hull, [-TRUSS.hx - 0.7, 0, zs(zc)], [-1, 0, 0], [0, 0, 1], 23.3, 3.1, 8);
    }
  }
  // (Photovoltaic radiators, one per PV module, 13.6 × 3.4 m, hang nadir between the wing pairs [assumption].)
  modules.truss = { centre: [0, 0, 0], half: [TRUSS.hx, TRUSS.hy, 54.5] };

  // ---- Assemble the scene graph ----
  const root = new THREE.Group();
  root.name = 'iss';
  root.userData = {
    label: 'International Space Station',
    fact: 'Truss 109 m long, solar-array span 73 m, pressurized modules 51 m long; about 419,455 kg; 916 m³ pressurized.',
    source: 'facts.md §2.1 (nasa.gov facts_and_figures)',
    frame: 'three (x, y, z) = ISS body (X, −Z, Y): +x forward, +y zenith, +z starboard; metres; origin at the centre of S0',
  };
  root.add(namedMesh('iss-hull', hull.merge(), hullMat));
  root.add(namedMesh('iss-solar-static', solarStatic.merge(), solarMat, { label: "Zvezda's solar wings", source: 'facts.md §2.4' }));

  const moduleGroup = new THREE.Group();
  moduleGroup.name = 'modules';
  for (const [id, info] of Object.entries(MODULE_INFO)) {
    const m = modules[id];
    if (!m) throw new Error(`no geometry for module ${id}`);
    moduleGroup.add(node(`module-${id}`, { position: m.centre.map(round), userData: { ...info, halfExtents: m.half.map(round) } }));
  }
  root.add(moduleGroup);

  const portGroup = new THREE.Group();
  portGroup.name = 'ports';
  for (const [id, p] of Object.entries(ports)) {
    portGroup.add(node(`port-${id}`, { position: p.position.map(round), quaternion: portQuaternion(p.outward), userData: { ...PORT_INFO[id], module: `module-${p.module}` } }));
  }
  root.add(portGroup);

  // Berths of the elements that move (MOVING_ELEMENTS): frames like the ports' (+X outward), named by host and face.
  const berthGroup = new THREE.Group();
  berthGroup.name = 'berths';
  for (const [id, b] of Object.entries(berths)) {
    berthGroup.add(node(`berth-${id.replace(':', '--')}`, { position: b.position.map(round), quaternion: portQuaternion(b.outward) }));
  }
  root.add(berthGroup);
  // Which element each `_part` number means (part = 1 + index), and each part's bounding box (model axes, m).
  root.userData.parts = tags.names.map((name) => ({ name, ...partBox([hull, solarStatic], tags.names.indexOf(name) + 1) }));

  // Solar array wings: one template mesh + eight rest-pose nodes under two alpha-joint groups.
  const wing = wingTemplates();
  const irosa = irosaTemplates();
  const templates = new THREE.Group();
  templates.name = 'templates';
  templates.add(namedMesh('array-wing', wing.cells, solarMat, { template: true, instances: 'wing-*' }));
  templates.add(namedMesh('array-wing-frame', wing.frame, hullMat, { template: true, instances: 'wing-*' }));
  templates.add(namedMesh('irosa-wing', irosa.cells, solarMat, { template: true, instances: 'irosa-*' }));
  templates.add(namedMesh('irosa-wing-frame', irosa.frame, hullMat, { template: true, instances: 'irosa-*' }));
  root.add(templates);

  const arrays = new THREE.Group();
  arrays.name = 'arrays';
  const alpha = { port: new THREE.Group(), starboard: new THREE.Group() };
  alpha.port.name = 'alpha-port';
  alpha.starboard.name = 'alpha-starboard';
  arrays.add(alpha.port, alpha.starboard);
  const irosaQ = tidy(new THREE.Quaternion().setFromAxisAngle(new THREE.Vector3(1, 0, 0), THREE.MathUtils.degToRad(IROSA.cantDeg)));
  for (const name of ['1A', '3A', '2A', '4A', '1B', '3B', '2B', '4B']) {
    const truss = WING_TRUSS[name];
    const side = truss[0] === 'S' ? 'starboard' : 'port';
    const forward = name[0] === '1' || name[0] === '2'; // 1x/2x forward, 3x/4x aft at rest [assumption]
    const z = (side === 'starboard' ? 1 : -1) * (truss[1] === '4' ? Z_PV4 : Z_PV6);
    const ly = forward ? [1, 0, 0] : [-1, 0, 0];
    const lz = [0, 1, 0];
    const lx = forward ? [0, 0, 1] : [0, 0, -1]; // ly × lz
    const w = node(`wing-${name}`, {
      position: [forward ? WING_ROOT : -WING_ROOT, 0, z],
      quaternion: basisQuaternion(lx, ly, lz),
      userData: { side, alphaJoint: side, truss, betaSign: forward ? 1 : -1, label: `Solar array wing ${name} (${truss})`, ...WING_FACT },
    });
    if (IROSA_WINGS.includes(name)) {
      w.add(node(`irosa-${name}`, { position: IROSA.offset, quaternion: irosaQ, userData: { label: `iROSA on wing ${name} (${truss})`, ...IROSA_FACT } }));
    }
    alpha[side].add(w);
  }
  root.add(arrays);
  return root;
}

/** Port frame: local +X outward along the docking axis; local +Y zenith for horizontal axes, forward for vertical ones. */
function portQuaternion(outward) {
  const X = { '+x': [1, 0, 0], '-x': [-1, 0, 0], '+y': [0, 1, 0], '-y': [0, -1, 0], '+z': [0, 0, 1], '-z': [0, 0, -1] }[outward];
  const Yv = outward[1] === 'y' ? [1, 0, 0] : [0, 1, 0];
  const Z = new THREE.Vector3(...X).cross(new THREE.Vector3(...Yv)).toArray();
  return basisQuaternion(X, Yv, Z);
}

/** Bounding box of the vertices tagged `n` in the parts lists (before merging). */
function partBox(lists, n) {
  const box3 = new THREE.Box3();
  const v = new THREE.Vector3();
  for (const list of lists) {
    for (const g of list.parts) {
      const part = g.getAttribute('part');
      const pos = g.getAttribute('position');
      for (let i = 0; i < pos.count; i++) if (part.getX(i) === n) box3.expandByPoint(v.fromBufferAttribute(pos, i));
    }
  }
  return { min: box3.min.toArray().map(round), max: box3.max.toArray().map(round) };
}

function round(v) {
  return Math.round(v * 1e4) / 1e4;
}
