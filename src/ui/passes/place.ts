import type { City } from '../../astro/citySearch';
import { formatObserverParam, observerFromSearch, OBSERVER_PARAM, parseObserverParam, type ObserverError } from '../../astro/observer';
import type { ObserverSite } from '../../astro/passes';
import { PASS_PARAM, PASSES_PARAM } from '../../state/passesPanel';
import type { TranslateParams } from '../../tour/i18n';

/**
 * The user's place: where it comes from (the address, the last visit, a city, typed coordinates, the
 * browser's position), how it is remembered (localStorage) and how the address carries it
 * (`?passes=1&observer=<lat>,<lon>[,<heightM>]`).
 */
export interface Place {
  site: ObserverSite;
  /** A city's name and country code ("Moscow, RU"); null for coordinates. */
  name: string | null;
}

/** A message for the user: an i18n key (observer.ts's passes.error* among them) and its parameters. */
export interface PanelMessage {
  key: string;
  params?: TranslateParams;
}

const STORAGE_KEY = 'common-orbit.observer';

type Storage = Pick<globalThis.Storage, 'getItem' | 'setItem'>;

function browserStorage(): Storage | null {
  try {
    return typeof localStorage === 'undefined' ? null : localStorage;
  } catch {
    return null; // storage refused (private mode, kiosk policy): the place is not remembered
  }
}

/** Remembers the place for the next visit (the address's format, and the city's name). */
export function rememberPlace(place: Place, storage: Storage | null = browserStorage()): void {
  try {
    storage?.setItem(STORAGE_KEY, JSON.stringify({ observer: formatObserverParam(place.site), name: place.name }));
  } catch {
    // full or refused: still used in this visit
  }
}

/** The place remembered from an earlier visit; null if none or unreadable (never an error to show). */
export function rememberedPlace(storage: Storage | null = browserStorage()): Place | null {
  try {
    const saved = JSON.parse(storage?.getItem(STORAGE_KEY) ?? 'null') as { observer?: unknown; name?: unknown } | null;
    if (typeof saved?.observer !== 'string') return null;
    const parsed = parseObserverParam(saved.observer);
    return parsed.ok ? { site: parsed.value, name: typeof saved.name === 'string' ? saved.name : null } : null;
  } catch {
    return null;
  }
}

/**
 * The place to start from: the address's `observer` if it is good, else the remembered one. A bad `observer`
 * comes back as an error to show (and the remembered place is used).
 */
export function initialPlace(search: string, storage: Storage | null = browserStorage()): { place: Place | null; error: ObserverError | null } {
  const fromAddress = observerFromSearch(search);
  if (fromAddress?.ok) return { place: { site: fromAddress.value, name: null }, error: null };
  return { place: rememberedPlace(storage), error: fromAddress && !fromAddress.ok ? fromAddress.error : null };
}

/**
 * The query string with the panel's parameters: `passes=1` while it is open, `observer` for its place, `pass`
 * for the pass shown from the ground (its id, passView.ts passId); all removed when it closes. The other
 * parameters (t, rate, view, lang, …) are kept as they are.
 */
export function passesSearch(search: string, open: boolean, place: Place | null, shownPassId: string | null = null): string {
  const params = new URLSearchParams(search);
  params.delete(PASSES_PARAM);
  params.delete(OBSERVER_PARAM);
  params.delete(PASS_PARAM);
  if (open) {
    params.set(PASSES_PARAM, '1');
    if (place) params.set(OBSERVER_PARAM, formatObserverParam(place.site));
    if (place && shownPassId) params.set(PASS_PARAM, shownPassId);
  }
  // URLSearchParams writes "," as %2C: the address stays readable with it as typed.
  const query = params.toString().replace(/%2C/gi, ',');
  return query ? `?${query}` : '';
}

export function cityPlace(city: City): Place {
  return { site: { latDeg: city.latDeg, lonDeg: city.lonDeg, heightKm: 0 }, name: `${city.name}, ${city.countryCode}` };
}

/**
 * A place from the browser's position, rounded to 0.001° (~100 m: a pass does not change over that, and a
 * shared address does not pin a home). GeolocationCoordinates.altitude is above the WGS84 ellipsoid, as the
 * site's height is; it is often null (then 0 m).
 */
export function geolocatedPlace(coords: { latitude: number; longitude: number; altitude: number | null }): Place {
  const round3 = (x: number) => Math.round(x * 1000) / 1000;
  const heightM = coords.altitude !== null && Number.isFinite(coords.altitude) ? Math.round(coords.altitude) : 0;
  return { site: { latDeg: round3(coords.latitude), lonDeg: round3(coords.longitude), heightKm: heightM / 1000 }, name: null };
}

export function samePlace(a: Place | null, b: Place | null): boolean {
  return a === b || (!!a && !!b && formatObserverParam(a.site) === formatObserverParam(b.site) && a.name === b.name);
}
