import { describe, expect, it } from 'vitest';
import assemblyJson from '../../src/content/assembly.json';
import { ELEMENT_IDS, parseAssembly, stationAt, type AssemblyElement } from '../../src/spacecraft/assembly';

const { elements, errors } = parseAssembly(assemblyJson);
const at = (iso: string) => stationAt(elements, Date.parse(iso));
const idsAt = (iso: string) => at(iso).map((s) => s.element.id).sort();
const attachedAt = (id: string, iso: string) => {
  const s = at(iso).find((x) => x.element.id === id);
  return s ? `${s.attachment.host} ${s.attachment.port}` : 'absent';
};
const wingsAt = (id: string, iso: string) =>
  Object.fromEntries(at(iso).find((x) => x.element.id === id)!.arrays.map((r) => [r.wing, r.state]));

// Expected sets written from station-through-time.md Part A (arrival and departure dates), not from the code.
const Y1998_12 = ['zarya', 'pma-1', 'unity', 'pma-2'];
const Y2000_08 = [...Y1998_12, 'zvezda'];
const Y2001_03 = [...Y2000_08, 'z1', 'pma-3', 'p6', 'destiny'];
const Y2008_02 = [...Y2001_03, 'canadarm2', 'quest', 'pirs', 's0', 's1', 'p1', 'p3-p4', 'p5', 's3-s4', 's5', 'harmony', 'columbus'];
const Y2010_03 = [...Y2008_02, 'kibo-elm-ps', 'kibo-pm', 's6', 'kibo-ef', 'poisk', 'tranquility', 'cupola'];
const Y2016_06 = [...Y2010_03, 'rassvet', 'leonardo', 'beam'];
const Y2021_08 = [...Y2016_06.filter((id) => id !== 'pirs'), 'ida-2', 'ida-3', 'bishop', 'irosa-2b', 'irosa-4b', 'nauka'];
const Y2022_06 = [...Y2021_08, 'prichal'];

function element(over: Record<string, unknown> = {}) {
  return {
    id: 'destiny',
    name: 'Destiny',
    kind: 'module',
    attachments: [{ from: '2001-02-10T18:57:00Z', host: 'unity', port: 'forward' }],
    departed: null,
    source: 'test',
    ...over,
  };
}
const zarya = { id: 'zarya', name: 'Zarya', kind: 'module', attachments: [{ from: '1998-11-20T06:40:00Z', host: null, port: null }], departed: null, source: 'test' };
const unity = element({ id: 'unity', attachments: [{ from: '1998-12-07T02:07:00Z', host: 'zarya', port: 'forward' }] });

