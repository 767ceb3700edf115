import { describe, expect, it } from 'vitest';
import {
  formatObserverParam,
  observerFromSearch,
  parseCoordinates,
  parseHeightM,
  parseLatitude,
  parseLongitude,
  parseObserverFields,
  parseObserverParam,
  type Parsed,
} from '../../src/astro/observer';

/** The value of an ok result (fails the test otherwise). */
function value<T>(result: Parsed<T>): T {
  if (!result.ok) throw new Error(`expected ok, got ${JSON.stringify(result.error)}`);
  return result.value;
}

describe('parseObserverParam (?observer=<latDeg>,<lonDeg>[,<heightM>])', () => {
  it('lat,lon and lat,lon,height (m → km)', () => {
    expect(value(parseObserverParam('55.8228,37.6398'))).toEqual({ latDeg: 55.8228, lonDeg: 37.6398, heightKm: 0 });
    expect(value(parseObserverParam(' 38.8881, -77.0199, 10 '))).toEqual({ latDeg: 38.8881, lonDeg: -77.0199, heightKm: 0.01 });
    expect(value(parseObserverParam('-90,180'))).toEqual({ latDeg: -90, lonDeg: 180, heightKm: 0 });
  });

  it.each([
    ['55.8', 'passes.errorObserverFormat', { value: '55.8' }],
    ['1,2,3,4', 'passes.errorObserverFormat', { value: '1,2,3,4' }],
    ['', 'passes.errorObserverFormat', { value: '' }],
    ['abc,37', 'passes.errorLatitude', { value: 'abc' }],
    [',37', 'passes.errorLatitude', { value: '' }],
    ['1e1,37', 'passes.errorLatitude', { value: '1e1' }],
    ['0x10,37', 'passes.errorLatitude', { value: '0x10' }],
    ['91,37', 'passes.errorLatitudeRange', { value: '91', min: -90, max: 90 }],
    ['55,east', 'passes.errorLongitude', { value: 'east' }],
    ['55,-180.5', 'passes.errorLongitudeRange', { value: '-180.5', min: -180, max: 180 }],
    ['55,37,high', 'passes.errorHeight', { value: 'high' }],
    ['55,37,20000', 'passes.errorHeightRange', { value: '20000', min: -1000, max: 10000 }],
  ])('%j → %s %j (no throw)', (raw, key, params) => {
    expect(parseObserverParam(raw)).toEqual({ ok: false, error: { key, params } });
  });

  it('observerFromSearch: null without the parameter; parses it from a query string or URLSearchParams', () => {
    expect(observerFromSearch('?t=2026-09-17T00:00:00Z')).toBeNull();
    expect(value(observerFromSearch('?lang=ru&observer=55.8228%2C37.6398%2C150')!)).toEqual({
      latDeg: 55.8228,
      lonDeg: 37.6398,
      heightKm: 0.15,
    });
    expect(observerFromSearch(new URLSearchParams({ observer: '95,0' }))!.ok).toBe(false);
  });

  it('formatObserverParam round-trips to 4 decimals (≈ 11 m) and whole metres; height 0 omitted', () => {
    expect(formatObserverParam({ latDeg: 55.822812, lonDeg: 37.63981, heightKm: 0.15 })).toBe('55.8228,37.6398,150');
    expect(formatObserverParam({ latDeg: -33.9, lonDeg: 151.2, heightKm: 0 })).toBe('-33.9,151.2');
    for (const site of [
      { latDeg: 38.8881, lonDeg: -77.0199, heightKm: 0.01 },
      { latDeg: -89.99, lonDeg: 179.9999, heightKm: -0.4 },
    ]) {
      const back = value(parseObserverParam(formatObserverParam(site)));
      expect(Math.abs(back.latDeg - site.latDeg)).toBeLessThan(5e-5);
      expect(Math.abs(back.lonDeg - site.lonDeg)).toBeLessThan(5e-5);
      expect(Math.abs(back.heightKm - site.heightKm)).toBeLessThan(5e-4);
    }
  });
});

