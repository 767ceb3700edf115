import { describe, expect, it } from 'vitest';
import assemblyJson from '../../src/content/assembly.json';
import manifestJson from '../../src/content/docking-manifest.json';
import { parseAssembly } from '../../src/spacecraft/assembly';
import {
  MANIFEST_AS_OF,
  PORT_ELEMENT,
  dockedAsOf,
  dockedAt,
  parseManifest,
  type ManifestEntry,
} from '../../src/spacecraft/manifest';

const { entries, errors } = parseManifest(manifestJson);
const vehicleOf = (e: ManifestEntry) => e.segmentOf ?? e.id;
const show = (list: readonly ManifestEntry[]) => list.map((e) => `${vehicleOf(e)}@${e.port}`).sort();
const at = (iso: string) => show(dockedAt(entries, Date.parse(iso)));
const byId = (id: string) => entries.find((e) => e.id === id)!;

const good = (over: Record<string, unknown> = {}) => ({
  id: 'x',
  vehicle: 'soyuz-ms',
  name: 'Soyuz X',
  port: 'poisk-zenith',
  from: '2025-01-01T00:00:00Z',
  to: '2025-02-01T00:00:00Z',
  source: 'test',
  ...over,
});

// The 74 vehicles of iss-visiting-vehicles.json (Feb 2021 – Apr 2026), by the ids this project gives them.
const DATASET_VEHICLES = [
  ...[14, 15, 16, 17, 18, 19, 20, 21, 22, 23, 24, 25, 26, 27, 28, 29, 30, 31, 32, 33, 34].map((n) => `progress-ms-${n}`),
  ...[17, 18, 19, 20, 21, 22, 23, 24, 25, 26, 27, 28].map((n) => `soyuz-ms-${n}`),
  ...[1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12].map((n) => `crew-${n}`),
  ...[21, 22, 23, 25, 26, 27, 28, 29, 30, 31, 32, 33].map((n) => `crs-${n}`),
  ...[15, 16, 17, 18, 19, 20, 21, 23, 24].map((n) => `cygnus-ng-${n}`),
  ...[1, 2, 3, 4].map((n) => `axiom-${n}`),
  'oft-2',
  'cft',
  'htv-x1',
  'progress-m-um',
];

