import { useEffect, useState } from 'react';
import type { ObserverSite } from '../../astro/passes';

/**
 * The place's own time zone, for the pass times: an IANA zone from its coordinates, by @photostructure/tz-lookup
 * (CC0, a ~70 KB map of timezone-boundary-builder's zones, fetched with the panel the first time a place is
 * chosen, then offline like the rest of the app). Its author measures ~5 % of inhabited points given a zone
 * with other offsets than the exact boundaries' (near a border); the panel says so. Where the lookup cannot be
 * had (the map not loaded offline) or names a zone this browser does not know, the device's zone is used and
 * the panel says that instead.
 */
type ZoneLookup = (latDeg: number, lonDeg: number) => string;

let lookup: Promise<ZoneLookup> | null = null;

function loadLookup(): Promise<ZoneLookup> {
  lookup ??= import('@photostructure/tz-lookup')
    .then((m) => (m as unknown as { default: ZoneLookup }).default)
    .catch((e: Error) => {
      lookup = null;
      throw e;
    });
  return lookup;
}

/** Whether this browser's Intl knows the zone (an old browser may lack a recent one). */
export function knownZone(zone: string): boolean {
  try {
    new Intl.DateTimeFormat('en', { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}

/** The zone of a site from a lookup, or null where it throws or names a zone Intl does not know. */
export function zoneAt(lookupZone: ZoneLookup, site: Pick<ObserverSite, 'latDeg' | 'lonDeg'>): string | null {
  try {
    const zone = lookupZone(site.latDeg, site.lonDeg);
    return knownZone(zone) ? zone : null;
  } catch {
    return null;
  }
}

/** The place's IANA zone; null while it is looked up, when there is no place, or when it cannot be had. */
export function usePlaceZone(site: ObserverSite | null): string | null {
  const [found, setFound] = useState<{ key: string; zone: string | null } | null>(null);
  const latDeg = site?.latDeg;
  const lonDeg = site?.lonDeg;
  const key = `${latDeg},${lonDeg}`;
  useEffect(() => {
    if (latDeg === undefined || lonDeg === undefined) return;
    let cancelled = false;
    loadLookup().then(
      (f) => !cancelled && setFound({ key: `${latDeg},${lonDeg}`, zone: zoneAt(f, { latDeg, lonDeg }) }),
      () => !cancelled && setFound({ key: `${latDeg},${lonDeg}`, zone: null }),
    );
    return () => {
      cancelled = true;
    };
  }, [latDeg, lonDeg]);
  return found?.key === key ? found.zone : null;
}
