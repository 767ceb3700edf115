import { describe, expect, it } from 'vitest';
import { satrecFromLines } from '../../src/astro/sgp4';
import { nearestTle, parseTle, parseTleFile, tleChecksum, tleEpochToUnixMs, type Tle } from '../../src/astro/tle';
import { ISS_TLE_2025_08_02, ISS_TLE_2026_09_16, ISS_TLES, type ReferenceTle } from './fixtures/iss-tles';

const DAY_MS = 86_400_000;

/** Independent modulo-10 checksum (digits, '-' counts 1), written here rather than taken from tle.ts. */
function withChecksum(line: string): string {
  const body = line.slice(0, 68);
  let sum = 0;
  for (const c of body) {
    if (/\d/.test(c)) sum += Number(c);
    else if (c === '-') sum += 1;
  }
  return body + String(sum % 10);
}

/** Replaces columns [from, from + text.length) of a line and fixes the checksum. */
function edit(line: string, from: number, text: string): string {
  return withChecksum(line.slice(0, from) + text + line.slice(from + text.length));
}

function errorOf(text: string): string {
  const result = parseTle(text);
  if (result.ok) throw new Error(`expected a rejection for:\n${text}`);
  return result.error;
}

function parsed(text: string): Tle {
  const result = parseTle(text);
  if (!result.ok) throw new Error(result.error);
  return result.tle;
}

const { line1: L1, line2: L2 } = ISS_TLE_2025_08_02;

describe('parseTle accepts the real ISS TLEs of facts.md §4.2', () => {
  it.each(ISS_TLES.map((t) => [t.label, t] as const))('%s in 2-line form, epoch within 1 s of the stated UTC', (_, t: ReferenceTle) => {
    const tle = parsed(`${t.line1}\n${t.line2}`);
    expect(tle.name).toBeNull();
    expect(tle.line1).toBe(t.line1);
    expect(tle.line2).toBe(t.line2);
    expect(tle.catalogNumber).toBe('25544');
    expect(Math.abs(tle.epochMs - Date.parse(t.epochUtc))).toBeLessThan(1000);
  });

  it.each(ISS_TLES.map((t) => [t.label, t] as const))('%s in 3-line form with a name line (and "0 " prefix)', (_, t: ReferenceTle) => {
    expect(parsed(`ISS (ZARYA)\n${t.line1}\n${t.line2}\n`).name).toBe('ISS (ZARYA)');
    expect(parsed(`0 ISS (ZARYA)\r\n${t.line1}\r\n${t.line2}\r\n`).name).toBe('ISS (ZARYA)');
  });

  it('tolerates blank lines and trailing spaces', () => {
    expect(parsed(`\n\nISS (ZARYA)   \n\n${L1}   \n${L2}\n\n`).catalogNumber).toBe('25544');
  });

  it('its epoch agrees with satellite.js (jdsatepoch) within 1 ms for every ISS TLE', () => {
    for (const t of ISS_TLES) {
      const epochMs = (satrecFromLines(t.line1, t.line2).jdsatepoch - 2440587.5) * DAY_MS;
      expect(Math.abs(parsed(`${t.line1}\n${t.line2}`).epochMs - epochMs), t.label).toBeLessThan(1);
    }
  });
});

