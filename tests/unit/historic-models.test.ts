import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { NodeIO, type Document } from '@gltf-transform/core';
import { beforeAll, describe, expect, it } from 'vitest';
import historicJson from '../../src/content/historic-models.json';
import tourJson from '../../src/content/tours/common-orbit.json';
import { isSunlit, sunDirectionEcef, sunDirectionTemeFromEcef } from '../../src/astro/sun';
import type { Vec3 } from '../../src/astro/units';
import { HISTORIC_LEAD_RAD, HISTORIC_ORBITS, historicMeanMotionRadPerS, historicOrbitRadiusKm, historicStateTeme } from '../../src/spacecraft/history';
import { craftOfDate, parseHistoricModels, type HistoricModelsFile } from '../../src/spacecraft/historicModels';
import { parseTour } from '../../src/tour/schema';

const ROOT = join(__dirname, '..', '..');
const parsed = parseHistoricModels(historicJson);
const data = parsed.data as HistoricModelsFile;
const at = (iso: string) => Date.parse(iso);
const clone = () => JSON.parse(JSON.stringify(historicJson)) as typeof historicJson;

describe('historic-models.json', () => {
  it('parses', () => {
    expect(parsed.errors).toEqual([]);
    expect(parsed.ok).toBe(true);
  });

  it('names the file and the field of a schema error', () => {
    const bad = clone();
    bad.models[1].ports[0].axis = [0, -2, 0];
    (bad.modules[0] as { from: string }).from = 'July 1975';
    const errors = parseHistoricModels(bad).errors;
    expect(errors).toContain('historic-models.json: models.1.ports.0.axis: must be a unit vector');
    expect(errors.some((e) => e.startsWith('historic-models.json: modules.0.from: '))).toBe(true);
  });

  it('rejects records that do not agree with each other', () => {
    const bad = clone();
    bad.dockings[0].port = 'spektr-radial';
    bad.models[0].modules.push('gemini');
    bad.dockings[0].to = bad.dockings[0].from;
    expect(parseHistoricModels(bad).errors).toEqual([
      'historic-models.json: models.0.modules.3: "gemini" is not in "modules"',
      'historic-models.json: dockings.0.to: must be after "from"',
      'historic-models.json: dockings.0.port: model "mir-1995" has no port "spektr-radial"',
    ]);
  });

  it('credits every model to its source and licence', () => {
    for (const m of data.models) {
      const s = data.sources[m.source];
      expect(s.credit, m.id).toBeTruthy();
      expect(s.licence, m.id).toMatch(/MIT|NASA/);
    }
    expect(data.sources['orbiter-mir'].copyright).toMatch(/Martin Schweiger, MIT License/);
  });
});

