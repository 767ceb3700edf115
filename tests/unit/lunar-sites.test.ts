import { describe, expect, it } from 'vitest';
import { subEarthPointDeg } from '../../src/astro/moon';
import { earthElevationDegAt, selenographicToMoonFixedKm, sunElevationDegAt } from '../../src/astro/selenography';
import { HISTORIC_SITES, LUNAR_SITE_IDS, lunarSitePosition, SHACKLETON, SOUTH_POLE_CRATERS } from '../../src/astro/southPole';
import { SHACKLETON_CENTRE } from '../../src/astro/shackletonCentre';
import { newLatLon } from '../../src/astro/sun';
import en from '../../src/content/i18n/en.json';
import ja from '../../src/content/i18n/ja.json';
import ru from '../../src/content/i18n/ru.json';
import sitesJson from '../../src/content/lunar-sites.json';
import { lunarSiteEntries, parseLunarSites, siteNameKey } from '../../src/content/lunarSites';
import commonOrbitJson from '../../src/content/tours/common-orbit.json';
import { parseTour } from '../../src/tour/schema';

/** facts.md T2 (Apollo 11): "the Moon at Tranquility Base, 0.67416 N, 23.47314 E (LROC value)". */
const FACTS_TRANQUILITY_BASE = { latDeg: 0.67416, lonDeg: 23.47314 } as const;
const DEG = Math.PI / 180;

const dicts: Record<'en' | 'ru' | 'ja', Record<string, string>> = { en, ru, ja };
const clone = () => JSON.parse(JSON.stringify(sitesJson)) as typeof sitesJson;

describe('lunar-sites.json', () => {
  it('passes its schema and its cross-checks (unique ids, every source named and used)', () => {
    const result = parseLunarSites(sitesJson);
    expect(result.errors).toEqual([]);
    expect(result.ok).toBe(true);
  });

  it('every site has its name in en, ru and ja, and so have the labels and notes the markers show', () => {
    const parsed = parseLunarSites(sitesJson);
    if (!parsed.ok) throw new Error(parsed.errors.join('\n'));
    const keys = [
      ...lunarSiteEntries(parsed.data).map((e) => siteNameKey(e.entry.id)),
      'site.label.shackleton', 'site.label.artemis', 'site.label.ilrs', 'site.note.approximate', 'site.note.uncertain', 'moon.approximate',
    ];
    expect(keys.length).toBeGreaterThan(35);
    for (const lang of ['en', 'ru', 'ja'] as const) {
      for (const key of keys) expect(dicts[lang][key], `${lang}: ${key}`).toMatch(/\S/);
    }
    // The Russian and Japanese names are not the English ones left in place.
    expect(ru[siteNameKey('shackleton') as keyof typeof ru]).toBe('Шеклтон');
    expect(ja[siteNameKey('shackleton') as keyof typeof ja]).toBe('シャクルトン');
  });

  it('the typed view (southPole.ts) carries every entry, ids unique, Shackleton first', () => {
    expect(new Set(LUNAR_SITE_IDS).size).toBe(LUNAR_SITE_IDS.length);
    expect(LUNAR_SITE_IDS.length).toBe(lunarSiteEntries(parseLunarSites(sitesJson).data!).length);
    expect(SOUTH_POLE_CRATERS[0]).toBe(SHACKLETON);
    expect(SHACKLETON.source).toContain('doi.org/10.1126/science.1164020');
  });

  it('cites no mirror domains', () => {
    const text = JSON.stringify(sitesJson.sources);
    for (const mirror of ['liquisearch', 'dnhewrhegkli', '.shop/', 'clateway', 'vuink', 'rbtfl', 'citylife']) expect(text).not.toContain(mirror);
  });

  it('a bad file gives errors that name the file and the field', () => {
    const bad = clone();
    (bad.craters[1] as { latDeg: number }).latDeg = 95;
    expect(parseLunarSites(bad).errors).toEqual([expect.stringMatching(/^lunar-sites\.json: craters\.1\.latDeg: .*90/)]);

    const missing = clone() as Partial<typeof sitesJson>;
    delete missing.historic;
    expect(parseLunarSites(missing, 'sites.json').errors[0]).toMatch(/^sites\.json: historic: /);

    const crossed = clone();
    crossed.context[0].id = 'henson';
    crossed.ilrs[0].source = ['no-such-source'];
    const errors = parseLunarSites(crossed).errors;
    expect(errors).toContain('lunar-sites.json: context.0.id: "henson" is already the id of craters.0');
    expect(errors).toContain('lunar-sites.json: ilrs.0.source.0: "no-such-source" is not in "sources"');

    expect(parseLunarSites('not an object').ok).toBe(false);
  });
});