describe('parseTle rejects malformed input with a message naming the problem', () => {
  it('bad checksum on line 1 or line 2', () => {
    expect(errorOf(`${L1.slice(0, 68)}2\n${L2}`)).toMatch(/line 1 checksum is 2, computed 1/);
    expect(errorOf(`${L1}\n${L2.slice(0, 68)}9`)).toMatch(/line 2 checksum is 9, computed 8/);
    expect(errorOf(`${L1.slice(0, 68)}x\n${L2}`)).toMatch(/line 1 checksum "x" is not a digit/);
  });

  it('a single changed digit is caught by the checksum', () => {
    expect(errorOf(`${L1}\n${L2.replace('51.6358', '51.6359')}`)).toMatch(/line 2 checksum/);
  });

  it('wrong line length (68 and 70 characters)', () => {
    expect(errorOf(`${L1.slice(0, 67)}\n${L2}`)).toMatch(/line 1 has 67 characters; a TLE line has 69/);
    expect(errorOf(`${L1}\n${L2}0`)).toMatch(/line 2 has 70 characters/);
  });

  it('wrong line number, or lines swapped', () => {
    expect(errorOf(`${edit(L1, 0, '3')}\n${L2}`)).toMatch(/line 1 must start with "1 "/);
    expect(errorOf(`${L1}\n${edit(L2, 0, '1')}`)).toMatch(/line 2 must start with "2 "/);
    expect(errorOf(`${L2}\n${L1}`)).toMatch(/line 1 must start with "1 "/);
  });

  it('catalog number mismatch between the lines', () => {
    expect(errorOf(`${L1}\n${edit(L2, 2, '25545')}`)).toMatch(/catalog number differs between lines \(25544 vs 25545\)/);
  });

  it('unparsable fields: letters in the inclination, eccentricity, mean motion, epoch, B*', () => {
    expect(errorOf(`${L1}\n${edit(L2, 8, ' 51.6A58')}`)).toMatch(/inclination "51.6A58" is unparsable/);
    expect(errorOf(`${L1}\n${edit(L2, 26, '00020X2')}`)).toMatch(/eccentricity "00020X2" is unparsable/);
    expect(errorOf(`${L1}\n${edit(L2, 52, '15.5O307000')}`)).toMatch(/mean motion "15.5O307000" is unparsable/);
    expect(errorOf(`${edit(L1, 18, '25214.99A89444')}\n${L2}`)).toMatch(/epoch "25214.99A89444" is unparsable/);
    expect(errorOf(`${edit(L1, 53, ' 2121Z-3')}\n${L2}`)).toMatch(/B\* drag term "2121Z-3" is unparsable/);
  });

  it('fields out of range: inclination > 180°, mean motion > 20 rev/day', () => {
    expect(errorOf(`${L1}\n${edit(L2, 8, '181.6358')}`)).toMatch(/inclination 181.6358 is out of range 0..180/);
    expect(errorOf(`${L1}\n${edit(L2, 52, '25.50307000')}`)).toMatch(/mean motion 25.50307 is out of range 0..20/);
  });

  it('fewer or more than 2–3 non-blank lines', () => {
    expect(errorOf('')).toMatch(/expected 2 or 3 lines, got 0/);
    expect(errorOf(L1)).toMatch(/expected 2 or 3 lines, got 1/);
    expect(errorOf(`ISS\n${L1}\n${L2}\n${L2}`)).toMatch(/expected 2 or 3 lines, got 4/);
  });
});

describe('tleChecksum', () => {
  it('matches the final digit of every real ISS line', () => {
    for (const t of ISS_TLES) {
      expect(tleChecksum(t.line1)).toBe(Number(t.line1[68]));
      expect(tleChecksum(t.line2)).toBe(Number(t.line2[68]));
    }
  });

  it("counts '-' as 1 and ignores letters, spaces, '+' and '.'", () => {
    expect(tleChecksum(`${'-'.repeat(12)}${'A+. '.repeat(13)}${'9'.repeat(4)}0`)).toBe((12 + 36) % 10);
  });
});

describe('tleEpochToUnixMs', () => {
  it('25214.99489444 → 2025-08-02T23:52:38.879616Z within 1 ms (day 214 of 2025 = 2 Aug; 0.99489444 d = 85 958 879.616 ms)', () => {
    const expected = Date.UTC(2025, 7, 2, 23, 52, 38, 879.616);
    expect(Math.abs(tleEpochToUnixMs('25214.99489444')! - expected)).toBeLessThan(1);
  });

  it('26259.85263506 → 2026-09-16T20:27:47.669Z within 1 ms (0.85263506 d = 73 667 669.184 ms)', () => {
    const expected = Date.UTC(2026, 8, 16) + 73_667_669.184;
    expect(Math.abs(tleEpochToUnixMs('26259.85263506')! - expected)).toBeLessThan(1);
  });

  it('two-digit years: 57–99 are 19xx, 00–56 are 20xx; day 1.0 is 1 Jan 00:00 UTC', () => {
    expect(tleEpochToUnixMs('57001.00000000')).toBe(Date.UTC(1957, 0, 1));
    expect(tleEpochToUnixMs('99365.50000000')).toBe(Date.UTC(1999, 11, 31, 12));
    expect(tleEpochToUnixMs('00001.00000000')).toBe(Date.UTC(2000, 0, 1));
    expect(tleEpochToUnixMs('56366.00000000')).toBe(Date.UTC(2056, 11, 31));
  });

  it('rejects malformed fields and day-of-year outside 1..366.999…', () => {
    for (const bad of ['', 'abcde.fgh', '25214', '2521.4', '25000.99999999', '25367.00000000']) {
      expect(tleEpochToUnixMs(bad), bad).toBeNull();
    }
  });
});