describe('the craft of a date', () => {
  const ids = (iso: string, vehicle: 'mir' | 'astp' = 'mir') => {
    const c = craftOfDate(data, vehicle, at(iso));
    return c && { model: c.model.id, modules: c.modules.map((m) => m.id), docked: c.docked.map((d) => d.docking.id) };
  };

  it('STS-71 (29 Jun 1995): Mir with Kristall and Spektr, no Priroda or Docking Module, Atlantis docked at Kristall', () => {
    const c = craftOfDate(data, 'mir', at('1995-06-29T13:00:16Z'))!;
    expect(c.model.id).toBe('mir-1995');
    const modules = c.modules.map((m) => m.id);
    expect(modules).toEqual(expect.arrayContaining(['mir-core', 'kvant-1', 'kvant-2', 'kristall', 'spektr']));
    expect(modules).not.toContain('priroda');
    expect(modules).not.toContain('mir-docking-module');
    expect(c.docked.map((d) => [d.docking.id, d.model.id, d.port.id])).toEqual([['sts-71', 'shuttle', 'kristall-axial']]);
  });

  it('shows the Shuttle only from the STS-71 docking to the end of 4 Jul 1995 (undocking day)', () => {
    expect(ids('1995-06-29T12:59:59Z')).toBeNull();
    expect(ids('1995-07-02T00:00:00Z')?.docked).toEqual(['sts-71']);
    expect(ids('1995-07-04T23:59:59Z')?.docked).toEqual(['sts-71']);
    // Afterwards Kristall went back to a radial port on a date the sources do not give: no model is claimed.
    expect(ids('1995-07-05T00:00:01Z')).toBeNull();
  });

  it('1997 (fire, Progress M-34): all seven modules, Priroda and the Docking Module included, nothing docked', () => {
    for (const iso of ['1997-02-23T19:35:00Z', '1997-06-25T09:18:00Z']) {
      const c = ids(iso)!;
      expect(c.model, iso).toBe('mir-1997');
      expect(c.modules, iso).toEqual(['mir-core', 'kvant-1', 'kvant-2', 'kristall', 'spektr', 'mir-docking-module', 'priroda']);
      expect(c.docked, iso).toEqual([]);
    }
  });

  it('claims no model where none matches the records: before Spektr, between the Docking Module and Priroda, after the deorbit', () => {
    expect(ids('1994-01-01T00:00:00Z')).toBeNull();
    expect(ids('1996-01-01T00:00:00Z')).toBeNull();
    expect(ids('2001-04-01T00:00:00Z')).toBeNull();
  });

  it('Apollo–Soyuz: the three parts from the docking (17 Jul 1975 16:09:09 UTC) to the end of 19 Jul', () => {
    expect(ids('1975-07-17T16:09:09Z', 'astp')).toEqual({ model: 'apollo-soyuz', modules: ['apollo-csm', 'astp-docking-module', 'soyuz-19'], docked: [] });
    expect(ids('1975-07-17T16:09:08Z', 'astp')).toBeNull();
    expect(ids('1975-07-20T00:00:01Z', 'astp')).toBeNull();
  });

  it('has a model for every tour step that shows an earlier craft', () => {
    const tour = parseTour(tourJson, 'common-orbit.json');
    if (!tour.ok) throw new Error(tour.errors.join('\n'));
    const steps = tour.tour.waypoints.filter((w) => w.vehicle === 'mir' || w.vehicle === 'astp');
    expect(steps.map((w) => w.id)).toEqual(['apollo-soyuz', 'shuttle-mir', 'mir-fire', 'progress-collision']);
    for (const w of steps) expect(craftOfDate(data, w.vehicle as 'mir' | 'astp', at(w.instant)), w.id).not.toBeNull();
    expect(steps.filter((w) => w.camera.kind === 'craft').map((w) => w.id)).toEqual(['apollo-soyuz', 'shuttle-mir']);
  });

  it('a tour step with the craft camera must show an earlier craft', () => {
    const tour = JSON.parse(JSON.stringify(tourJson));
    tour.waypoints[7].camera = { kind: 'craft' };
    const result = parseTour(tour, 'common-orbit.json');
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.errors).toEqual([`common-orbit.json: waypoint 7 ("${tour.waypoints[7].id}"): vehicle: A "craft" camera needs an earlier craft as the vehicle (mir, astp)`]);
  });
});

