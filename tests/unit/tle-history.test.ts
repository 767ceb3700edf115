import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { nearestTle, parseTleFile } from '../../src/astro/tle';
import { propagateTeme, satrecFromLines } from '../../src/astro/sgp4';
import { vec3 } from '../../src/astro/vec';

/*
 * The bundled ISS element history (public/data/iss-tle-history.txt, made by scripts/build-tle-history.mjs):
 * the historic steps fly the ISS's own orbit of their day.
 */
const history = parseTleFile(readFileSync('public/data/iss-tle-history.txt', 'utf8'));
const DAY_MS = 86_400_000;

describe('ISS element history', () => {
  it('holds only real ISS sets (NORAD 25544), sorted by epoch, from the day Zarya launched', () => {
    expect(history.length).toBeGreaterThan(2800);
    expect(history.every((t) => Number(t.catalogNumber) === 25544)).toBe(true);
    for (let i = 1; i < history.length; i++) expect(history[i].epochMs).toBeGreaterThanOrEqual(history[i - 1].epochMs);
    expect(new Date(history[0].epochMs).toISOString().slice(0, 10)).toBe('1998-11-20');
  });

  for (const iso of ['1998-11-25T12:00:00Z', '1998-12-15T12:00:00Z', '2000-11-03T12:00:00Z', '2001-03-20T12:00:00Z', '2021-08-05T12:00:00Z', '2022-01-15T12:00:00Z']) {
    it(`has a set within 3 days of ${iso}, and it propagates to a low orbit there`, () => {
      const at = Date.parse(iso);
      const tle = nearestTle(history, at);
      expect(Math.abs(tle.epochMs - at) / DAY_MS, 'age, days').toBeLessThanOrEqual(3);
      const p = vec3();
      expect(propagateTeme(satrecFromLines(tle.line1, tle.line2), at, p, vec3())).toBeNull();
      const altitudeKm = Math.hypot(p[0], p[1], p[2]) - 6378.137;
      expect(altitudeKm).toBeGreaterThan(180);
      expect(altitudeKm).toBeLessThan(480);
    });
  }
});
