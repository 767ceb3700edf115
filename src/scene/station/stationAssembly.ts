import { Box3, Matrix4, Vector3, type Material } from 'three';
import type { ArrayState, ElementAt } from '../../spacecraft/assembly';

/**
 * The station as built by its date: which parts of the merged model show, where the elements that moved
 * sat (PMA-2 and PMA-3 moves, Harmony's first berth, P6 on Z1, the Cupola, Leonardo and ELM-PS), and the
 * state of each array wing. The model tags every vertex with its element (`_part`, models/README.md);
 * the shader hides and moves parts from two uniforms, so a date change costs no geometry rebuild.
 */

/** The elements that have a matrix (models/lib/iss.mjs MOVING_ELEMENTS): parts 1–7. */
export const MOVER_SLOTS = 8;

/** Shared by the station's two materials (and the vehicles drawn with them: untagged, always shown). */
export const stationUniforms = {
  uPartsLo: { value: 0xffffffff },
  uPartsHi: { value: 0xffffffff },
  uMove: { value: Array.from({ length: MOVER_SLOTS }, () => new Matrix4()) },
};

const VERTEX_PARS = `
attribute float _part;
uniform uint uPartsLo;
uniform uint uPartsHi;
uniform mat4 uMove[${MOVER_SLOTS}];`;
const VERTEX_NORMAL = `
int stationPart = int(_part + 0.5) - 1;
bool stationShown = stationPart < 0 || (((stationPart < 32 ? uPartsLo >> uint(stationPart) : uPartsHi >> uint(stationPart - 32)) & 1u) == 1u);
mat4 stationMove = stationPart >= 0 && stationPart < ${MOVER_SLOTS} ? uMove[stationPart] : mat4(1.0);
objectNormal = mat3(stationMove) * objectNormal;`;
const VERTEX_POSITION = `
transformed = stationShown ? (stationMove * vec4(transformed, 1.0)).xyz : vec3(0.0);`;

/** Makes a material draw the station by date (hidden parts collapse to a point and draw nothing). */
export function drawByDate(material: Material): void {
  material.onBeforeCompile = (shader) => {
    Object.assign(shader.uniforms, stationUniforms);
    shader.vertexShader = shader.vertexShader
      .replace('#include <common>', `#include <common>${VERTEX_PARS}`)
      .replace('#include <beginnormal_vertex>', `#include <beginnormal_vertex>${VERTEX_NORMAL}`)
      .replace('#include <begin_vertex>', `#include <begin_vertex>${VERTEX_POSITION}`);
  };
  material.customProgramCacheKey = () => 'station-by-date';
}

/** What the model says about its parts (iss.glb root extras, berth nodes). */
export interface StationLayout {
  /** Part number − 1 → its name: an element id, or `<element>#<state>` for a look that depends on a state. */
  partNames: readonly string[];
  partBoxes: readonly Box3[];
  /** `<host>:<face>` → frame of that berth in model axes (+X outward), for the elements that moved. */
  berths: ReadonlyMap<string, Matrix4>;
}

/** One wing as drawn: its element's matrix, whether it turns on an alpha joint, and how far it is out. */
export interface WingLook {
  /** Model matrix of the element carrying it (identity on the finished truss). */
  matrix: Matrix4;
  /** On its alpha joint (the finished truss); else only its beta gimbal turns it (P6 on Z1). */
  alpha: boolean;
  /** Along the wing's long axis: 1 deployed, 0.5 part-way, a stowed stub when retracted, 0 absent. */
  cellsScale: number;
  frameScale: number;
  irosaScale: number;
}

/** Length of a stowed wing's canister over the full wing (models/lib/iss.mjs: 0.8 m box, 34 m wing). */
const STOWED = 1.2 / 34;

function wingScale(state: ArrayState | undefined): { cells: number; frame: number } {
  if (state === undefined) return { cells: 0, frame: 0 };
  if (state === 'retracted') return { cells: 0, frame: STOWED };
  return state === 'partial' ? { cells: 0.5, frame: 0.5 } : { cells: 1, frame: 1 };
}

export interface StationLook {
  /** Bit k: part k + 1 shows. */
  partsLo: number;
  partsHi: number;
  /** Element id → its model matrix (only for the elements present and placed). */
  matrices: Map<string, Matrix4>;
  wings: Map<string, WingLook>;
  /** A key that changes whenever the look does. */
  key: string;
}

const IDENTITY = new Matrix4();

