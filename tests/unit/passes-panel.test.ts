import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { passCalendar } from '../../src/astro/passCalendar';
import type { PassTrack } from '../../src/astro/passTrack';
import { shareAddress } from '../../src/kiosk/share';
import { cityPlace, geolocatedPlace, initialPlace, passesSearch, rememberedPlace, rememberPlace } from '../../src/ui/passes/place';
import { computePasses, passRequestKey, windowStartMs, WINDOW_STEP_MS, type PassRequest } from '../../src/ui/passes/passRequest';
import { calendarText, chartDescription, direction, magnitudeText } from '../../src/ui/passes/passText';
import { minutesSeconds, passClock } from '../../src/ui/passes/passTime';
import {
  chartedPassId,
  daysFromEpoch,
  ELEMENTS_WARN_DAYS,
  groupPasses,
  isoSecond,
  notVisibleReason,
  passId,
  passReadouts,
} from '../../src/ui/passes/passView';
import { CHART_RADIUS, skyPoint, trackSegments } from '../../src/ui/passes/skyChart';
import { PASS_SITES, PASS_WINDOW_START_UTC } from '../astro/fixtures/iss-passes-reference';
import { ISS_TLE_2026_09_16 } from '../astro/fixtures/iss-tles';

/*
 * The passes panel's logic (src/ui/passes/), without React: what is listed and in which order, the test
 * readouts, the window and its cache key, the sky chart's geometry, the times, the place and the address.
 * The list is checked against the pass reference (python-sgp4 + astropy, tests/astro/fixtures) over Moscow.
 */

const MOSCOW = PASS_SITES.find((s) => s.name.includes('Moscow'))!;
const START_MS = Date.parse(PASS_WINDOW_START_UTC);
const request: PassRequest = {
  line1: ISS_TLE_2026_09_16.line1,
  line2: ISS_TLE_2026_09_16.line2,
  site: { latDeg: MOSCOW.latDeg, lonDeg: MOSCOW.lonDeg, heightKm: MOSCOW.heightM / 1000 },
  startMs: START_MS,
  days: 3,
};
const passes = computePasses(request);
const groups = groupPasses(passes);
/** The reference's times are on a 5 s grid; the tolerance is 30 s. */
const TIME_TOLERANCE_S = 30;

/** A translate function that shows its key and parameters: the sentences' structure, in no language. */
const keyT = (key: string, params?: Record<string, string | number>) => (params ? `${key}${JSON.stringify(params)}` : key);

describe('the list: visible passes first, every pass above 10° listed', () => {
  it('over the Moscow museum: the reference’s visible passes, then the others, each group by rise', () => {
    const refVisible = MOSCOW.passes.filter((p) => p.visible);
    expect(groups.visible.map((p) => isoSecond(p.maxMs))).toHaveLength(refVisible.length);
    groups.visible.forEach((p, i) => expect(Math.abs(p.maxMs - Date.parse(refVisible[i].maxUtc)) / 1000).toBeLessThan(TIME_TOLERANCE_S));
    expect(groups.visible.length + groups.others.length).toBe(passes.length);
    for (const list of [groups.visible, groups.others]) {
      expect(list.map((p) => p.riseMs)).toEqual([...list.map((p) => p.riseMs)].sort((a, b) => a - b));
    }
  });

  it('readouts: ISO-8601 UTC to the second, elevation in degrees, visible as true/false; match the reference', () => {
    const ref = MOSCOW.passes.find((p) => p.visible)!;
    const pass = groups.visible[0];
    const r = passReadouts(pass);
    for (const [attribute, refUtc] of [['data-rise-utc', ref.above10Utc], ['data-max-utc', ref.maxUtc], ['data-set-utc', ref.below10Utc]] as const) {
      expect(r[attribute]).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$/);
      expect(Math.abs(Date.parse(r[attribute]) - Date.parse(refUtc)) / 1000, attribute).toBeLessThan(TIME_TOLERANCE_S);
    }
    expect(Math.abs(Number(r['data-max-elevation-deg']) - ref.maxElevationDeg)).toBeLessThan(0.5);
    expect(r['data-visible']).toBe('true');
    expect(passReadouts(groups.others[0])['data-visible']).toBe('false');
  });

  it('why a pass is not visible: in the shadow, or a bright sky (the Sun above −6°)', () => {
    expect(groups.visible.every((p) => notVisibleReason(p) === null)).toBe(true);
    for (const p of groups.others) {
      expect(notVisibleReason(p)).toBe(p.sunlitAtMax ? 'daylight' : 'shadow');
      if (p.sunlitAtMax) expect(p.sunElevationAtMaxDeg).toBeGreaterThanOrEqual(-6);
    }
    // Both reasons occur over Moscow in these days (reference: sunlit with the Sun at +2°, and in shadow).
    expect(new Set(groups.others.map(notVisibleReason))).toEqual(new Set(['daylight', 'shadow']));
  });

  it('the charted pass: the first visible at first, the chosen one while listed, none once closed', () => {
    expect(chartedPassId(groups, undefined)).toBe(passId(groups.visible[0]));
    expect(chartedPassId(groups, passId(groups.others[1]))).toBe(passId(groups.others[1]));
    expect(chartedPassId(groups, '1999-01-01T00:00:00Z')).toBe(passId(groups.visible[0]));
    expect(chartedPassId(groups, null)).toBeNull();
    expect(chartedPassId({ visible: [], others: [] }, undefined)).toBeNull();
    expect(chartedPassId({ visible: [], others: groups.others }, undefined)).toBe(passId(groups.others[0]));
  });
});