describe('the illustrative position on the ring', () => {
  const pos: Vec3 = [0, 0, 0];
  const vel: Vec3 = [0, 0, 0];
  const epoch = at('1995-06-29T13:00:16Z');

  it('moves at the circular orbit’s true rate: periods of 88.9 min (Apollo–Soyuz, facts.md T3) and about 92.6 min (Mir) within 0.2 min', () => {
    expect((2 * Math.PI) / historicMeanMotionRadPerS(HISTORIC_ORBITS.astp) / 60).toBeCloseTo(88.9, 0);
    expect(Math.abs((2 * Math.PI) / historicMeanMotionRadPerS(HISTORIC_ORBITS.astp) / 60 - 88.9)).toBeLessThan(0.2);
    expect(Math.abs((2 * Math.PI) / historicMeanMotionRadPerS(HISTORIC_ORBITS.mir) / 60 - 92.6)).toBeLessThan(0.2);
  });

  it('stays on the ring (radius within 1 m, in the 51.6° plane) and returns after one period within 1 m', () => {
    const mir = HISTORIC_ORBITS.mir;
    const i = (mir.inclinationDeg * Math.PI) / 180;
    const normal = [0, -Math.sin(i), Math.cos(i)];
    const period = (2 * Math.PI) / historicMeanMotionRadPerS(mir);
    historicStateTeme(mir, epoch, epoch + 1234e3, pos, vel);
    const first = [...pos];
    expect(Math.abs(Math.hypot(...pos) - historicOrbitRadiusKm(mir))).toBeLessThan(1e-3);
    expect(Math.abs(pos[0] * normal[0] + pos[1] * normal[1] + pos[2] * normal[2])).toBeLessThan(1e-3);
    expect(Math.abs(vel[0] * pos[0] + vel[1] * pos[1] + vel[2] * pos[2])).toBeLessThan(1e-6);
    historicStateTeme(mir, epoch, epoch + 1234e3 + period * 1000, pos, vel);
    expect(Math.hypot(pos[0] - first[0], pos[1] - first[1], pos[2] - first[2])).toBeLessThan(1e-3);
  });

  it('starts each tour step in sunlight, 45° of arc before the ring’s point nearest the Sun', () => {
    for (const w of tourJson.waypoints.filter((w) => w.vehicle === 'mir' || w.vehicle === 'astp')) {
      const orbit = HISTORIC_ORBITS[w.vehicle as 'mir' | 'astp'];
      const t = at(w.instant);
      historicStateTeme(orbit, t, t, pos, vel);
      const sun = sunDirectionTemeFromEcef(t, sunDirectionEcef(t, [0, 0, 0]), [0, 0, 0]);
      expect(isSunlit(pos, sun), w.id).toBe(true);
      // Sun-nearest point: 45° ahead along the velocity.
      const ahead: Vec3 = [0, 0, 0];
      historicStateTeme(orbit, t, t + (HISTORIC_LEAD_RAD / historicMeanMotionRadPerS(orbit)) * 1000, ahead, vel);
      const r = historicOrbitRadiusKm(orbit);
      const cosToSun = (ahead[0] * sun[0] + ahead[1] * sun[1] + ahead[2] * sun[2]) / r;
      const i = (orbit.inclinationDeg * Math.PI) / 180;
      const inPlane = Math.hypot(sun[0], sun[1] * Math.cos(i) + sun[2] * Math.sin(i));
      expect(Math.abs(cosToSun - inPlane), w.id).toBeLessThan(1e-9);
    }
  });
});

/** The JSON chunk of a .glb (glTF 2.0 binary: 12-byte header, then a JSON chunk). */
function glbJson(bytes: Buffer): { extensionsUsed?: string[]; images?: { uri?: string }[]; buffers?: { uri?: string }[] } {
  expect(bytes.readUInt32LE(0)).toBe(0x46546c67); // 'glTF'
  const length = bytes.readUInt32LE(12);
  expect(bytes.readUInt32LE(16)).toBe(0x4e4f534a); // 'JSON'
  return JSON.parse(bytes.subarray(20, 20 + length).toString('utf8'));
}

