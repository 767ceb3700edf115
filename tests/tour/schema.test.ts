import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { loadTours, TOUR_FILES } from '../../src/tour/loadTour';
import { parseTour } from '../../src/tour/schema';

const TOURS_DIR = fileURLToPath(new URL('../../src/content/tours/', import.meta.url));
const tourFileNames = readdirSync(TOURS_DIR).filter((f) => f.endsWith('.json'));

function readTour(fileName: string): unknown {
  return JSON.parse(readFileSync(TOURS_DIR + fileName, 'utf8'));
}

/** A deep copy of common-orbit.json to break on purpose. */
function commonOrbitCopy(): { waypoints: Record<string, unknown>[] } & Record<string, unknown> {
  return structuredClone(readTour('common-orbit.json')) as { waypoints: Record<string, unknown>[] } & Record<string, unknown>;
}

function errorsOf(json: unknown, fileName = 'common-orbit.json'): string[] {
  const result = parseTour(json, fileName);
  if (result.ok) throw new Error('expected the tour to be rejected');
  return result.errors;
}

describe('tour files', () => {
  it('finds at least the main tour', () => {
    expect(tourFileNames).toContain('common-orbit.json');
  });

  it.each(tourFileNames)('%s parses without errors', (fileName) => {
    const result = parseTour(readTour(fileName), fileName);
    expect(result.ok ? [] : result.errors).toEqual([]);
  });

  it('loadTour.ts finds every file in src/content/tours', () => {
    expect(TOUR_FILES.map((f) => f.fileName).sort()).toEqual([...tourFileNames].sort());
  });

  it('loadTours() validates the bundled tours with no errors', () => {
    const { tours, errors } = loadTours();
    expect(errors).toEqual([]);
    expect(tours.map((t) => t.id)).toContain('common-orbit');
  });
});

