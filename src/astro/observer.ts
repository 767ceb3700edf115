import type { ObserverSite } from './passes';
import type { Degrees } from './units';

/**
 * The user's place for "see it from home": the `?observer=<latDeg>,<lonDeg>[,<heightM>]` URL parameter and
 * typed latitude / longitude / height strings. Nothing here throws on user input: a bad value comes back as
 * an error naming an i18n key and the parameters its message needs (the UI translates it).
 *
 * Latitude and longitude are WGS84 geodetic degrees (longitude +E), height metres above the ellipsoid (what a
 * phone's GPS gives; the ≤ 100 m between geoid and ellipsoid changes pass times by well under a second).
 */

export type ObserverErrorKey =
  | 'passes.errorObserverFormat'
  | 'passes.errorLatitude'
  | 'passes.errorLatitudeRange'
  | 'passes.errorLongitude'
  | 'passes.errorLongitudeRange'
  | 'passes.errorHeight'
  | 'passes.errorHeightRange'
  | 'passes.errorCoordinates';

export interface ObserverError {
  key: ObserverErrorKey;
  /** The message's parameters: `value` is the offending text; ranges carry `min` and `max`. */
  params: Readonly<Record<string, string | number>>;
}

export type Parsed<T> = { ok: true; value: T } | { ok: false; error: ObserverError };

/** Accepted heights, m: below the Dead Sea shore (−430 m) and above Everest (8,849 m), with margin. */
export const MIN_HEIGHT_M = -1000;
export const MAX_HEIGHT_M = 10_000;

type Axis = 'latitude' | 'longitude';

const AXIS = {
  latitude: { limit: 90, positive: 'N', negative: 'S', syntax: 'passes.errorLatitude', range: 'passes.errorLatitudeRange' },
  longitude: { limit: 180, positive: 'E', negative: 'W', syntax: 'passes.errorLongitude', range: 'passes.errorLongitudeRange' },
} as const;

const fail = (key: ObserverErrorKey, params: ObserverError['params']): Parsed<never> => ({ ok: false, error: { key, params } });

/** A plain decimal: optional sign, digits, optional fraction with "." or ",". No exponent, hex or blanks. */
const DECIMAL = /^[+-]?(?:\d+(?:[.,]\d*)?|[.,]\d+)$/;

function decimal(text: string): number | null {
  return DECIMAL.test(text) ? Number(text.replace(',', '.')) : null;
}

const NUM = String.raw`(\d+(?:[.,]\d*)?|[.,]\d+)`;
/**
 * Degrees, then optional minutes and seconds, each ended by its symbol, ':' or a blank. No "s" for seconds: it
 * would read as the hemisphere letter S.
 */
const DMS = new RegExp(
  String.raw`^${NUM}(?:\s*(?:°|º|˚|deg|d)\s*|\s*:\s*|\s+|$)` +
    String.raw`(?:${NUM}(?:\s*(?:'|′|’|min|m)\s*|\s*:\s*|\s+|$))?` +
    String.raw`(?:${NUM}\s*(?:"|″|”|''|′′|sec)?)?$`,
  'i',
);

/**
 * A latitude or longitude typed by a person: decimal degrees ("55.8228", "-77,0199") or degrees, minutes and
 * seconds ("55°49′22″", "55 49 22.1", "55:49", "55d 49m"), with a sign or a hemisphere letter before or after ("55.82 N",
 * "W 77.02"; N/S for latitude, E/W for longitude, not both a sign and a letter). Range: ±90° / ±180°.
 */
function parseAngle(text: string, axis: Axis): Parsed<Degrees> {
  const { limit, positive, negative, syntax, range } = AXIS[axis];
  const value = text.trim();
  let body = value.replace(/[\u2212\u2012\u2013]/g, '-').toUpperCase();
  let hemisphere: string | null = null;
  const lead = /^([NSEW])\s*/.exec(body);
  const trail = /\s*([NSEW])$/.exec(body);
  if (lead && trail) return fail(syntax, { value });
  if (lead) [hemisphere, body] = [lead[1], body.slice(lead[0].length)];
  else if (trail) [hemisphere, body] = [trail[1], body.slice(0, trail.index)];
  if (hemisphere !== null && hemisphere !== positive && hemisphere !== negative) return fail(syntax, { value });

  let sign = 1;
  const signMatch = /^([+-])\s*/.exec(body);
  if (signMatch) {
    if (hemisphere !== null) return fail(syntax, { value });
    sign = signMatch[1] === '-' ? -1 : 1;
    body = body.slice(signMatch[0].length);
  }
  if (hemisphere === negative) sign = -1;

  const dms = DMS.exec(body.trim());
  if (!dms) return fail(syntax, { value });
  const [degText, minText, secText] = [dms[1], dms[2], dms[3]];
  const parts = [degText, minText, secText].filter((p) => p !== undefined);
  // Only the last part given may have a fraction ("55.5 30" is not an angle), and minutes/seconds stay < 60.
  if (parts.slice(0, -1).some((p) => /[.,]/.test(p))) return fail(syntax, { value });
  const [deg, min = 0, sec = 0] = parts.map((p) => Number(p.replace(',', '.')));
  if (min >= 60 || sec >= 60) return fail(syntax, { value });
  const degrees = sign * (deg + min / 60 + sec / 3600);
  if (!(Math.abs(degrees) <= limit)) return fail(range, { value, min: -limit, max: limit });
  // -0 would print as "0" but compare unequal in Object.is: normalise.
  return { ok: true, value: degrees === 0 ? 0 : degrees };
}