describe('nearestTle', () => {
  const tles = ISS_TLES.map((t) => parsed(`${t.line1}\n${t.line2}`));
  const [a, b, c, d] = tles;

  it('picks the element set whose epoch is nearest the instant, before, between and after the epochs', () => {
    expect(nearestTle(tles, a.epochMs - 365 * DAY_MS)).toBe(a);
    expect(nearestTle(tles, b.epochMs + 1)).toBe(b);
    expect(nearestTle(tles, c.epochMs - 10 * DAY_MS)).toBe(c);
    expect(nearestTle(tles, (c.epochMs + d.epochMs) / 2 + 1)).toBe(d);
    expect(nearestTle(tles, d.epochMs + 365 * DAY_MS)).toBe(d);
  });

  it('does not depend on the order of the list', () => {
    const shuffled = [d, b, a, c];
    for (const t of tles) expect(nearestTle(shuffled, t.epochMs + DAY_MS)).toBe(t);
  });

  it('a tie goes to the earlier epoch (list in ascending epoch order)', () => {
    const early = { ...c, epochMs: 0 };
    const late = { ...d, epochMs: 2 * DAY_MS };
    expect(nearestTle([early, late], DAY_MS)).toBe(early);
  });

  it('throws on an empty list', () => {
    expect(() => nearestTle([], 0)).toThrow(/no TLEs/);
  });
});

describe('parseTleFile', () => {
  it('reads concatenated 3-line and 2-line TLEs, skipping comments and blank lines', () => {
    const text = [
      '# ISS element sets, facts.md §4.2',
      `ISS (ZARYA)\n${ISS_TLE_2025_08_02.line1}\n${ISS_TLE_2025_08_02.line2}`,
      '',
      `${ISS_TLE_2026_09_16.line1}\r\n${ISS_TLE_2026_09_16.line2}`,
    ].join('\n');
    const tles = parseTleFile(text);
    expect(tles.map((t) => t.name)).toEqual(['ISS (ZARYA)', null]);
    expect(tles[1].line2).toBe(ISS_TLE_2026_09_16.line2);
  });

  it('throws naming the line where a bad element set starts', () => {
    const text = `ISS (ZARYA)\n${L1}\n${L2}\nISS (ZARYA)\n${L1}\n${L2.slice(0, 68)}0`;
    expect(() => parseTleFile(text)).toThrow(/TLE at line 4: line 2 checksum/);
  });
});

describe('edge cases (ties, truncated files, day 366)', () => {
  it('nearestTle: a tie goes to the earlier epoch even when the list is not in ascending order', () => {
    const [, , c, d] = ISS_TLES.map((t) => parsed(`${t.line1}\n${t.line2}`));
    const early = { ...c, epochMs: 0 };
    const late = { ...d, epochMs: 2 * DAY_MS };
    expect(nearestTle([late, early], DAY_MS)).toBe(early);
  });

  it('parseTleFile: a file cut off after line 1 of its last element set throws instead of dropping it', () => {
    expect(() => parseTleFile(`${L1}\n${L2}\n${ISS_TLE_2026_09_16.line1}`)).toThrow();
  });

  it('tleEpochToUnixMs: day 366 of a non-leap year (2025) is rejected, not rolled into 2026', () => {
    expect(tleEpochToUnixMs('25366.50000000')).toBeNull();
  });
});
