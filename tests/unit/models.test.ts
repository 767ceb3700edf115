import { readFileSync } from 'node:fs';
import { Matrix4, Object3D, Vector3 } from 'three';
import { GLTFLoader } from 'three/examples/jsm/loaders/GLTFLoader.js';
import { beforeAll, describe, expect, it } from 'vitest';
import { rotationBodyToTemeXvv } from '../../src/astro/attitude';
import { propagateTeme, satrecFromLines } from '../../src/astro/sgp4';
import { DEG_PER_RAD, type Mat3, type Vec3 } from '../../src/astro/units';
import { dot, mulMat3Vec3, norm, rotationZ, vec3 } from '../../src/astro/vec';
import { PORTS } from '../../src/spacecraft/manifest';
import { ISS_TLE_2026_09_16 } from '../astro/fixtures/iss-tles';

(globalThis as { self?: unknown }).self ??= globalThis;

async function load(file: string): Promise<Object3D> {
  const bytes = readFileSync(`models/${file}`);
  const gltf = await new GLTFLoader().parseAsync(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer, '');
  gltf.scene.updateMatrixWorld(true);
  return gltf.scene;
}

/** A port's outward docking axis (its local +X), in ISS body axes: model = (X, −Z, Y) of the body. */
function portAxisBody(iss: Object3D, port: string): Vec3 {
  const node = iss.getObjectByName(`port-${port}`);
  if (!node) throw new Error(`no port-${port}`);
  const x = new Vector3(1, 0, 0).transformDirection(node.matrixWorld);
  return [x.x, x.z, -x.y];
}

const angleDeg = (a: Vec3, b: Vec3) => Math.acos(Math.max(-1, Math.min(1, dot(a, b) / (norm(a) * norm(b))))) * DEG_PER_RAD;

let iss: Object3D;
let soyuz: Object3D;
let dragon: Object3D;
beforeAll(async () => {
  [iss, soyuz, dragon] = await Promise.all([load('iss.glb'), load('soyuz-ms.glb'), load('crew-dragon.glb')]);
});

describe('spacecraft models (models/*.glb)', () => {
  it('the ISS has its modules, the ports the docking manifest uses, and the eight array wings', () => {
    for (const m of ['zvezda', 'zarya', 'unity', 'destiny', 'harmony', 'tranquility', 'cupola', 'columbus', 'kibo', 'nauka', 'prichal', 'poisk', 'rassvet', 'quest', 'truss']) {
      expect(iss.getObjectByName(`module-${m}`), m).toBeTruthy();
    }
    for (const p of PORTS) expect(iss.getObjectByName(`port-${p}`), p).toBeTruthy();
    for (const w of ['1A', '1B', '2A', '2B', '3A', '3B', '4A', '4B']) expect(iss.getObjectByName(`wing-${w}`), w).toBeTruthy();
    expect(iss.getObjectByName('array-wing')).toBeTruthy();
  });

  it('Soyuz MS and Crew Dragon have a docking frame and their named parts', () => {
    for (const n of ['dock', 'module-orbital-module', 'module-descent-module', 'module-service-module']) expect(soyuz.getObjectByName(n), n).toBeTruthy();
    for (const n of ['dock', 'module-capsule', 'module-nose-cone', 'module-trunk']) expect(dragon.getObjectByName(n), n).toBeTruthy();
  });

  it('a module marker carries a label, a sourced fact and its extent', () => {
    const d = iss.getObjectByName('module-zvezda')!.userData as { label: string; fact: string; source: string; halfExtents: number[] };
    expect(d.label).toMatch(/Zvezda/);
    expect(d.source).toMatch(/facts\.md/);
    expect(d.halfExtents).toHaveLength(3);
  });

  it('stays within the triangle budget: ISS + Soyuz + Dragon ≤ 60 k triangles', () => {
    let triangles = 0;
    for (const root of [iss, soyuz, dragon]) {
      root.traverse((o) => {
        const g = (o as { geometry?: { index: { count: number } | null; getAttribute(n: string): { count: number } } }).geometry;
        if (g) triangles += (g.index ? g.index.count : g.getAttribute('position').count) / 3;
      });
    }
    expect(triangles).toBeLessThan(60_000);
  });

  it('a vehicle docked at a port (vehicle = port · R_y(180°)) extends away from the station', () => {
    const flip = new Matrix4().makeRotationY(Math.PI);
    for (const [port, away] of [
      ['poisk-zenith', new Vector3(0, 1, 0)],
      ['rassvet-nadir', new Vector3(0, -1, 0)],
      ['harmony-forward', new Vector3(1, 0, 0)],
    ] as const) {
      const place = iss.getObjectByName(`port-${port}`)!.matrixWorld.clone().multiply(flip);
      const tail = new Vector3(-5, 0, 0).applyMatrix4(place).sub(new Vector3().setFromMatrixPosition(place));
      expect(tail.normalize().dot(away), port).toBeGreaterThan(0.99);
    }
  });
});

describe('ports in flight (+XVV attitude, facts.md §2.2)', () => {
  const satrec = satrecFromLines(ISS_TLE_2026_09_16.line1, ISS_TLE_2026_09_16.line2);
  const epochMs = (satrec.jdsatepoch - 2440587.5) * 86_400_000;
  for (const minutes of [0, 23, 47, 71, 600]) {
    it(`at epoch + ${minutes} min: nadir ports point to the Earth's centre and zenith ports away within 1°, Harmony forward along the velocity within 1°`, () => {
      const r = vec3();
      const v = vec3();
      expect(propagateTeme(satrec, epochMs + minutes * 60_000, r, v)).toBeNull();
      const m: Mat3 = rotationZ(0);
      rotationBodyToTemeXvv(r, v, m);
      const toTeme = (port: string) => mulMat3Vec3(m, portAxisBody(iss, port), vec3());
      const down: Vec3 = [-r[0], -r[1], -r[2]];
      for (const p of ['rassvet-nadir', 'prichal-nadir']) expect(angleDeg(toTeme(p), down), p).toBeLessThan(1);
      for (const p of ['poisk-zenith', 'harmony-zenith']) expect(angleDeg(toTeme(p), r), p).toBeLessThan(1);
      expect(angleDeg(toTeme('harmony-forward'), v)).toBeLessThan(1);
      expect(angleDeg(toTeme('zvezda-aft'), [-v[0], -v[1], -v[2]])).toBeLessThan(1);
    });
  }
});