describe('the prediction window and its key', () => {
  it('starts at the simulated instant rounded down to 10 minutes', () => {
    expect(windowStartMs(START_MS)).toBe(START_MS);
    expect(windowStartMs(START_MS + WINDOW_STEP_MS - 1)).toBe(START_MS);
    expect(windowStartMs(START_MS + WINDOW_STEP_MS)).toBe(START_MS + WINDOW_STEP_MS);
  });

  it('the key changes with every input and only with them', () => {
    const key = passRequestKey(request);
    expect(passRequestKey({ ...request, site: { ...request.site } })).toBe(key);
    for (const changed of [
      { ...request, days: 4 },
      { ...request, startMs: START_MS + WINDOW_STEP_MS },
      { ...request, site: { ...request.site, heightKm: 0 } },
      { ...request, line1: request.line1.replace('26259', '26260') },
    ]) {
      expect(passRequestKey(changed)).not.toBe(key);
    }
  });

  it('the elements’ reach: the farther end of the window from the epoch; warned beyond 5 days', () => {
    const epochMs = Date.parse('2026-09-16T20:27:47Z');
    expect(daysFromEpoch(epochMs, START_MS, 3)).toBeCloseTo(3 + (START_MS - epochMs) / 86_400_000, 9);
    expect(daysFromEpoch(epochMs, START_MS, 3)).toBeLessThan(ELEMENTS_WARN_DAYS);
    expect(daysFromEpoch(epochMs, START_MS, 10)).toBeGreaterThan(ELEMENTS_WARN_DAYS);
    // Elements newer than the window (a date in the past): the start is the far end.
    expect(daysFromEpoch(epochMs, epochMs - 5 * 86_400_000, 1)).toBeCloseTo(5, 9);
  });
});

describe('sky chart geometry (zenith at the centre, north up, east left)', () => {
  it('places the zenith, the horizon points and the rings', () => {
    expect(skyPoint(123, 90)).toEqual([0, 0]);
    expect(skyPoint(0, 0)).toEqual([0, -CHART_RADIUS]);
    expect(skyPoint(90, 0)).toEqual([-CHART_RADIUS, 0]);
    expect(skyPoint(180, 0)).toEqual([0, CHART_RADIUS]);
    expect(skyPoint(270, 0)).toEqual([CHART_RADIUS, 0]);
    expect(Math.hypot(...skyPoint(40, 30))).toBeCloseTo((CHART_RADIUS * 2) / 3, 1);
    expect(Math.hypot(...skyPoint(200, 60))).toBeCloseTo(CHART_RADIUS / 3, 1);
    // Below the horizon (never in a track above 10°) is clamped to the rim.
    expect(skyPoint(0, -5)).toEqual([0, -CHART_RADIUS]);
  });

  const track = (sunlit: number[], elevationDeg = sunlit.map(() => 45)): PassTrack => ({
    timesMs: new Float64Array(sunlit.map((_, i) => i * 10_000)),
    azimuthDeg: new Float64Array(sunlit.map((_, i) => i * 10)),
    elevationDeg: new Float64Array(elevationDeg),
    rangeKm: new Float64Array(sunlit.length).fill(800),
    sunlit: new Uint8Array(sunlit),
    magnitude: new Float64Array(sunlit.length),
  });

  it('cuts the track where the light changes; the runs share the crossing sample', () => {
    const segments = trackSegments(track([1, 1, 1, 0, 0]));
    expect(segments.map((s) => s.sunlit)).toEqual([true, false]);
    const last = (d: string) => d.split('L').at(-1);
    const first = (d: string) => d.slice(1).split('L')[0];
    expect(first(segments[1].d)).toBe(last(segments[0].d));
    expect(segments[0].d.split('L')).toHaveLength(4);
  });

  it('a sample where SGP4 failed breaks the line; a lone point draws nothing', () => {
    const segments = trackSegments(track([1, 1, 1, 1, 1], [30, 40, NaN, 40, 30]));
    expect(segments).toHaveLength(2);
    expect(trackSegments(track([1], [40]))).toEqual([]);
  });

  it('a real pass into the Earth’s shadow: lit, then dark, the whole track drawn', () => {
    const entering = passes.find((p) => p.shadowEntryMs !== null && p.shadowExitMs === null)!;
    expect(entering).toBeDefined();
    const segments = trackSegments(entering.track);
    expect(segments.map((s) => s.sunlit)).toEqual([true, false]);
    const points = segments.reduce((n, s) => n + s.d.split('L').length, 0);
    expect(points).toBe(entering.track.timesMs.length + 1);
  });
});