describe('the built models (public/models)', () => {
  const docs = new Map<string, Document>();
  const bytes = new Map<string, Buffer>();
  beforeAll(async () => {
    const io = new NodeIO();
    for (const m of data.models) {
      const b = readFileSync(join(ROOT, 'public', m.file));
      bytes.set(m.id, b);
      docs.set(m.id, await io.readBinary(new Uint8Array(b)));
    }
  });

  const triangles = (doc: Document) =>
    doc
      .getRoot()
      .listMeshes()
      .flatMap((mesh) => mesh.listPrimitives())
      .reduce((n, p) => n + p.getIndices()!.getCount() / 3, 0);

  it('stay within 9,000 triangles and 4 draw calls each, as the JSON records', () => {
    for (const m of data.models) {
      const doc = docs.get(m.id)!;
      const prims = doc.getRoot().listMeshes().flatMap((mesh) => mesh.listPrimitives());
      expect(triangles(doc), m.id).toBeLessThanOrEqual(9_000);
      expect(triangles(doc), m.id).toBe(m.triangles);
      expect(prims.length, m.id).toBeLessThanOrEqual(4);
      expect(prims.length, m.id).toBe(m.drawCalls);
      expect(bytes.get(m.id)!.byteLength, m.id).toBe(m.bytes);
    }
  });

  it('a close-up shows at most 13,000 triangles of them: the Shuttle–Mir stack of STS-71 is the largest', () => {
    // The tour's close-up frame time is set by triangles (software WebGL): Apollo–Soyuz cost 1.66× the trivial
    // scene with 11,750 of them, Shuttle–Mir 1.94× with 19,494; at these budgets 1.30× and 1.31×.
    const sts71 = craftOfDate(data, 'mir', at('1995-06-30T00:00:00Z'))!;
    const stack = [sts71.model, ...sts71.docked.map((d) => d.model)].reduce((n, m) => n + m.triangles, 0);
    expect(stack).toBeLessThanOrEqual(13_000);
    for (const m of data.models) expect(m.triangles, m.id).toBeLessThanOrEqual(stack);
  });

  it('the single-sided ones (Orbiter’s Mir and Atlantis) face outward: wound from outside, and lit as they are wound', () => {
    // Drawn with back faces culled, a triangle wound inside-out would vanish from the outside and show the inside
    // of the hull behind it. The NASA Apollo–Soyuz model, with open parts, stays two-sided.
    for (const m of data.models) {
      const doc = docs.get(m.id)!;
      for (const p of doc.getRoot().listMeshes().flatMap((mesh) => mesh.listPrimitives())) {
        const single = !p.getMaterial()!.getDoubleSided();
        expect(single, `${m.id} single-sided`).toBe(m.source.startsWith('orbiter-'));
        if (!single) continue;
        const pos = p.getAttribute('POSITION')!.getArray()!;
        const nrm = p.getAttribute('NORMAL')!.getArray()!;
        const idx = p.getIndices()!.getArray()!;
        let agree = 0;
        let counted = 0;
        let volume = 0;
        for (let t = 0; t < idx.length; t += 3) {
          const [a, b, c] = [idx[t], idx[t + 1], idx[t + 2]];
          const e1 = [0, 1, 2].map((k) => pos[3 * b + k] - pos[3 * a + k]);
          const e2 = [0, 1, 2].map((k) => pos[3 * c + k] - pos[3 * a + k]);
          const face = [e1[1] * e2[2] - e1[2] * e2[1], e1[2] * e2[0] - e1[0] * e2[2], e1[0] * e2[1] - e1[1] * e2[0]];
          const n = [0, 1, 2].map((k) => nrm[3 * a + k] + nrm[3 * b + k] + nrm[3 * c + k]);
          volume += (face[0] * (pos[3 * a] + pos[3 * b] + pos[3 * c]) + face[1] * (pos[3 * a + 1] + pos[3 * b + 1] + pos[3 * c + 1]) + face[2] * (pos[3 * a + 2] + pos[3 * b + 2] + pos[3 * c + 2])) / 18;
          const dot = face[0] * n[0] + face[1] * n[1] + face[2] * n[2];
          if (dot === 0) continue;
          counted++;
          if (dot > 0) agree++;
        }
        expect(agree / counted, `${m.id} ${p.getMaterial()!.getName()}`).toBeGreaterThan(0.95);
        // The closed hulls enclose a positive volume by their winding: they are wound from outside (m³).
        if (/hull|skin/.test(p.getMaterial()!.getName())) expect(volume, `${m.id} ${p.getMaterial()!.getName()} m³`).toBeGreaterThan(100);
      }
    }
  });

  it('are plain glTF: no extensions (no Draco, no meshopt, no WASM), nothing outside the file, textures at most 1024 px', () => {
    for (const m of data.models) {
      const json = glbJson(bytes.get(m.id)!);
      expect(json.extensionsUsed ?? [], m.id).toEqual([]);
      expect((json.images ?? []).every((i) => i.uri === undefined), m.id).toBe(true);
      expect((json.buffers ?? []).every((b) => b.uri === undefined), m.id).toBe(true);
      for (const t of docs.get(m.id)!.getRoot().listTextures()) {
        const [w, h] = t.getSize()!;
        expect(Math.max(w, h), `${m.id} ${t.getName()}`).toBeLessThanOrEqual(1024);
        expect(t.getMimeType()).toBe('image/jpeg');
      }
    }
  });

  it('carry a marker per module and the ports the JSON lists, at the same place and turned the same way', () => {
    for (const m of data.models) {
      const nodes = docs.get(m.id)!.getRoot().listNodes();
      const markers = nodes.filter((n) => n.getName().startsWith('module-')).map((n) => n.getName().slice(7));
      expect(markers.sort(), m.id).toEqual([...m.modules].sort());
      for (const p of m.ports) {
        const node = nodes.find((n) => n.getName() === `port-${p.id}`)!;
        expect(node, `${m.id} port-${p.id}`).toBeDefined();
        const [x, y, z] = node.getTranslation();
        expect(Math.hypot(x - p.positionM[0], y - p.positionM[1], z - p.positionM[2])).toBeLessThan(1e-3);
        const axis = rotate(node.getRotation(), [1, 0, 0]);
        const up = rotate(node.getRotation(), [0, 1, 0]);
        expect(Math.hypot(axis[0] - p.axis[0], axis[1] - p.axis[1], axis[2] - p.axis[2])).toBeLessThan(1e-4);
        expect(Math.hypot(up[0] - p.up[0], up[1] - p.up[1], up[2] - p.up[2])).toBeLessThan(1e-4);
      }
    }
    expect(docs.get('shuttle')!.getRoot().listNodes().some((n) => n.getName() === 'dock')).toBe(true);
  });

  it('are in metres, to the sizes of station-through-time.md B1', () => {
    const size = (id: string) => {
      const b = data.models.find((m) => m.id === id)!.boundsM;
      return b.max.map((v, k) => v - b.min[k]);
    };
    // Apollo–Soyuz along the track (x): CSM 11.0 + DM 3.15 + Soyuz 7.48 m end to end (the 20.4 m of the
    // NASM sign counts the overlap of the docked interfaces); the Soyuz wings 8.37 m across (z).
    expect(Math.abs(size('apollo-soyuz')[0] - (11.0 + 3.15 + 7.48))).toBeLessThan(0.3);
    expect(Math.abs(size('apollo-soyuz')[2] - 8.37)).toBeLessThan(1.5);
    // Atlantis (docking frame: +Y toward the nose, Z across the wings): 37.2 m long, 23.8 m wingspan.
    expect(Math.abs(size('shuttle')[1] - 37.2)).toBeLessThan(0.3);
    expect(Math.abs(size('shuttle')[2] - 23.8)).toBeLessThan(0.3);
  });

  it('dock Atlantis below Mir at STS-71, its payload bay to Kristall’s port and clear of the station', () => {
    const mir = data.models.find((m) => m.id === 'mir-1995')!;
    const port = mir.ports.find((p) => p.id === 'kristall-axial')!;
    // Kristall's port faces nadir: Atlantis came up from directly below (facts.md T4, R-bar approach).
    expect(port.axis).toEqual([0, -1, 0]);
    expect(port.positionM[1]).toBeLessThan(mir.boundsM.min[1] + 0.5); // Kristall's end is Mir's lowest point
    // Docked: visitor = port · R_y(180°). With the port's X = (0, −1, 0), Y = (1, 0, 0), Z = X × Y = (0, 0, 1),
    // a visitor point (x, y, z) lies at port + (y, x, −z) in Mir's axes: its bay (+X) up toward the station.
    const [px, py, pz] = port.positionM;
    // Mir's vertices in 0.5 m cells; the nearest of them to each of the orbiter's (a sanity check of the
    // clearance, not a surface intersection test: the models' triangles are small near the port).
    const CELL = 0.5;
    const key = (x: number, y: number, z: number) => `${Math.floor(x / CELL)},${Math.floor(y / CELL)},${Math.floor(z / CELL)}`;
    const cells = new Map<string, Array<[number, number, number]>>();
    for (const v of vertices(docs.get('mir-1995')!)) {
      const k = key(...v);
      if (!cells.has(k)) cells.set(k, []);
      cells.get(k)!.push(v);
    }
    let nearestM = Infinity;
    for (const [x, y, z] of vertices(docs.get('shuttle')!)) {
      const m: [number, number, number] = [px + y, py + x, pz - z];
      // The docking mechanisms meet at the port: only there may the two touch.
      if (Math.hypot(m[0] - px, m[1] - py, m[2] - pz) < 1.5) continue;
      const [cx, cy, cz] = m.map((c) => Math.floor(c / CELL));
      for (let a = -1; a <= 1; a++)
        for (let b = -1; b <= 1; b++)
          for (let c = -1; c <= 1; c++)
            for (const v of cells.get(`${cx + a},${cy + b},${cz + c}`) ?? []) nearestM = Math.min(nearestM, Math.hypot(v[0] - m[0], v[1] - m[1], v[2] - m[2]));
    }
    expect(nearestM).toBeGreaterThan(0.5);
  });
});

