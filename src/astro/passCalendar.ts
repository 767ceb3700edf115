import { createEvents, type EventAttributes } from 'ics';
import { compassPoint, type CompassPoint, type ObserverSite, type SatellitePass } from './passes';
import type { UnixMs } from './units';

/**
 * An iCalendar file (RFC 5545, written by the `ics` library) of the visible passes of a prediction: one
 * VEVENT per pass with `visible` set, from rise to set (UTC), with a display alarm 10 minutes before the rise.
 * All words come from the caller, so they can be translated; this module only supplies the numbers.
 */

/** The numbers and directions of one pass, as parameters for the caller's description template. */
export interface PassCalendarValues {
  /** Compass point at rise, maximum and set, through `text.compass` (default the English abbreviation). */
  riseDir: string;
  maxDir: string;
  setDir: string;
  /** Azimuths, whole degrees 0..359 from north through east. */
  riseAz: number;
  maxAz: number;
  setAz: number;
  /** Highest elevation, whole degrees. */
  maxEl: number;
  /** Rise to set, whole minutes (at least 1). */
  durationMin: number;
  /** Brightest estimated magnitude, one decimal; absent when the prediction has none. */
  magnitude?: number;
}

export interface PassCalendarText {
  /** X-WR-CALNAME, the calendar's name in the user's calendar app. */
  calendarName: string;
  /** Each event's title, e.g. t('passes.calendarSummary'). */
  summary: string;
  /** Each event's description, e.g. (v) => t('passes.calendarDescription', v). */
  description: (values: PassCalendarValues) => string;
  /** The alarm's text, e.g. t('passes.calendarAlarm'). */
  alarm: string;
  /** The place's name for LOCATION, e.g. a city's; omitted when absent. */
  location?: string;
  /** Translated compass point, e.g. (p) => t(`compass.${p}`). */
  compass?: (point: CompassPoint) => string;
}

/** A pass as predictPasses or findPasses give it; `brightest` is read when present. */
export type CalendarPass = SatellitePass & { brightest?: { magnitude: number } | null };

export interface PassCalendarOptions {
  /** Where the passes were predicted; gives GEO and keeps the UIDs apart between places. */
  site: ObserverSite;
  /** DTSTAMP: when the file is made (pass Date.now(); an argument so that the output is reproducible). */
  createdMs: UnixMs;
  /** Minutes before rise for the alarm (default 10). */
  alarmMinutesBefore?: number;
}

export const PASS_CALENDAR_PRODUCT_ID = '-//Common Orbit//ISS passes//EN';

/** RFC 5545 §3.3.11 TEXT escaping: `ics` escapes event text itself but writes X-WR-CALNAME as given. */
const escapeText = (text: string) => text.replace(/[\\;,]/g, (c) => `\\${c}`);

const wholeDegrees = (azimuthDeg: number) => Math.round(azimuthDeg) % 360;

/** The description parameters of one pass. */
export function passCalendarValues(pass: CalendarPass, compass: (point: CompassPoint) => string = (p) => p): PassCalendarValues {
  const values: PassCalendarValues = {
    riseDir: compass(compassPoint(pass.azimuthAtRiseDeg)),
    maxDir: compass(compassPoint(pass.azimuthAtMaxDeg)),
    setDir: compass(compassPoint(pass.azimuthAtSetDeg)),
    riseAz: wholeDegrees(pass.azimuthAtRiseDeg),
    maxAz: wholeDegrees(pass.azimuthAtMaxDeg),
    setAz: wholeDegrees(pass.azimuthAtSetDeg),
    maxEl: Math.round(pass.maxElevationDeg),
    durationMin: Math.max(1, Math.round((pass.setMs - pass.riseMs) / 60_000)),
  };
  if (pass.brightest) values.magnitude = Math.round(pass.brightest.magnitude * 10) / 10;
  return values;
}

/**
 * The .ics text for the visible passes among `passes` (others are left out). Returns null when there is no
 * visible pass (an empty calendar helps nobody); throws if `ics` rejects the events (a bug, not user input).
 *
 * UIDs are "iss-<rise minute>-<lat>,<lon>@common-orbit": the same pass from a later prediction (seconds apart)
 * usually keeps its UID, so importing twice updates an event instead of duplicating it.
 */
export function passCalendar(
  passes: readonly CalendarPass[],
  text: PassCalendarText,
  options: PassCalendarOptions,
): string | null {
  const { site, createdMs, alarmMinutesBefore = 10 } = options;
  const visible = passes.filter((p) => p.visible);
  if (visible.length === 0) return null;
  const place = `${site.latDeg.toFixed(3)},${site.lonDeg.toFixed(3)}`;
  const events: Array<EventAttributes & { timestamp: UnixMs }> = visible.map((pass) => ({
    uid: `iss-${Math.round(pass.riseMs / 60_000)}-${place}@common-orbit`,
    timestamp: createdMs,
    start: Math.round(pass.riseMs / 1000) * 1000,
    end: Math.round(pass.setMs / 1000) * 1000,
    startInputType: 'utc',
    startOutputType: 'utc',
    title: text.summary,
    description: text.description(passCalendarValues(pass, text.compass)),
    ...(text.location ? { location: text.location } : {}),
    geo: { lat: Number(site.latDeg.toFixed(4)), lon: Number(site.lonDeg.toFixed(4)) },
    transp: 'TRANSPARENT',
    alarms: [{ action: 'display', description: text.alarm, trigger: { minutes: alarmMinutesBefore, before: true } }],
  }));
  const { error, value } = createEvents(events, { productId: PASS_CALENDAR_PRODUCT_ID, calName: escapeText(text.calendarName) });
  if (error || value === null) throw new Error(`passCalendar: ics rejected the events: ${error?.message ?? 'no output'}`);
  return value;
}