describe('times: this device’s zone and UTC', () => {
  const clock = passClock('en', 'Europe/Moscow');
  const instant = Date.parse('2026-09-17T16:58:05Z');

  it('local and UTC times to the second, the zone’s offset, the UTC date only when it differs', () => {
    expect(clock.local(instant)).toBe('19:58:05');
    expect(clock.utc(instant)).toBe('16:58:05');
    expect(clock.offset(instant)).toBe('GMT+3');
    expect(clock.day(instant)).toMatch(/Thu.*17.*Sep|Thu, Sep 17/);
    // 01:30 on the 18th in Moscow is still the 17th in UTC.
    expect(clock.utc(Date.parse('2026-09-17T22:30:00Z'))).toMatch(/^22:30:00 \((Sep 17|17 Sep)\)$/);
  });

  it('durations as minutes and seconds', () => {
    expect(minutesSeconds(375.4)).toBe('6:15');
    expect(minutesSeconds(59.6)).toBe('1:00');
  });
});

describe('the place and the address', () => {
  const memory = () => {
    const m = new Map<string, string>();
    return { getItem: (k: string) => m.get(k) ?? null, setItem: (k: string, v: string) => void m.set(k, v) };
  };

  it('the address opens the panel at its place; the other parameters are kept', () => {
    const place = { site: { latDeg: 55.8228, lonDeg: 37.6398, heightKm: 0.15 }, name: null };
    expect(passesSearch('?t=2026-09-17T00:00:00Z&rate=0', true, place)).toBe('?t=2026-09-17T00%3A00%3A00Z&rate=0&passes=1&observer=55.8228,37.6398,150');
    expect(passesSearch('?passes=1&observer=1,2&lang=ru', false, place)).toBe('?lang=ru');
    expect(passesSearch('', true, null)).toBe('?passes=1');
  });

  it('starts from the address’s place, else the remembered one; a bad address says why and uses the remembered', () => {
    const storage = memory();
    expect(initialPlace('?passes=1', storage)).toEqual({ place: null, error: null });
    rememberPlace(cityPlace({ name: 'Moscow', countryCode: 'RU', latDeg: 55.752, lonDeg: 37.616, rank: 16 }), storage);
    expect(rememberedPlace(storage)).toEqual({ site: { latDeg: 55.752, lonDeg: 37.616, heightKm: 0 }, name: 'Moscow, RU' });
    expect(initialPlace('?observer=38.8881,-77.0199,10', storage).place).toEqual({ site: { latDeg: 38.8881, lonDeg: -77.0199, heightKm: 0.01 }, name: null });
    const bad = initialPlace('?observer=95,10', storage);
    expect(bad.error?.key).toBe('passes.errorLatitudeRange');
    expect(bad.place?.name).toBe('Moscow, RU');
  });

  it('a broken or refused storage is no error: nothing is remembered', () => {
    expect(rememberedPlace({ getItem: () => '{not json', setItem: () => undefined })).toBeNull();
    expect(rememberedPlace({ getItem: () => JSON.stringify({ observer: '999,0' }), setItem: () => undefined })).toBeNull();
    const refusing = { getItem: () => { throw new Error('denied'); }, setItem: () => { throw new Error('denied'); } };
    expect(rememberedPlace(refusing)).toBeNull();
    expect(() => rememberPlace(cityPlace({ name: 'X', countryCode: 'XX', latDeg: 0, lonDeg: 0, rank: 1 }), refusing)).not.toThrow();
  });

  it('the browser’s position is rounded to 0.001° (~100 m); a missing altitude is 0 m', () => {
    expect(geolocatedPlace({ latitude: 55.822849, longitude: 37.639812, altitude: 151.6 }).site).toEqual({ latDeg: 55.823, lonDeg: 37.64, heightKm: 0.152 });
    expect(geolocatedPlace({ latitude: -33.86, longitude: 151.21, altitude: null }).site.heightKm).toBe(0);
  });

  it('the kiosk’s code for the passes: the panel at the museum, the phone’s own clock, the language', () => {
    const base = 'https://museum.example/orbit/';
    const state = { tour: { id: 'common-orbit', step: 3 }, view: 'earth', lang: 'ja', simMs: START_MS } as const;
    expect(shareAddress(base, { ...state, passesObserver: '38.8881,-77.0199,10' })).toBe(`${base}?passes=1&observer=38.8881,-77.0199,10&lang=ja`);
    expect(shareAddress(base, { ...state, passesObserver: null })).toBe(`${base}?tour=common-orbit&step=4&lang=ja`);
  });
});