/** A typed latitude, deg (+N). See parseAngle's formats. */
export function parseLatitude(text: string): Parsed<Degrees> {
  return parseAngle(text, 'latitude');
}

/** A typed longitude, deg (+E). */
export function parseLongitude(text: string): Parsed<Degrees> {
  return parseAngle(text, 'longitude');
}

/** A typed height above the ellipsoid, m (a plain decimal, optional trailing "m"); empty text is 0 m. */
export function parseHeightM(text: string): Parsed<number> {
  const value = text.trim();
  if (value === '') return { ok: true, value: 0 };
  const height = decimal(value.replace(/\s*m$/i, '').replace(/^\u2212/, '-'));
  if (height === null) return fail('passes.errorHeight', { value });
  if (!(height >= MIN_HEIGHT_M && height <= MAX_HEIGHT_M)) {
    return fail('passes.errorHeightRange', { value, min: MIN_HEIGHT_M, max: MAX_HEIGHT_M });
  }
  return { ok: true, value: height };
}

/** A site from typed fields; the first bad field's error is returned. */
export function parseObserverFields(latText: string, lonText: string, heightText = ''): Parsed<ObserverSite> {
  const lat = parseLatitude(latText);
  if (!lat.ok) return lat;
  const lon = parseLongitude(lonText);
  if (!lon.ok) return lon;
  const height = parseHeightM(heightText);
  if (!height.ok) return height;
  return { ok: true, value: { latDeg: lat.value, lonDeg: lon.value, heightKm: height.value / 1000 } };
}

/**
 * A pasted pair, "lat, lon" or "lat lon" or "lat; lon", as map sites copy them ("55.8228, 37.6398",
 * "55°49′22″N 37°38′23″E"). Decimal commas work when the pair is split by ";" or ", " (comma and blank).
 * An unsplittable text gives passes.errorCoordinates.
 */
export function parseCoordinates(text: string): Parsed<ObserverSite> {
  const value = text.trim();
  const pair = splitPair(value);
  if (pair === null) return fail('passes.errorCoordinates', { value });
  return parseObserverFields(pair[0], pair[1]);
}

function splitPair(text: string): [string, string] | null {
  const bySeparator = (sep: RegExp) => {
    const parts = text.split(sep);
    return parts.length === 2 && parts.every((p) => p.trim() !== '') ? ([parts[0], parts[1]] as [string, string]) : null;
  };
  if (text.includes(';')) return bySeparator(/;/);
  if (/,\s/.test(text)) return bySeparator(/,\s+/);
  if (/^[^,]*,[^,]*$/.test(text)) return bySeparator(/,/);
  // Blank-separated: after a trailing N/S ("55.8 N 37.6 E"), before a leading E/W ("N 55.8 E 37.6"), or two
  // plain numbers ("55.8 37.6").
  const afterNorthSouth = /^(.*?\S\s*[NS])\s+(.+)$/i.exec(text);
  if (afterNorthSouth) return [afterNorthSouth[1], afterNorthSouth[2]];
  const beforeEastWest = /^(.+?)\s+([EW].*)$/i.exec(text);
  if (beforeEastWest) return [beforeEastWest[1], beforeEastWest[2]];
  const twoNumbers = /^(\S+)\s+(\S+)$/.exec(text);
  return twoNumbers ? [twoNumbers[1], twoNumbers[2]] : null;
}

/** The URL parameter that carries a place: `?observer=<latDeg>,<lonDeg>[,<heightM>]`. */
export const OBSERVER_PARAM = 'observer';

/**
 * The `observer` URL parameter's value: decimal degrees with "." only (the parts are comma-separated), e.g.
 * "55.8228,37.6398" or "38.8881,-77.0199,10".
 */
export function parseObserverParam(raw: string): Parsed<ObserverSite> {
  const value = raw.trim();
  const parts = value.split(',').map((p) => p.trim());
  if (parts.length < 2 || parts.length > 3) return fail('passes.errorObserverFormat', { value });
  const lat = decimal(parts[0]);
  if (lat === null) return fail('passes.errorLatitude', { value: parts[0] });
  if (!(Math.abs(lat) <= 90)) return fail('passes.errorLatitudeRange', { value: parts[0], min: -90, max: 90 });
  const lon = decimal(parts[1]);
  if (lon === null) return fail('passes.errorLongitude', { value: parts[1] });
  if (!(Math.abs(lon) <= 180)) return fail('passes.errorLongitudeRange', { value: parts[1], min: -180, max: 180 });
  const height = parts.length === 3 ? parseHeightM(parts[2]) : ({ ok: true, value: 0 } as const);
  if (!height.ok) return height;
  return { ok: true, value: { latDeg: lat, lonDeg: lon, heightKm: height.value / 1000 } };
}

/** The site from a page's query (`location.search` or URLSearchParams); null when the parameter is absent. */
export function observerFromSearch(search: string | URLSearchParams): Parsed<ObserverSite> | null {
  const params = typeof search === 'string' ? new URLSearchParams(search) : search;
  const raw = params.get(OBSERVER_PARAM);
  return raw === null ? null : parseObserverParam(raw);
}

/**
 * The `observer` parameter's value for a site: 4 decimals (≈ 11 m; fewer digits keep a shared link short and
 * do not pin a home to the metre), height in whole metres, omitted when 0.
 */
export function formatObserverParam(site: ObserverSite): string {
  const fixed = (x: number) => String(Number(x.toFixed(4)));
  const heightM = Math.round(site.heightKm * 1000);
  return `${fixed(site.latDeg)},${fixed(site.lonDeg)}${heightM !== 0 ? `,${heightM}` : ''}`;
}
