import type { UnixMs } from './units';

/**
 * Two-line element sets: parsing and validation before SGP4 sees them.
 * Format: CelesTrak "NORAD Two-Line Element Set Format"; checksum = sum of digits + 1 per '-', mod 10.
 */
export interface Tle {
  name: string | null;
  line1: string;
  line2: string;
  catalogNumber: string;
  epochMs: UnixMs;
}

export type TleResult = { ok: true; tle: Tle } | { ok: false; error: string };

const LINE_LENGTH = 69;

export function tleChecksum(line: string): number {
  let sum = 0;
  for (let i = 0; i < LINE_LENGTH - 1; i++) {
    const c = line[i];
    if (c >= '0' && c <= '9') sum += c.charCodeAt(0) - 48;
    else if (c === '-') sum += 1;
  }
  return sum % 10;
}

/** Epoch field "YYDDD.DDDDDDDD" → Unix ms. Two-digit years 57–99 are 19xx, 00–56 are 20xx. */
export function tleEpochToUnixMs(field: string): UnixMs | null {
  const m = /^\s*(\d{2})(\d{3}\.\d+)\s*$/.exec(field);
  if (!m) return null;
  const yy = Number(m[1]);
  const dayOfYear = Number(m[2]);
  if (dayOfYear < 1 || dayOfYear >= 367) return null;
  const year = yy < 57 ? 2000 + yy : 1900 + yy;
  const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
  if (dayOfYear >= (leap ? 367 : 366)) return null;
  return Date.UTC(year, 0, 1) + (dayOfYear - 1) * 86_400_000;
}

function checkLine(line: string, n: 1 | 2): string | null {
  if (line.length !== LINE_LENGTH) {
    return `line ${n} has ${line.length} characters; a TLE line has ${LINE_LENGTH}`;
  }
  if (line[0] !== String(n) || line[1] !== ' ') return `line ${n} must start with "${n} "`;
  const expected = tleChecksum(line);
  const given = line[68];
  if (!/\d/.test(given)) return `line ${n} checksum "${given}" is not a digit`;
  if (Number(given) !== expected) return `line ${n} checksum is ${given}, computed ${expected}`;
  return null;
}

/** A field must parse as a finite number (implied-decimal fields are checked by their pattern). */
function numberField(line: string, from: number, to: number): number | null {
  const s = line.slice(from, to).trim();
  if (s === '' || !/^[+-]?(\d+\.?\d*|\.\d+)$/.test(s)) return null;
  return Number(s);
}

const FIELDS_LINE2: Array<[string, number, number, number, number]> = [
  // name, from, to (0-based, end exclusive), min, max
  ['inclination', 8, 16, 0, 180],
  ['right ascension of the ascending node', 17, 25, 0, 360],
  ['argument of perigee', 34, 42, 0, 360],
  ['mean anomaly', 43, 51, 0, 360],
  ['mean motion', 52, 63, 0, 20],
];

/** Parses a 2- or 3-line TLE (name line optional). Blank lines and CRLF are tolerated. */
export function parseTle(text: string): TleResult {
  const lines = text
    .split(/\r?\n/)
    .map((l) => l.trimEnd())
    .filter((l) => l.trim() !== '');
  if (lines.length < 2 || lines.length > 3) {
    return { ok: false, error: `expected 2 or 3 lines, got ${lines.length}` };
  }
  const name = lines.length === 3 ? lines[0].replace(/^0 /, '').trim() : null;
  const [line1, line2] = lines.slice(-2);
  const lineError = checkLine(line1, 1) ?? checkLine(line2, 2);
  if (lineError) return { ok: false, error: lineError };

  const catalogNumber = line1.slice(2, 7).trim();
  if (catalogNumber !== line2.slice(2, 7).trim()) {
    return {
      ok: false,
      error: `catalog number differs between lines (${catalogNumber} vs ${line2.slice(2, 7).trim()})`,
    };
  }
  const epochMs = tleEpochToUnixMs(line1.slice(18, 32));
  if (epochMs === null) return { ok: false, error: `epoch "${line1.slice(18, 32).trim()}" is unparsable` };
  if (!/^[ 0-9]{7}$/.test(line2.slice(26, 33))) {
    return { ok: false, error: `eccentricity "${line2.slice(26, 33)}" is unparsable` };
  }
  for (const [field, from, to, min, max] of FIELDS_LINE2) {
    const v = numberField(line2, from, to);
    if (v === null) return { ok: false, error: `${field} "${line2.slice(from, to).trim()}" is unparsable` };
    if (v < min || v > max) return { ok: false, error: `${field} ${v} is out of range ${min}..${max}` };
  }
  if (!/^[ +-]?\d{5}[+-]\d$/.test(line1.slice(53, 61))) {
    return { ok: false, error: `B* drag term "${line1.slice(53, 61).trim()}" is unparsable` };
  }
  return { ok: true, tle: { name, line1, line2, catalogNumber, epochMs } };
}

/** Parses a file of concatenated 3-line TLEs (name line + two element lines). */
export function parseTleFile(text: string): Tle[] {
  const lines = text.split(/\r?\n/).map((l) => l.trimEnd()).filter((l) => l.trim() !== '' && !l.startsWith('#'));
  const result: Tle[] = [];
  for (let i = 0; i < lines.length; ) {
    const hasName = !lines[i].startsWith('1 ');
    const size = hasName ? 3 : 2;
    if (i + size > lines.length) throw new Error(`TLE at line ${i + 1}: incomplete element set at the end of the file`);
    const chunk = lines.slice(i, i + size).join('\n');
    const parsed = parseTle(chunk);
    if (!parsed.ok) throw new Error(`TLE at line ${i + 1}: ${parsed.error}`);
    result.push(parsed.tle);
    i += hasName ? 3 : 2;
  }
  return result;
}

/** The element set whose epoch lies nearest the instant (ties: the earlier one). */
export function nearestTle(tles: readonly Tle[], instantMs: UnixMs): Tle {
  if (tles.length === 0) throw new Error('no TLEs to choose from');
  let best = tles[0];
  for (const t of tles) {
    const d = Math.abs(t.epochMs - instantMs);
    const bestD = Math.abs(best.epochMs - instantMs);
    if (d < bestD || (d === bestD && t.epochMs < best.epochMs)) best = t;
  }
  return best;
}

/** Elements older (or newer) than this from the simulated instant are shown as approximate. */
export const TLE_STALE_AFTER_DAYS = 14;