describe('the sentences', () => {
  it('directions: the translated compass point and whole degrees', () => {
    expect(direction(keyT, 327.4)).toBe('compass.NNW 327°');
    expect(direction(keyT, 359.7)).toBe('compass.N 0°');
    expect(magnitudeText(-3.14)).toBe('\u22123.1');
    expect(magnitudeText(0.5)).toBe('0.5');
  });

  it('the chart’s text: rise, highest point, set, then the shadow crossing with its time and place', () => {
    const clock = passClock('en', 'UTC');
    const entering = passes.find((p) => p.shadowEntryMs !== null)!;
    const text = chartDescription(keyT, entering, clock);
    expect(text).toMatch(/^passes\.chartDescription\{/);
    expect(text).toContain(`"maxEl":${Math.round(entering.maxElevationDeg)}`);
    expect(text).toContain(`passes.chartShadowEntry{"time":"${clock.local(entering.shadowEntryMs!)}"`);
    const dark = passes.find((p) => p.brightest === null)!;
    expect(chartDescription(keyT, dark, clock)).toContain('passes.chartInShadow');
  });

  it('the .ics of the visible passes parses (ical.js) with the translated words and the magnitude', () => {
    const ics = passCalendar(passes, calendarText(keyT, 'Moscow, RU'), { site: request.site, createdMs: START_MS })!;
    const events = new ICAL.Component(ICAL.parse(ics)).getAllSubcomponents('vevent');
    expect(events).toHaveLength(groups.visible.length);
    const description = String(events[0].getFirstPropertyValue('description'));
    expect(description).toContain('passes.calendarDescription');
    expect(description).toContain('"riseDir":"compass.');
    expect(description).toContain('passes.calendarMagnitude');
    expect(events[0].getFirstPropertyValue('location')).toBe('Moscow, RU');
  });
});

describe('the place\'s time zone (placeZone.ts, @photostructure/tz-lookup)', () => {
  it('names the zones of the reference sites and of cities across the date line and the poles', async () => {
    const { default: lookup } = (await import('@photostructure/tz-lookup')) as unknown as { default: (lat: number, lon: number) => string };
    const { zoneAt } = await import('../../src/ui/passes/placeZone');
    expect(zoneAt(lookup, { latDeg: 55.8228, lonDeg: 37.6398 })).toBe('Europe/Moscow');
    expect(zoneAt(lookup, { latDeg: 38.8881, lonDeg: -77.0199 })).toBe('America/New_York');
    expect(zoneAt(lookup, { latDeg: 35.6895, lonDeg: 139.6917 })).toBe('Asia/Tokyo');
    expect(zoneAt(lookup, { latDeg: -36.8485, lonDeg: 174.7633 })).toBe('Pacific/Auckland');
    expect(zoneAt(lookup, { latDeg: 90, lonDeg: 0 })).toBe('Etc/GMT');
  });

  it('gives null (the device\'s zone is used) where the lookup throws or names a zone Intl does not know', async () => {
    const { knownZone, zoneAt } = await import('../../src/ui/passes/placeZone');
    expect(zoneAt(() => { throw new RangeError('invalid coordinates'); }, { latDeg: 0, lonDeg: 0 })).toBeNull();
    expect(zoneAt(() => 'Mars/Olympus_Mons', { latDeg: 0, lonDeg: 0 })).toBeNull();
    expect(knownZone('Asia/Kolkata')).toBe(true);
  });
});
