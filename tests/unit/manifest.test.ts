import { describe, expect, it } from 'vitest';
import manifestJson from '../../src/content/docking-manifest.json';
import { dockedAt, parseManifest } from '../../src/spacecraft/manifest';

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

describe('docking manifest', () => {
  it('the bundled manifest parses with no errors and every entry names its source', () => {
    const { entries, errors } = parseManifest(manifestJson);
    expect(errors).toEqual([]);
    expect(entries.length).toBe(manifestJson.entries.length);
    for (const e of entries) expect(e.source.length).toBeGreaterThan(10);
  });

  it('shows Crew-11 at Harmony zenith and Soyuz MS-27 at Prichal nadir on 2025-09-01', () => {
    const { entries } = parseManifest(manifestJson);
    const docked = dockedAt(entries, Date.parse('2025-09-01T00:00:00Z')).map((e) => `${e.id}@${e.port}`);
    expect(docked.sort()).toEqual(['crew-11@harmony-zenith', 'soyuz-ms-27@prichal-nadir']);
  });

  it('shows Demo-2 at Harmony forward on 2020-06-15 and nothing from the manifest in 2019', () => {
    const { entries } = parseManifest(manifestJson);
    expect(dockedAt(entries, Date.parse('2020-06-15T00:00:00Z')).map((e) => e.id)).toEqual(['demo-2']);
    expect(dockedAt(entries, Date.parse('2019-06-15T00:00:00Z'))).toEqual([]);
  });

  it('rejects an unknown port, naming the entry and field, and keeps the others', () => {
    const { entries, errors } = parseManifest({ entries: [good({ id: 'bad', port: 'unity-aft' }), good({ id: 'ok' })] }, 'm.json');
    expect(entries.map((e) => e.id)).toEqual(['ok']);
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatch(/^m\.json: entry 1 \("bad"\): port: /);
  });

  it('rejects an unparsable date, naming the field', () => {
    const { errors } = parseManifest({ entries: [good({ id: 'd', from: '1st of May' })] }, 'm.json');
    expect(errors[0]).toMatch(/entry 1 \("d"\): from: not an ISO-8601 UTC instant/);
  });

  it('rejects a second vehicle overlapping the same port, naming both', () => {
    const { entries, errors } = parseManifest(
      { entries: [good({ id: 'a' }), good({ id: 'b', from: '2025-01-15T00:00:00Z', to: null })] },
      'm.json',
    );
    expect(entries.map((e) => e.id)).toEqual(['a']);
    expect(errors[0]).toMatch(/entry 2 \("b"\): port: "poisk-zenith" is already taken by "a"/);
  });

  it('rejects an entry that ends before it starts, and a file without entries', () => {
    expect(parseManifest({ entries: [good({ to: '2024-01-01T00:00:00Z' })] }).errors[0]).toMatch(/to: must be after/);
    expect(parseManifest({}).errors[0]).toMatch(/"entries" must be an array/);
  });
});