/** Every vertex position of a document's meshes (their nodes have no transforms). */
function vertices(doc: Document): Array<[number, number, number]> {
  const out: Array<[number, number, number]> = [];
  for (const mesh of doc.getRoot().listMeshes()) {
    for (const prim of mesh.listPrimitives()) {
      const a = prim.getAttribute('POSITION')!.getArray()!;
      for (let i = 0; i < a.length; i += 3) out.push([a[i], a[i + 1], a[i + 2]]);
    }
  }
  return out;
}

/** v turned by the unit quaternion q = [x, y, z, w]. */
function rotate([qx, qy, qz, qw]: number[], [vx, vy, vz]: number[]): number[] {
  const tx = 2 * (qy * vz - qz * vy), ty = 2 * (qz * vx - qx * vz), tz = 2 * (qx * vy - qy * vx);
  return [vx + qw * tx + (qy * tz - qz * ty), vy + qw * ty + (qz * tx - qx * tz), vz + qw * tz + (qx * ty - qy * tx)];
}

describe('nothing at run time reads ../shared', () => {
  /** Files the app is built from or serves: the sources (comments aside), the page, the build config, public/. */
  const files = (dir: string): string[] =>
    readdirSync(dir).flatMap((name) => {
      const path = join(dir, name);
      return statSync(path).isDirectory() ? files(path) : [path];
    });
  const stripComments = (code: string) => code.replace(/\/\*[\s\S]*?\*\//g, '').replace(/(^|[^:'"`])\/\/.*$/gm, '$1');
  const SHARED = /(\.\.\/)+shared\b|\/work\/shared|['"`/]shared\/(models|reference)/;

  it('no source under src/ names a path into shared/ in its code', () => {
    for (const f of files(join(ROOT, 'src')).filter((f) => /\.(ts|tsx|js|mjs)$/.test(f))) {
      expect(SHARED.test(stripComments(readFileSync(f, 'utf8'))), f).toBe(false);
    }
  });

  it('no content file, page or build config points into shared/', () => {
    const texts = [
      ...files(join(ROOT, 'src', 'content')).filter((f) => f.endsWith('.json')),
      join(ROOT, 'index.html'),
      join(ROOT, 'vite.config.ts'),
    ];
    for (const f of texts) expect(/(\.\.\/)+shared\b|\/work\/shared/.test(readFileSync(f, 'utf8')), f).toBe(false);
  });

  it('the historic models ship in public/models and reference nothing outside themselves', () => {
    for (const m of data.models) {
      expect(statSync(join(ROOT, 'public', m.file)).isFile(), m.file).toBe(true);
      const json = glbJson(readFileSync(join(ROOT, 'public', m.file)));
      expect(JSON.stringify(json), m.file).not.toMatch(/shared/);
    }
  });
});