describe('parseTour error messages', () => {
  it('names the file, the waypoint index and id, and the field for each problem in a broken copy', () => {
    const broken = commonOrbitCopy();
    expect(broken.waypoints[3].id).toBe('shuttle-mir');
    broken.waypoints[0].instant = '1957-13-04T19:28:34Z';
    broken.waypoints[3].camera = { kind: 'ground', latDeg: 95, lonDeg: 63.3 };
    delete broken.waypoints[5].captionKey;
    broken.waypoints[7].sources = [];

    const errors = errorsOf(broken);
    const id = (i: number) => broken.waypoints[i].id as string;
    expect(errors).toContain('common-orbit.json: waypoint 3 ("shuttle-mir"): camera.latDeg: Number must be ≤ 90');
    expect(errors).toContain(`common-orbit.json: waypoint 5 ("${id(5)}"): captionKey: Required`);
    expect(errors).toContain(`common-orbit.json: waypoint 7 ("${id(7)}"): sources: Must have at least 1 item`);
    expect(errors.some((e) => e.startsWith(`common-orbit.json: waypoint 0 ("${id(0)}"): instant: `))).toBe(true);
    expect(errors).toHaveLength(4);
  });

  it('rejects instants that are not parseable ISO-8601 UTC', () => {
    for (const instant of ['1975-07-17 16:09:09', '1975-07-17T16:09Z', '1975-02-30T00:00:00Z', '1975-07-17T16:09:09+03:00', 'yesterday']) {
      const broken = commonOrbitCopy();
      broken.waypoints[2].instant = instant;
      expect(errorsOf(broken)).toEqual([
        `common-orbit.json: waypoint 2 ("apollo-soyuz"): instant: Must be an ISO-8601 UTC instant with seconds, e.g. 1975-07-17T16:09:09Z`,
      ]);
    }
  });

  it('checks camera kinds and ranges', () => {
    const broken = commonOrbitCopy();
    broken.waypoints[0].camera = { kind: 'ground', latDeg: 45, lonDeg: -181, altitudeKm: 400 };
    broken.waypoints[1].camera = { kind: 'mars' };
    broken.waypoints[2].camera = { kind: 'earth', latDeg: 10 };
    const errors = errorsOf(broken);
    expect(errors).toContain('common-orbit.json: waypoint 0 ("sputnik-1"): camera.lonDeg: Number must be ≥ -180');
    expect(errors).toContain('common-orbit.json: waypoint 0 ("sputnik-1"): camera: Unknown field "altitudeKm"');
    expect(errors.find((e) => e.startsWith('common-orbit.json: waypoint 1 ("apollo-11"): camera.kind: '))).toMatch(/"mars".*earth, iss, moon, shackleton, ground, craft/);
    expect(errors).toContain('common-orbit.json: waypoint 2 ("apollo-soyuz"): camera: Unknown field "latDeg"');
  });

  it('checks layers, vehicle, sources, holdSeconds, ids and unknown fields', () => {
    const broken = commonOrbitCopy();
    broken.waypoints[0].layers = ['orbit', 'clouds'];
    broken.waypoints[1].layers = ['orbit', 'orbit'];
    broken.waypoints[2].vehicle = 'skylab';
    broken.waypoints[3].sources = [{ label: 'FTP mirror', url: 'ftp://example.org/sts-71' }];
    broken.waypoints[4].holdSeconds = 3;
    broken.waypoints[5].id = 'Progress Collision';
    broken.waypoints[6].captonKey = 'typo';
    const errors = errorsOf(broken);
    expect(errors).toContain('common-orbit.json: waypoint 0 ("sputnik-1"): layers[1]: Expected one of "orbit", "groundTrack", "stars", "moon", "markers", "labels", "light", got "clouds"');
    expect(errors).toContain('common-orbit.json: waypoint 1 ("apollo-11"): layers: Must not list a layer twice');
    expect(errors.some((e) => e.startsWith('common-orbit.json: waypoint 2 ("apollo-soyuz"): vehicle: Expected one of "iss", "mir", "astp"'))).toBe(true);
    expect(errors).toContain('common-orbit.json: waypoint 3 ("shuttle-mir"): sources[0].url: Must be an http(s) URL');
    expect(errors).toContain('common-orbit.json: waypoint 4 ("mir-fire"): holdSeconds: Number must be ≥ 4');
    expect(errors).toContain('common-orbit.json: waypoint 5 ("Progress Collision"): id: Must be a kebab-case id (e.g. "shuttle-mir")');
    expect(errors).toContain('common-orbit.json: waypoint 6 ("zarya"): (waypoint): Unknown field "captonKey"');
  });

  it('rejects duplicate waypoint ids', () => {
    const broken = commonOrbitCopy();
    broken.waypoints[7].id = 'zarya';
    expect(errorsOf(broken)).toEqual(['common-orbit.json: waypoint 7 ("zarya"): id: Duplicate waypoint id "zarya"']);
  });

  it('labels a waypoint without an id, and tour-level problems without a waypoint', () => {
    const broken = commonOrbitCopy();
    delete broken.waypoints[1].id;
    delete broken.titleKey;
    const errors = errorsOf(broken, 'x.json');
    expect(errors).toContain('x.json: waypoint 1 (without id): id: Required');
    expect(errors).toContain('x.json: titleKey: Required');
    expect(errorsOf({ id: 'empty', titleKey: 'tour.empty.title', waypoints: [] }, 'empty.json')).toEqual([
      'empty.json: waypoints: Must have at least 1 item',
    ]);
    expect(errorsOf('not a tour', 'bad.json')).toEqual(['bad.json: (tour): Expected object, got "not a tour"']);
  });

  it('loadTours() keeps the valid tours and reports the broken and duplicate ones', () => {
    const good = readTour('common-orbit.json');
    const broken = commonOrbitCopy();
    broken.waypoints[0].holdSeconds = 1;
    const { tours, errors } = loadTours([
      { fileName: 'common-orbit.json', json: good },
      { fileName: 'broken.json', json: broken },
      { fileName: 'again.json', json: good },
    ]);
    expect(tours.map((t) => t.id)).toEqual(['common-orbit']);
    expect(errors).toEqual([
      'broken.json: waypoint 0 ("sputnik-1"): holdSeconds: Number must be ≥ 4',
      'again.json: id: Tour id "common-orbit" is already used by common-orbit.json',
    ]);
  });
});