describe('docking manifest', () => {
  it('the bundled manifest parses with no errors and every entry names its source', () => {
    expect(errors).toEqual([]);
    expect(entries.length).toBe(manifestJson.entries.length);
    for (const e of entries) expect(e.source.length).toBeGreaterThan(10);
  });

  it('lists every dataset vehicle plus Soyuz TM-31 and Demo-2, each stay once', () => {
    expect(DATASET_VEHICLES).toHaveLength(74);
    const firsts = entries.filter((e) => e.segmentOf === undefined).map((e) => e.id);
    expect([...firsts].sort()).toEqual([...DATASET_VEHICLES, 'soyuz-tm-31', 'demo-2'].sort());
  });

  // Expected vehicles and ports read off iss-visiting-vehicles.json at instants where no two of its listings collide.
  it.each([
    ['2021-08-20T00:00:00Z', ['progress-ms-17@poisk-zenith', 'soyuz-ms-18@rassvet-nadir', 'crew-2@harmony-zenith', 'cygnus-ng-16@unity-nadir']],
    ['2022-08-01T00:00:00Z', ['progress-ms-19@poisk-zenith', 'soyuz-ms-21@prichal-nadir', 'crew-4@harmony-zenith', 'progress-ms-20@zvezda-aft', 'crs-25@harmony-forward']],
    [
      '2023-12-15T00:00:00Z',
      ['progress-ms-24@zvezda-aft', 'crew-7@harmony-zenith', 'soyuz-ms-24@rassvet-nadir', 'crs-29@harmony-forward', 'progress-ms-25@prichal-nadir', 'cygnus-ng-19@unity-nadir'],
    ],
    [
      '2024-11-10T00:00:00Z',
      ['crew-9@harmony-zenith', 'soyuz-ms-26@rassvet-nadir', 'crs-31@harmony-forward', 'progress-ms-27@poisk-zenith', 'cygnus-ng-21@unity-nadir', 'progress-ms-28@zvezda-aft'],
    ],
    ['2025-09-01T00:00:00Z', ['crew-11@harmony-zenith', 'soyuz-ms-27@prichal-nadir', 'crs-33@harmony-forward', 'progress-ms-31@poisk-zenith', 'progress-ms-30@zvezda-aft']],
    [
      '2026-03-01T00:00:00Z',
      [
        'crew-12@harmony-zenith',
        'soyuz-ms-28@rassvet-nadir',
        'crs-33@harmony-forward',
        'progress-ms-31@poisk-zenith',
        'progress-ms-32@zvezda-aft',
        'cygnus-ng-23@unity-nadir',
        'htv-x1@harmony-nadir',
      ],
    ],
  ])('on %s the vehicles and ports are the dataset’s', (iso, expected) => {
    expect(at(iso)).toEqual([...expected].sort());
  });

  it('Soyuz MS-27 docked at 08:57 UTC on 8 Apr 2025 and undocked at 01:41 UTC on 9 Dec 2025, at Prichal nadir', () => {
    const ms27 = byId('soyuz-ms-27');
    expect([ms27.from, ms27.to, ms27.port]).toEqual(['2025-04-08T08:57:00Z', '2025-12-09T01:41:00Z', 'prichal-nadir']);
    expect(at('2025-04-08T08:56:59Z')).not.toContain('soyuz-ms-27@prichal-nadir');
    expect(at('2025-12-09T01:40:59Z')).toContain('soyuz-ms-27@prichal-nadir');
    expect(at('2025-12-09T01:41:00Z')).not.toContain('soyuz-ms-27@prichal-nadir');
  });

  it('after 28 Apr 2026 shows the last known set, marked "as of 2026-04-28"; before, no marker', () => {
    const last = ['soyuz-ms-28@rassvet-nadir', 'crew-12@harmony-zenith', 'progress-ms-33@poisk-zenith', 'cygnus-ng-24@unity-nadir', 'progress-ms-34@zvezda-aft'];
    for (const iso of ['2026-04-28T00:00:00Z', '2026-06-01T00:00:00Z', '2031-01-01T00:00:00Z']) {
      const view = dockedAsOf(entries, Date.parse(iso));
      expect(view.asOf).toBe('2026-04-28');
      expect(show(view.entries)).toEqual([...last].sort());
    }
    expect(MANIFEST_AS_OF).toBe('2026-04-28');
    const before = dockedAsOf(entries, Date.parse('2026-04-27T23:00:00Z'));
    expect(before.asOf).toBeNull();
    expect(show(before.entries)).toEqual([...last].sort());
    expect(dockedAsOf(entries, Date.parse('2025-09-01T00:00:00Z')).asOf).toBeNull();
  });

  it('ends stays the dataset leaves open inside its range at the time it dropped the vehicle', () => {
    expect(byId('crs-33').to).toBe('2026-03-03T15:44:13Z');
    expect(at('2026-03-04T00:00:00Z')).not.toContain('crs-33@harmony-forward');
    expect(entries.filter((e) => e.to === null).map((e) => e.id).sort()).toEqual(['crew-12', 'cygnus-ng-24', 'progress-ms-33', 'progress-ms-34', 'soyuz-ms-28']);
  });

  it('shows Demo-2 and Progress MS-14 on 2020-06-15, Soyuz TM-31 at Zvezda aft in Nov 2000, nothing in 2019', () => {
    expect(at('2020-06-15T00:00:00Z')).toEqual(['demo-2@harmony-forward', 'progress-ms-14@zvezda-aft']);
    expect(at('2000-11-15T00:00:00Z')).toEqual(['soyuz-tm-31@zvezda-aft']);
    expect(at('2019-06-15T00:00:00Z')).toEqual([]);
  });

  it('records the sourced relocations: MS-17 to Poisk, MS-18 to Nauka, Crew-6 to Harmony forward', () => {
    expect(at('2021-03-01T00:00:00Z')).toContain('soyuz-ms-17@rassvet-nadir');
    expect(at('2021-04-01T00:00:00Z')).toContain('soyuz-ms-17@poisk-zenith');
    expect(at('2021-10-01T00:00:00Z')).toContain('soyuz-ms-18@nauka-nadir');
    expect(at('2023-04-01T00:00:00Z')).toContain('crew-6@harmony-zenith');
    expect(at('2023-06-15T00:00:00Z')).toEqual(expect.arrayContaining(['crew-6@harmony-forward', 'crs-28@harmony-zenith']));
  });

  it('keeps a vehicle that outlasted its listed port aboard with no port while the other held it', () => {
    expect(at('2024-07-01T00:00:00Z')).toEqual(expect.arrayContaining(['crew-8@null', 'cft@harmony-forward']));
    expect(at('2023-07-01T00:00:00Z')).toEqual(expect.arrayContaining(['soyuz-ms-23@null', 'progress-ms-23@poisk-zenith']));
  });

  it('puts no two vehicles on one port at once', () => {
    for (const a of entries) {
      for (const b of entries) {
        if (a === b || a.port === null || a.port !== b.port) continue;
        expect(a.fromMs < b.toMs && b.fromMs < a.toMs, `${a.id} and ${b.id} on ${a.port}`).toBe(false);
      }
    }
  });

  it('docks each vehicle only while the element carrying its port is on the station (assembly.json)', () => {
    const elements = new Map(parseAssembly(assemblyJson).elements.map((e) => [e.id, e]));
    for (const e of entries) {
      if (e.port === null) continue;
      const host = elements.get(PORT_ELEMENT[e.port])!;
      expect(host.arrivedMs <= e.fromMs && e.toMs <= host.departedMs, `${e.id} at ${e.port}`).toBe(true);
    }
  });

  it('marks the integrated-crew seat swaps from the crews’ agencies, and the berthed vehicles', () => {
    const swaps = entries.filter((e) => e.seatSwap && e.segmentOf === undefined).map((e) => e.id);
    expect(swaps).toEqual(expect.arrayContaining(['soyuz-ms-22', 'crew-5', 'crew-11', 'soyuz-ms-27', 'soyuz-ms-28']));
    // NASA seats on Soyuz before the July 2022 agreement were bought, not swapped (facts.md T10, T12).
    for (const id of ['soyuz-ms-17', 'soyuz-ms-18', 'soyuz-ms-21', 'crew-4', 'soyuz-ms-20', 'axiom-1']) expect(byId(id).seatSwap, id).toBe(false);
    expect(byId('crew-5').crew).toContainEqual({ name: 'Anna Kikina', agency: 'Roscosmos' });
    expect(byId('crew-11').crew.map((c) => c.agency)).toEqual(['NASA', 'NASA', 'JAXA', 'Roscosmos']);
    expect(entries.filter((e) => e.berthed).every((e) => e.vehicle === 'cygnus' || e.vehicle === 'htv-x')).toBe(true);
    expect(byId('htv-x1')).toMatchObject({ berthed: true, port: 'harmony-nadir' });
    expect(byId('crs-33').berthed).toBe(false);
  });

  it('rejects an unknown port, naming the entry and field, and keeps the others', () => {
    const { entries: ok, errors: errs } = parseManifest({ entries: [good({ id: 'bad', port: 'unity-aft' }), good({ id: 'ok' })] }, 'm.json');
    expect(ok.map((e) => e.id)).toEqual(['ok']);
    expect(errs).toHaveLength(1);
    expect(errs[0]).toMatch(/^m\.json: entry 1 \("bad"\): port: /);
  });

  it('rejects an unparsable date, a crew member without an agency, a segment of no earlier entry', () => {
    expect(parseManifest({ entries: [good({ id: 'd', from: '1st of May' })] }, 'm.json').errors[0]).toMatch(/entry 1 \("d"\): from: not an ISO-8601 UTC instant/);
    expect(parseManifest({ entries: [good({ id: 'c', crew: [{ name: 'A' }] })] }, 'm.json').errors[0]).toMatch(/entry 1 \("c"\): crew\.0\.agency: /);
    expect(parseManifest({ entries: [good({ id: 's', segmentOf: 'x' })] }, 'm.json').errors[0]).toMatch(/entry 1 \("s"\): segmentOf: "x" is not an earlier entry/);
  });

  it('rejects a second vehicle overlapping the same port, naming both; unrecorded ports never clash', () => {
    const { entries: ok, errors: errs } = parseManifest(
      { entries: [good({ id: 'a' }), good({ id: 'b', from: '2025-01-15T00:00:00Z', to: null }), good({ id: 'c', port: null }), good({ id: 'd', port: null })] },
      'm.json',
    );
    expect(ok.map((e) => e.id)).toEqual(['a', 'c', 'd']);
    expect(errs).toEqual(['m.json: entry 2 ("b"): port: "poisk-zenith" is already taken by "a" over these dates']);
  });

  it('rejects an entry that ends before it starts, a repeated id, and a file without entries', () => {
    expect(parseManifest({ entries: [good({ to: '2024-01-01T00:00:00Z' })] }).errors[0]).toMatch(/to: must be after/);
    expect(parseManifest({ entries: [good(), good({ port: 'zvezda-aft' })] }).errors[0]).toMatch(/entry 2 \("x"\): id: "x" is already defined/);
    expect(parseManifest({}).errors[0]).toMatch(/"entries" must be an array/);
  });
});
