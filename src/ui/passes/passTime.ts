import type { UnixMs } from '../../astro/units';

/**
 * Pass times as the panel writes them: in the place's time zone (placeZone.ts) where it is known, else in this
 * device's, and in UTC. The panel names the zone it uses.
 */
export interface PassClock {
  /** The IANA zone the local times are in, e.g. "Europe/Moscow". */
  zone: string;
  /** The zone is the place's (given), not this device's. */
  placeZone: boolean;
  /** "GMT+3" style offset of the zone at an instant. */
  offset: (instantMs: UnixMs) => string;
  /** "Thu, 17 Sep" in the local zone. */
  day: (instantMs: UnixMs) => string;
  /** "18:55:00" in the local zone. */
  local: (instantMs: UnixMs) => string;
  /** "15:55:00", with the UTC date added when it is not the local date ("23:55:00 (16 Sep)"). */
  utc: (instantMs: UnixMs) => string;
}

/**
 * Formatters for `lang` in `timeZone` (the place's; this device's when not given), built once per language and
 * zone: Intl.DateTimeFormat is costly to make.
 */
export function passClock(lang: string, timeZone?: string): PassClock {
  const zone = timeZone ?? new Intl.DateTimeFormat().resolvedOptions().timeZone;
  const time = { hour: '2-digit', minute: '2-digit', second: '2-digit', hourCycle: 'h23' } as const;
  const dayOptions = { weekday: 'short', day: 'numeric', month: 'short' } as const;
  const local = new Intl.DateTimeFormat(lang, { ...time, timeZone: zone });
  const utc = new Intl.DateTimeFormat(lang, { ...time, timeZone: 'UTC' });
  const day = new Intl.DateTimeFormat(lang, { ...dayOptions, timeZone: zone });
  const utcDay = new Intl.DateTimeFormat(lang, { day: 'numeric', month: 'short', timeZone: 'UTC' });
  const localDate = new Intl.DateTimeFormat('en-CA', { timeZone: zone });
  const utcDate = new Intl.DateTimeFormat('en-CA', { timeZone: 'UTC' });
  const offset = new Intl.DateTimeFormat('en', { timeZone: zone, timeZoneName: 'shortOffset' });
  return {
    zone,
    placeZone: timeZone !== undefined,
    offset: (ms) => offset.formatToParts(ms).find((p) => p.type === 'timeZoneName')?.value ?? zone,
    day: (ms) => day.format(ms),
    local: (ms) => local.format(ms),
    utc: (ms) => (localDate.format(ms) === utcDate.format(ms) ? utc.format(ms) : `${utc.format(ms)} (${utcDay.format(ms)})`),
  };
}

/** A duration as minutes and seconds, "6:15". */
export function minutesSeconds(durationS: number): string {
  const s = Math.round(durationS);
  return `${Math.floor(s / 60)}:${String(s % 60).padStart(2, '0')}`;
}
