import { readFileSync } from 'node:fs';
import { Matrix4, Vector3, type Object3D } from 'three';
import { GLTFLoader } from 'three/examples/jsm/loaders/GLTFLoader.js';
import { beforeAll, describe, expect, it } from 'vitest';
import assemblyJson from '../../src/content/assembly.json';
import { stationAt, parseAssembly } from '../../src/spacecraft/assembly';
import { stationLook, type StationLook } from '../../src/scene/station/stationAssembly';
import { buildStation, markersOf, portsOf, poseArrays, stationExtent, type StationParts } from '../../src/scene/station/stationModel';

/*
 * The station drawn by date (models/iss.glb tagged per element, src/scene/station/stationAssembly.ts) against
 * the assembly data: what shows is what was there, where it was. Positions in model metres (x forward,
 * y zenith, z starboard; models/README.md); tolerance 1 cm unless said.
 */

(globalThis as { self?: unknown }).self ??= globalThis;

const assembly = parseAssembly(assemblyJson).elements;
/** Present in the assembly data but not drawn as a part of the hull: the arm and Bishop are not modelled; iROSAs are instances. */
const NOT_IN_HULL = new Set(['canadarm2', 'bishop', 'irosa-2b', 'irosa-4b', 'irosa-3a', 'irosa-4a', 'irosa-1a', 'irosa-1b']);

let parts: StationParts;
beforeAll(async () => {
  const bytes = readFileSync('models/iss.glb');
  const gltf = await new GLTFLoader().parseAsync(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer, '');
  parts = buildStation(gltf.scene as Object3D, () => undefined);
});

const at = (iso: string): StationLook => stationLook(parts.layout, stationAt(assembly, Date.parse(iso)));

/** Element ids whose parts show (looks like `zarya#wings-deployed` count for their element). */
function shownElements(look: StationLook): Set<string> {
  const out = new Set<string>();
  parts.layout.partNames.forEach((name, k) => {
    const bit = k < 32 ? (look.partsLo >>> k) & 1 : (look.partsHi >>> (k - 32)) & 1;
    if (bit) out.add(name.split('#')[0]);
  });
  return out;
}

function shownLooks(look: StationLook): string[] {
  return parts.layout.partNames.filter((_, k) => (k < 32 ? (look.partsLo >>> k) & 1 : (look.partsHi >>> (k - 32)) & 1));
}

/** Where a point of the finished model (an element's interface) is drawn at the look's date. */
function placed(look: StationLook, id: string, modelPoint: Vector3): Vector3 {
  const m = look.matrices.get(id);
  if (!m) throw new Error(`${id} is not placed`);
  return modelPoint.clone().applyMatrix4(m);
}

const berthPoint = (key: string) => new Vector3().setFromMatrixPosition(parts.layout.berths.get(key)!);