describe('typed latitude / longitude', () => {
  it.each([
    ['55.8228', 55.8228],
    ['  -33,9 ', -33.9],
    ['−33.9', -33.9],
    ['+12', 12],
    ['.5', 0.5],
    ['55.8228 N', 55.8228],
    ['55.8228n', 55.8228],
    ['S 33.9', -33.9],
    ['55°49′22″', 55 + 49 / 60 + 22 / 3600],
    ["55°49'22\" N", 55 + 49 / 60 + 22 / 3600],
    ['55 49 22.5 S', -(55 + 49 / 60 + 22.5 / 3600)],
    ['55:49.5', 55 + 49.5 / 60],
    ['55d 30m', 55.5],
    ['90', 90],
    ['-0', 0],
  ])('latitude %j → %f (1e-12°)', (text, expected) => {
    expect(Math.abs(value(parseLatitude(text)) - expected)).toBeLessThan(1e-12);
  });

  it.each([
    ['37°38′23″E', 37 + 38 / 60 + 23 / 3600],
    ['W 77.0199', -77.0199],
    ['-180', -180],
    ['179,5', 179.5],
  ])('longitude %j → %f (1e-12°)', (text, expected) => {
    expect(Math.abs(value(parseLongitude(text)) - expected)).toBeLessThan(1e-12);
  });

  it.each([
    ['', 'passes.errorLatitude'],
    ['north', 'passes.errorLatitude'],
    ['55.8 E', 'passes.errorLatitude'],
    ['N 55.8 N', 'passes.errorLatitude'],
    ['-55.8 S', 'passes.errorLatitude'],
    ['55.5 30', 'passes.errorLatitude'],
    ['55 60', 'passes.errorLatitude'],
    ['55 30 60', 'passes.errorLatitude'],
    ['1e1', 'passes.errorLatitude'],
    ['12.3.4', 'passes.errorLatitude'],
    ['90.0001', 'passes.errorLatitudeRange'],
    ['5549', 'passes.errorLatitudeRange'],
    ['91 S', 'passes.errorLatitudeRange'],
  ])('latitude %j → %s with the text as {value}', (text, key) => {
    const result = parseLatitude(text);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.key).toBe(key);
    expect(result.error.params.value).toBe(text.trim());
    if (key.endsWith('Range')) expect(result.error.params).toMatchObject({ min: -90, max: 90 });
  });

  it('longitude errors: 55 N → errorLongitude; 181 → errorLongitudeRange {min −180, max 180}', () => {
    expect(parseLongitude('55 N')).toEqual({ ok: false, error: { key: 'passes.errorLongitude', params: { value: '55 N' } } });
    expect(parseLongitude('181')).toEqual({
      ok: false,
      error: { key: 'passes.errorLongitudeRange', params: { value: '181', min: -180, max: 180 } },
    });
  });

  it('height: empty → 0 m; "150 m" → 150; −430 ok; out of −1000..10000 → errorHeightRange', () => {
    expect(value(parseHeightM(''))).toBe(0);
    expect(value(parseHeightM('150 m'))).toBe(150);
    expect(value(parseHeightM('−430'))).toBe(-430);
    expect(parseHeightM('12 km')).toEqual({ ok: false, error: { key: 'passes.errorHeight', params: { value: '12 km' } } });
    expect(parseHeightM('-1200').ok).toBe(false);
  });

  it('parseObserverFields: a site, or the first bad field', () => {
    expect(value(parseObserverFields('55.8228 N', '37.6398 E', '150'))).toEqual({
      latDeg: 55.8228,
      lonDeg: 37.6398,
      heightKm: 0.15,
    });
    const bad = parseObserverFields('55', 'x', 'y');
    expect(!bad.ok && bad.error.key).toBe('passes.errorLongitude');
  });
});

describe('parseCoordinates (a pasted pair)', () => {
  it.each([
    ['55.8228, 37.6398', 55.8228, 37.6398],
    ['55.8228,37.6398', 55.8228, 37.6398],
    ['55,8228; 37,6398', 55.8228, 37.6398],
    ['55,8228, 37,6398', 55.8228, 37.6398],
    ['55.8228 37.6398', 55.8228, 37.6398],
    ['38.8881 N 77.0199 W', 38.8881, -77.0199],
    ['S 33.9 E 151.2', -33.9, 151.2],
    ['55°49′22″N 37°38′23″E', 55 + 49 / 60 + 22 / 3600, 37 + 38 / 60 + 23 / 3600],
  ])('%j → %f, %f', (text, lat, lon) => {
    const site = value(parseCoordinates(text));
    expect(Math.abs(site.latDeg - lat)).toBeLessThan(1e-12);
    expect(Math.abs(site.lonDeg - lon)).toBeLessThan(1e-12);
    expect(site.heightKm).toBe(0);
  });

  it('an unsplittable text → passes.errorCoordinates {value}; a bad half → that half’s error', () => {
    expect(parseCoordinates('Moscow')).toEqual({ ok: false, error: { key: 'passes.errorCoordinates', params: { value: 'Moscow' } } });
    expect(parseCoordinates('1, 2, 3')).toEqual({ ok: false, error: { key: 'passes.errorCoordinates', params: { value: '1, 2, 3' } } });
    const bad = parseCoordinates('95, 37');
    expect(!bad.ok && bad.error.key).toBe('passes.errorLatitudeRange');
  });
});