describe('ISS assembly (assembly.json)', () => {
  it('parses with no errors, one entry per element id in arrival order, each with its source', () => {
    expect(errors).toEqual([]);
    expect(elements.map((e) => e.id)).toEqual([...ELEMENT_IDS]);
    for (const e of elements) expect(e.source.length, e.id).toBeGreaterThan(10);
    const arrivals = elements.map((e) => e.arrivedMs);
    expect(arrivals).toEqual([...arrivals].sort((a, b) => a - b));
  });

  it.each([
    ['1998-11-25T00:00:00Z', ['zarya']],
    ['1998-12-15T00:00:00Z', Y1998_12],
    ['2000-08-05T00:00:00Z', Y2000_08],
    ['2001-03-20T00:00:00Z', Y2001_03],
    ['2008-02-20T00:00:00Z', Y2008_02],
    ['2010-03-01T00:00:00Z', Y2010_03],
    ['2016-06-15T00:00:00Z', Y2016_06],
    ['2021-08-05T00:00:00Z', Y2021_08],
    ['2022-06-15T00:00:00Z', Y2022_06],
  ])('the station on %s', (iso, expected) => {
    expect(idsAt(iso)).toEqual([...expected].sort());
  });

  it('has nothing before Zarya launched and the six iROSAs from June 2023', () => {
    expect(idsAt('1998-11-20T06:39:00Z')).toEqual([]);
    expect(idsAt('2023-07-01T00:00:00Z').filter((id) => id.startsWith('irosa-'))).toEqual(['irosa-1a', 'irosa-1b', 'irosa-2b', 'irosa-3a', 'irosa-4a', 'irosa-4b']);
  });

  it('Pirs leaves at 10:55:33 UTC on 26 Jul 2021 and Nauka takes Zvezda nadir', () => {
    expect(attachedAt('pirs', '2021-07-26T10:55:32Z')).toBe('zvezda nadir');
    expect(attachedAt('pirs', '2021-07-26T10:55:33Z')).toBe('absent');
    expect(attachedAt('nauka', '2021-07-30T00:00:00Z')).toBe('zvezda nadir');
  });

  it('moves PMA-2: Unity forward, Z1, Destiny forward, Harmony forward', () => {
    expect(attachedAt('pma-2', '1999-06-01T00:00:00Z')).toBe('unity forward');
    expect(attachedAt('pma-2', '2001-02-11T00:00:00Z')).toBe('z1 forward');
    expect(attachedAt('pma-2', '2001-03-20T00:00:00Z')).toBe('destiny forward');
    expect(attachedAt('pma-2', '2008-02-20T00:00:00Z')).toBe('harmony forward');
  });

  it('moves PMA-3 through its berths (station-through-time A4)', () => {
    expect(attachedAt('pma-3', '2000-12-01T00:00:00Z')).toBe('unity nadir');
    expect(attachedAt('pma-3', '2001-03-20T00:00:00Z')).toBe('unity port');
    expect(attachedAt('pma-3', '2008-02-20T00:00:00Z')).toBe('unity nadir');
    expect(attachedAt('pma-3', '2010-02-01T00:00:00Z')).toBe('harmony zenith');
    expect(attachedAt('pma-3', '2010-03-01T00:00:00Z')).toBe('tranquility port');
    expect(attachedAt('pma-3', '2021-08-05T00:00:00Z')).toBe('harmony zenith');
  });

  it("berths Harmony on Unity port until 14 Nov 2007, then on Destiny forward; P6 on Z1, the arm, then P5", () => {
    expect(attachedAt('harmony', '2007-11-01T00:00:00Z')).toBe('unity port');
    expect(attachedAt('harmony', '2007-11-15T00:00:00Z')).toBe('destiny forward');
    expect(attachedAt('p6', '2001-03-20T00:00:00Z')).toBe('z1 zenith');
    expect(attachedAt('p6', '2007-10-29T12:00:00Z')).toBe('canadarm2 end-effector');
    expect(attachedAt('p6', '2008-02-20T00:00:00Z')).toBe('p5 port');
  });

  it('moves the Cupola to Tranquility nadir, Leonardo to Tranquility forward, the ELM-PS onto the Kibo PM', () => {
    expect(attachedAt('cupola', '2010-02-13T00:00:00Z')).toBe('tranquility port');
    expect(attachedAt('cupola', '2010-03-01T00:00:00Z')).toBe('tranquility nadir');
    expect(attachedAt('leonardo', '2012-01-01T00:00:00Z')).toBe('unity nadir');
    expect(attachedAt('leonardo', '2016-06-15T00:00:00Z')).toBe('tranquility forward');
    expect(attachedAt('kibo-elm-ps', '2008-04-01T00:00:00Z')).toBe('harmony zenith');
    expect(attachedAt('kibo-elm-ps', '2008-07-01T00:00:00Z')).toBe('kibo-pm zenith');
  });

  it("retracts Zarya's wings in Sep 2007 and P6's 4B (Dec 2006) and 2B (Jun 2007), redeploying both on P5", () => {
    expect(wingsAt('zarya', '2001-03-20T00:00:00Z')).toEqual({ zarya: 'deployed' });
    expect(wingsAt('zarya', '2008-02-20T00:00:00Z')).toEqual({ zarya: 'retracted' });
    expect(wingsAt('p6', '2001-03-20T00:00:00Z')).toEqual({ '2B': 'deployed', '4B': 'deployed' });
    expect(wingsAt('p6', '2007-03-01T00:00:00Z')).toEqual({ '2B': 'deployed', '4B': 'retracted' });
    expect(wingsAt('p6', '2007-07-01T00:00:00Z')).toEqual({ '2B': 'retracted', '4B': 'retracted' });
    expect(wingsAt('p6', '2007-11-01T00:00:00Z')).toEqual({ '2B': 'deployed', '4B': 'partial' });
    expect(wingsAt('p6', '2008-02-20T00:00:00Z')).toEqual({ '2B': 'deployed', '4B': 'deployed' });
    expect(wingsAt('irosa-2b', '2021-06-18T00:00:00Z')).toEqual({ '2B': 'retracted' });
    expect(wingsAt('irosa-2b', '2021-06-21T00:00:00Z')).toEqual({ '2B': 'deployed' });
  });

  it('puts no two elements on one berth at once, and every host on the station during the attachment', () => {
    const byId = new Map<string, AssemblyElement>(elements.map((e) => [e.id, e]));
    const spans = elements.flatMap((e) =>
      e.attachments.map((a, k) => ({ id: e.id, berth: `${a.host} ${a.port}`, host: a.host, from: a.fromMs, to: e.attachments[k + 1]?.fromMs ?? e.departedMs })),
    );
    for (const s of spans) {
      if (s.host === null) continue;
      const host = byId.get(s.host)!;
      expect(host.arrivedMs <= s.from && s.to <= host.departedMs, `${s.id} on ${s.berth}`).toBe(true);
      for (const o of spans) if (o !== s && o.berth === s.berth) expect(s.from < o.to && o.from < s.to, `${s.id} and ${o.id} on ${s.berth}`).toBe(false);
    }
  });

  it('reuses the result it is given', () => {
    const result = stationAt(elements, Date.parse('2022-06-15T00:00:00Z'));
    const first = result[0];
    expect(stationAt(elements, Date.parse('2000-08-05T00:00:00Z'), result)).toBe(result);
    expect(result[0]).toBe(first);
    expect(result.map((s) => s.element.id)).toEqual(['zarya', 'pma-1', 'unity', 'pma-2', 'zvezda']);
  });
});