describe('the station drawn by date', () => {
  it.each([
    '1998-11-25T12:00:00Z',
    '1998-12-15T12:00:00Z',
    '2000-08-05T12:00:00Z',
    '2001-03-20T12:00:00Z',
    '2008-02-20T12:00:00Z',
    '2010-03-01T12:00:00Z',
    '2016-06-15T12:00:00Z',
    '2021-08-05T12:00:00Z',
    '2022-06-15T12:00:00Z',
    '2026-12-01T12:00:00Z',
  ])('at %s shows exactly the elements the assembly data has on the station', (iso) => {
    const present = stationAt(assembly, Date.parse(iso)).map((e) => e.element.id);
    const expected = present.filter((id) => !NOT_IN_HULL.has(id));
    expect([...shownElements(at(iso))].sort()).toEqual(expected.sort());
  });

  it('shows Zarya alone in Nov 1998, then Unity between the two PMAs, with PMA-2 on Unity forward', () => {
    expect([...shownElements(at('1998-11-25T12:00:00Z'))]).toEqual(['zarya']);
    const look = at('1998-12-15T12:00:00Z');
    expect([...shownElements(look)].sort()).toEqual(['pma-1', 'pma-2', 'unity', 'zarya']);
    // PMA-2's base (its final berth, Harmony forward) is drawn on Unity's forward face.
    const base = placed(look, 'pma-2', berthPoint('harmony:forward'));
    expect(base.distanceTo(berthPoint('unity:forward'))).toBeLessThan(0.01);
  });

  it('moves PMA-2 to Z1 forward (10–12 Feb 2001), Destiny forward (2001–2007) and Harmony forward with Harmony', () => {
    const z1 = placed(at('2001-02-11T00:00:00Z'), 'pma-2', berthPoint('harmony:forward'));
    expect(z1.distanceTo(berthPoint('z1:forward'))).toBeLessThan(0.01);
    const destiny = placed(at('2005-01-01T00:00:00Z'), 'pma-2', berthPoint('harmony:forward'));
    expect(destiny.distanceTo(berthPoint('destiny:forward'))).toBeLessThan(0.01);
    // 12–14 Nov 2007: PMA-2 on Harmony, Harmony still on Unity's port side; PMA-2 points port (−z) with it.
    const look = at('2007-11-13T00:00:00Z');
    const harmonyBase = placed(look, 'harmony', berthPoint('destiny:forward'));
    expect(harmonyBase.distanceTo(berthPoint('unity:port'))).toBeLessThan(0.01);
    const axis = new Vector3(1, 0, 0).transformDirection(look.matrices.get('pma-2')!);
    expect(axis.distanceTo(new Vector3(0, 0, -1))).toBeLessThan(1e-6);
    expect(at('2008-01-01T00:00:00Z').matrices.get('pma-2')!.equals(new Matrix4())).toBe(true);
  });

  it('puts PMA-3 on Unity nadir, Unity port, Harmony zenith and Tranquility port on their dates', () => {
    const base = (iso: string) => placed(at(iso), 'pma-3', berthPoint('harmony:zenith'));
    expect(base('2000-11-01T00:00:00Z').distanceTo(berthPoint('unity:nadir'))).toBeLessThan(0.01);
    expect(base('2005-01-01T00:00:00Z').distanceTo(berthPoint('unity:port'))).toBeLessThan(0.01);
    expect(base('2010-02-01T00:00:00Z').distanceTo(berthPoint('harmony:zenith'))).toBeLessThan(0.01);
    expect(base('2012-01-01T00:00:00Z').distanceTo(berthPoint('tranquility:port'))).toBeLessThan(0.01);
  });

  it('stands P6 on Z1 with its wings port and starboard until Oct 2007, leaves it out while on the arm, then at the port end', () => {
    const look = at('2001-03-20T12:00:00Z');
    expect(placed(look, 'p6', berthPoint('p5:port')).distanceTo(berthPoint('z1:zenith'))).toBeLessThan(0.01);
    const wing2B = look.wings.get('2B')!;
    expect(wing2B.alpha).toBe(false);
    poseArrays(parts, 0, 0, new Vector3(0, 1, 0), look);
    const tips = parts.wingInstances.map((w, i) => {
      const m = new Matrix4();
      parts.wings[0].getMatrixAt(i, m);
      return { wing: w.wing, tip: new Vector3(0, 34, 0).applyMatrix4(m), root: new Vector3().applyMatrix4(m) };
    });
    for (const { wing, tip, root } of tips.filter((t) => t.wing === '2B' || t.wing === '4B')) {
      const along = tip.clone().sub(root).normalize();
      expect(Math.abs(along.z), wing).toBeGreaterThan(0.999); // spanning port–starboard
      expect(root.y, wing).toBeGreaterThan(5); // above the modules, on Z1
    }
    // The other six wings are not there yet: their blankets are collapsed to nothing.
    for (const { wing, tip, root } of tips.filter((t) => t.wing !== '2B' && t.wing !== '4B')) expect(tip.distanceTo(root), wing).toBeLessThan(0.001);

    expect(at('2007-10-29T00:00:00Z').matrices.has('p6')).toBe(false);
    expect(shownElements(at('2007-10-29T00:00:00Z')).has('p6')).toBe(false);
    const final = at('2007-11-05T00:00:00Z');
    expect(final.matrices.get('p6')!.equals(new Matrix4())).toBe(true);
    expect(final.wings.get('2B')!.alpha).toBe(true);
  });

  it('draws wings as far out as they were: P6 4B stowed in 2007, half out on 31 Oct 2007, deployed after', () => {
    expect(at('2007-03-01T00:00:00Z').wings.get('4B')).toMatchObject({ cellsScale: 0 });
    expect(at('2007-03-01T00:00:00Z').wings.get('4B')!.frameScale).toBeGreaterThan(0);
    expect(at('2007-10-31T12:00:00Z').wings.get('4B')).toMatchObject({ cellsScale: 0.5 });
    expect(at('2007-11-05T00:00:00Z').wings.get('4B')).toMatchObject({ cellsScale: 1, frameScale: 1 });
  });

  it("shows Zarya's wings deployed until Sep 2007 and folded after", () => {
    expect(shownLooks(at('2005-01-01T00:00:00Z'))).toContain('zarya#wings-deployed');
    expect(shownLooks(at('2005-01-01T00:00:00Z'))).not.toContain('zarya#wings-retracted');
    expect(shownLooks(at('2008-01-01T00:00:00Z'))).toContain('zarya#wings-retracted');
    expect(shownLooks(at('2008-01-01T00:00:00Z'))).not.toContain('zarya#wings-deployed');
  });

  it('shows iROSAs from their dates only', () => {
    expect(at('2021-06-01T00:00:00Z').wings.get('2B')!.irosaScale).toBe(0);
    expect(at('2021-07-01T00:00:00Z').wings.get('2B')!.irosaScale).toBe(1);
    expect(at('2022-06-15T00:00:00Z').wings.get('1A')!.irosaScale).toBe(0);
    expect(at('2024-01-01T00:00:00Z').wings.get('1A')!.irosaScale).toBe(1);
  });

  it('labels and ports follow the elements: Pirs until Jul 2021, Nauka nadir until Prichal, markers where modules were', () => {
    const y2019 = portsOf(parts, at('2019-01-01T00:00:00Z'));
    expect(y2019.has('pirs-nadir')).toBe(true);
    expect(y2019.has('prichal-nadir')).toBe(false);
    const y2021 = portsOf(parts, at('2021-10-01T00:00:00Z'));
    expect(y2021.has('pirs-nadir')).toBe(false);
    expect(y2021.has('nauka-nadir')).toBe(true);
    const markers = markersOf(parts, at('1998-12-15T12:00:00Z')).map((p) => p.name);
    expect(markers.sort()).toEqual(['module-pma-1', 'module-pma-2', 'module-unity', 'module-zarya']);
  });

  it('frames a young station smaller than the finished one', () => {
    const young = stationExtent(parts, at('1998-12-15T12:00:00Z'), { centre: new Vector3(), radiusM: 0 });
    expect(young.radiusM).toBeGreaterThan(12);
    expect(young.radiusM).toBeLessThan(25);
    const finished = stationExtent(parts, at('2024-01-01T00:00:00Z'), { centre: new Vector3(), radiusM: 0 });
    expect(finished.radiusM).toBeGreaterThan(55);
    expect(finished.radiusM).toBeLessThan(70);
  });
});