/**
 * The look of the station at the date of `elements` (stationAt). An element is drawn at its berth of the
 * date: its host's matrix · that berth · its final berth⁻¹. One whose place the model cannot show (P6
 * parked on Canadarm2 for two days in 2007) is left out rather than guessed.
 */
export function stationLook(layout: StationLayout, elements: readonly ElementAt[]): StationLook {
  const present = new Map<string, ElementAt>(elements.map((e) => [e.element.id, e]));
  const matrices = new Map<string, Matrix4>();
  const unplaced = new Set<string>();
  const place = (id: string): Matrix4 | null => {
    const known = matrices.get(id);
    if (known) return known;
    const at = present.get(id);
    if (!at || unplaced.has(id)) return null;
    unplaced.add(id); // guards a cycle while the host is placed
    const a = at.attachment;
    const last = at.element.attachments[at.element.attachments.length - 1];
    let m: Matrix4 | null = IDENTITY;
    if (a.host !== null) {
      const host = place(a.host);
      if (!host) m = null;
      else if (a === last) m = host;
      else {
        const now = layout.berths.get(`${a.host}:${a.port}`);
        const final = layout.berths.get(`${last.host}:${last.port}`);
        m = now && final ? new Matrix4().multiplyMatrices(host, now).multiply(new Matrix4().copy(final).invert()) : null;
      }
    }
    if (m) {
      unplaced.delete(id);
      matrices.set(id, m);
    }
    return m;
  };
  elements.forEach((e) => place(e.element.id));

  const keyParts: string[] = [];
  let partsLo = 0;
  let partsHi = 0;
  layout.partNames.forEach((name, k) => {
    const [id, look] = name.split('#');
    const at = present.get(id);
    let shown = at !== undefined && matrices.has(id);
    if (shown && look) shown = lookShown(look, at!);
    if (!shown) return;
    if (k < 32) partsLo = (partsLo | (1 << k)) >>> 0;
    else partsHi = (partsHi | (1 << (k - 32))) >>> 0;
  });
  keyParts.push(partsLo.toString(16), partsHi.toString(16));

  const wings = new Map<string, WingLook>();
  for (const at of elements) {
    const matrix = matrices.get(at.element.id);
    if (!matrix) continue;
    for (const r of at.arrays) {
      const w = wings.get(r.wing) ?? { matrix, alpha: true, cellsScale: 0, frameScale: 0, irosaScale: 0 };
      if (at.element.kind === 'array') w.irosaScale = wingScale(r.state).cells || STOWED;
      else {
        const s = wingScale(r.state);
        const last = at.element.attachments[at.element.attachments.length - 1];
        Object.assign(w, { matrix, alpha: at.attachment === last, cellsScale: s.cells, frameScale: s.frame });
      }
      wings.set(r.wing, w);
      keyParts.push(`${r.wing}:${r.state}:${at.element.id}@${at.element.attachments.indexOf(at.attachment)}`);
    }
  }
  for (const [id, m] of matrices) if (m !== IDENTITY) keyParts.push(`${id}@${present.get(id)!.element.attachments.indexOf(present.get(id)!.attachment)}`);
  return { partsLo, partsHi, matrices, wings, key: keyParts.join(',') };
}

/** `wings-deployed`, `wings-retracted`: a look that shows with its element's (first) wing in that state. */
function lookShown(look: string, at: ElementAt): boolean {
  const state = at.arrays[0]?.state;
  if (look === 'wings-retracted') return state === 'retracted';
  if (look === 'wings-deployed') return state !== undefined && state !== 'retracted';
  return false;
}

/** Writes a look into the shader uniforms: masks, and the movers' matrices (slot = part number − 1). */
export function applyLook(layout: StationLayout, look: StationLook): void {
  stationUniforms.uPartsLo.value = look.partsLo;
  stationUniforms.uPartsHi.value = look.partsHi;
  for (let k = 0; k < MOVER_SLOTS; k++) {
    const id = layout.partNames[k];
    stationUniforms.uMove.value[k].copy((id && look.matrices.get(id)) || IDENTITY);
  }
}

const corner = new Vector3();

/** An axis-aligned box moved by a matrix: the box around its eight moved corners. */
export function movedBox(box: Box3, m: Matrix4, out: Box3): Box3 {
  out.makeEmpty();
  for (let i = 0; i < 8; i++) {
    corner.set(i & 1 ? box.max.x : box.min.x, i & 2 ? box.max.y : box.min.y, i & 4 ? box.max.z : box.min.z);
    out.expandByPoint(corner.applyMatrix4(m));
  }
  return out;
}