describe('Tranquility Base and the apollo-11 step', () => {
  const tranquility = HISTORIC_SITES.find((s) => s.id === 'tranquility-base')!;
  const tour = parseTour(commonOrbitJson, 'common-orbit.json');
  if (!tour.ok) throw new Error(tour.errors.join('\n'));
  const step = tour.tour.waypoints.find((w) => w.id === 'apollo-11')!;
  const instantMs = Date.parse(step.instant);

  it('is at facts.md’s LROC position, within 0.01°, with its source', () => {
    expect(Math.abs(tranquility.latDeg - FACTS_TRANQUILITY_BASE.latDeg)).toBeLessThan(0.01);
    expect(Math.abs(tranquility.lonDeg - FACTS_TRANQUILITY_BASE.lonDeg)).toBeLessThan(0.01);
    expect(tranquility.source).toContain('lroc.asu.edu');
    expect(tranquility.date).toBe('1969-07-20');
  });

  it('the step’s Moon camera targets it', () => {
    expect(step.camera).toEqual({ kind: 'moon', siteId: 'tranquility-base' });
    expect(lunarSitePosition('tranquility-base')).toEqual({ latDeg: tranquility.latDeg, lonDeg: tranquility.lonDeg });
    expect(step.layers).toContain('markers');
  });

  it('at the step’s instant the marker is on the Earth-facing hemisphere, near the disc centre, in morning sunlight', () => {
    // The Earth stands high over the site (it is on the near side, whatever the libration) …
    expect(earthElevationDegAt(instantMs, tranquility.latDeg, tranquility.lonDeg)).toBeGreaterThan(45);
    // … within 45° of arc of the sub-Earth point …
    const sub = subEarthPointDeg(instantMs, newLatLon());
    const a = selenographicToMoonFixedKm(sub.latDeg, sub.lonDeg, 0, [0, 0, 0]);
    const b = selenographicToMoonFixedKm(tranquility.latDeg, tranquility.lonDeg, 0, [0, 0, 0]);
    const cos = (a[0] * b[0] + a[1] * b[1] + a[2] * b[2]) / (Math.hypot(...a) * Math.hypot(...b));
    expect(Math.acos(cos) / DEG).toBeLessThan(45);
    // … and the Sun is up but low, as on the landing morning.
    const sun = sunElevationDegAt(instantMs, tranquility.latDeg, tranquility.lonDeg);
    expect(sun).toBeGreaterThan(0);
    expect(sun).toBeLessThan(30);
  });

  it('a Moon camera naming a site that is not in lunar-sites.json is refused, naming the step and the field', () => {
    const json = JSON.parse(JSON.stringify(commonOrbitJson));
    json.waypoints[1].camera = { kind: 'moon', siteId: 'no-such-site' };
    const result = parseTour(json, 'common-orbit.json');
    expect(result.ok).toBe(false);
    expect(!result.ok && result.errors).toEqual([
      'common-orbit.json: waypoint 1 ("apollo-11"): camera.siteId: Unknown lunar site "no-such-site"; expected an id of lunar-sites.json (e.g. "tranquility-base")',
    ]);
  });
});

it("the first view's copy of Shackleton's centre (astro/shackletonCentre.ts) is the sites file's", () => {
  expect(SHACKLETON_CENTRE).toEqual({ latDeg: sitesJson.shackleton.latDeg, lonDeg: sitesJson.shackleton.lonDeg });
  expect(SHACKLETON_CENTRE).toEqual({ latDeg: SHACKLETON.latDeg, lonDeg: SHACKLETON.lonDeg });
});