describe('parseAssembly rejects bad entries, naming file, entry and field', () => {
  const parse = (...items: unknown[]) => parseAssembly({ elements: [zarya, unity, ...items] }, 'a.json');

  it('an unknown id, an unknown port, a bad date, a missing source', () => {
    const { elements: ok, errors: errs } = parse(
      element({ id: 'skylab' }),
      element({ attachments: [{ from: '2001-02-10T18:57:00Z', host: 'unity', port: 'up' }] }),
      element({ attachments: [{ from: '10 Feb 2001', host: 'unity', port: 'forward' }] }),
      element({ source: undefined }),
    );
    expect(ok.map((e) => e.id)).toEqual(['zarya', 'unity']);
    expect(errs[0]).toMatch(/^a\.json: entry 3 \("skylab"\): id: /);
    expect(errs[1]).toMatch(/^a\.json: entry 4 \("destiny"\): attachments\.0\.port: /);
    expect(errs[2]).toMatch(/^a\.json: entry 5 \("destiny"\): attachments\.0\.from: not an ISO-8601 UTC instant/);
    expect(errs[3]).toMatch(/^a\.json: entry 6 \("destiny"\): source: /);
  });

  it('attachments out of order, a host without a port, a departure before the last move, free flight after a berth', () => {
    const twice = [
      { from: '2001-02-10T18:57:00Z', host: 'unity', port: 'forward' },
      { from: '2001-01-01T00:00:00Z', host: 'unity', port: 'nadir' },
    ];
    expect(parse(element({ attachments: twice })).errors[0]).toMatch(/entry 3 \("destiny"\): attachments\.1\.from: must be after attachments\.0\.from/);
    expect(parse(element({ attachments: [{ from: '2001-02-10T18:57:00Z', host: 'unity', port: null }] })).errors[0]).toMatch(/attachments\.0\.port: host and port/);
    expect(parse(element({ departed: '2000-01-01T00:00:00Z' })).errors[0]).toMatch(/entry 3 \("destiny"\): departed: must be after/);
    const loose = [twice[0], { from: '2002-01-01T00:00:00Z', host: null, port: null }];
    expect(parse(element({ attachments: loose })).errors[0]).toMatch(/attachments\.1\.host: only the first attachment may be free-flying/);
  });

  it('array states that do not begin at arrival or go backwards', () => {
    const late = element({ arrays: [{ wing: '2B', states: [{ from: '2002-01-01T00:00:00Z', state: 'deployed' }] }] });
    expect(parse(late).errors[0]).toMatch(/entry 3 \("destiny"\): arrays\.0\.states\.0\.from: must be the element's arrival/);
    const back = element({
      arrays: [{ wing: '2B', states: [{ from: '2001-02-10T18:57:00Z', state: 'retracted' }, { from: '2001-01-01T00:00:00Z', state: 'deployed' }] }],
    });
    expect(parse(back).errors[0]).toMatch(/arrays\.0\.states\.1\.from: must be after/);
  });

  it('a host that is not on the station yet, a berth already taken, a repeated id, and what a dropped host carried', () => {
    const early = parse(element({ attachments: [{ from: '1998-11-01T00:00:00Z', host: 'zarya', port: 'aft' }] }));
    expect(early.errors[0]).toMatch(/entry 3 \("destiny"\): attachments\.0\.host: "zarya" is not on the station/);
    const taken = parse(element(), element({ id: 'quest', attachments: [{ from: '2001-07-15T07:40:00Z', host: 'unity', port: 'forward' }] }));
    expect(taken.elements.map((e) => e.id)).toEqual(['zarya', 'unity', 'destiny']);
    expect(taken.errors).toEqual(['a.json: entry 4 ("quest"): attachments.0.port: "unity forward" is already taken by "destiny" over these dates']);
    expect(parse(element(), element()).errors[0]).toMatch(/entry 4 \("destiny"\): id: "destiny" is already defined/);
    const orphan = parse(element({ name: '' }), element({ id: 'harmony', attachments: [{ from: '2007-11-14T10:45:00Z', host: 'destiny', port: 'forward' }] }));
    expect(orphan.elements.map((e) => e.id)).toEqual(['zarya', 'unity']);
    expect(orphan.errors[1]).toMatch(/entry 4 \("harmony"\): attachments\.0\.host: "destiny" is not another valid element/);
  });

  it('a file without elements', () => {
    expect(parseAssembly({}, 'a.json').errors).toEqual(['a.json: "elements" must be an array']);
  });
});
