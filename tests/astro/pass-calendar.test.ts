import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { passCalendar, passCalendarValues, PASS_CALENDAR_PRODUCT_ID, type PassCalendarText } from '../../src/astro/passCalendar';
import { predictPasses } from '../../src/astro/passPrediction';
import { compassPoint } from '../../src/astro/passes';
import { satrecFromLines } from '../../src/astro/sgp4';
import { PASS_SITES, PASS_WINDOW_START_UTC } from './fixtures/iss-passes-reference';
import { ISS_TLE_2026_09_16 } from './fixtures/iss-tles';

// The .ics is parsed back with ical.js (Mozilla's RFC 5545 parser), independent of the `ics` writer.

const satrec = satrecFromLines(ISS_TLE_2026_09_16.line1, ISS_TLE_2026_09_16.line2);
const moscowRef = PASS_SITES.find((s) => s.name.includes('Moscow'))!;
const moscow = { latDeg: moscowRef.latDeg, lonDeg: moscowRef.lonDeg, heightKm: moscowRef.heightM / 1000 };
const passes = predictPasses(satrec, moscow, Date.parse(PASS_WINDOW_START_UTC));
const visible = passes.filter((p) => p.visible);
const CREATED_MS = Date.UTC(2026, 8, 16, 12);

// Text as a translation would give it, with the characters RFC 5545 escapes (, ; \ newline) and Cyrillic.
const text: PassCalendarText = {
  calendarName: 'МКС над Москвой, 3 дня',
  summary: 'МКС: пролёт; видно',
  description: (v) =>
    `Восход ${v.riseDir} (${v.riseAz}°), максимум ${v.maxEl}° ${v.maxDir} (${v.maxAz}°)\nзаход ${v.setDir} (${v.setAz}°); ${v.durationMin} мин; m ${v.magnitude}`,
  alarm: 'МКС через 10 минут',
  location: 'Москва, Россия',
  compass: (p) => `[${p}]`,
};

function parse(ics: string) {
  const calendar = new ICAL.Component(ICAL.parse(ics));
  return { calendar, events: calendar.getAllSubcomponents('vevent') };
}

describe('passCalendar', () => {
  const ics = passCalendar(passes, text, { site: moscow, createdMs: CREATED_MS })!;
  const { calendar, events } = parse(ics);

  it('the reference window has visible passes over Moscow (3) and invisible ones, which are left out', () => {
    expect(visible.length).toBe(3);
    expect(passes.length).toBeGreaterThan(visible.length);
    expect(events.length).toBe(visible.length);
  });

  it('calendar: VERSION 2.0, our PRODID, the caller’s name (escaped text round-trips)', () => {
    expect(calendar.getFirstPropertyValue('version')).toBe('2.0');
    expect(calendar.getFirstPropertyValue('prodid')).toBe(PASS_CALENDAR_PRODUCT_ID);
    // ical.js leaves X- properties raw (type "unknown"); RFC 5545 §3.8.8.2 gives them TEXT by default.
    const rawName = String(calendar.getFirstPropertyValue('x-wr-calname'));
    expect(rawName.replace(/\\([\\;,])/g, '$1')).toBe(text.calendarName);
    expect(ics.includes('\r\n')).toBe(true);
  });

  it.each(visible.map((p, i) => [new Date(p.maxMs).toISOString(), p, i] as const))(
    'pass culminating %s: start at rise, end at set (UTC, within 1 s), summary, description, location, GEO',
    (_, pass, i) => {
      const event = new ICAL.Event(events[i]);
      expect(event.startDate.zone?.tzid).toBe('UTC');
      expect(Math.abs(event.startDate.toJSDate().getTime() - pass.riseMs)).toBeLessThanOrEqual(1000);
      expect(Math.abs(event.endDate.toJSDate().getTime() - pass.setMs)).toBeLessThanOrEqual(1000);
      expect(event.summary).toBe(text.summary);
      expect(event.description).toBe(text.description(passCalendarValues(pass, text.compass)));
      expect(event.location).toBe(text.location);
      expect(event.uid).toMatch(/^iss-\d+-55\.823,37\.640@common-orbit$/);
      expect(events[i].getFirstPropertyValue('geo')).toEqual([55.8228, 37.6398]);
      expect(new Date(events[i].getFirstPropertyValue('dtstamp')!.toString()).getTime()).toBe(CREATED_MS);
    },
  );

  it('each event has one display alarm 10 minutes before the start', () => {
    for (const event of events) {
      const alarms = event.getAllSubcomponents('valarm');
      expect(alarms.length).toBe(1);
      expect(alarms[0].getFirstPropertyValue('action')).toBe('DISPLAY');
      expect(alarms[0].getFirstPropertyValue('description')).toBe(text.alarm);
      const trigger = alarms[0].getFirstPropertyValue('trigger') as ICAL.Duration;
      expect(trigger.toSeconds()).toBe(-600);
    }
  });

  it('description values: compass points and whole degrees of rise / max / set, minutes, magnitude to 0.1', () => {
    const pass = visible[0];
    const v = passCalendarValues(pass);
    expect(v.riseDir).toBe(compassPoint(pass.azimuthAtRiseDeg));
    expect(v.maxDir).toBe(compassPoint(pass.azimuthAtMaxDeg));
    expect(v.setDir).toBe(compassPoint(pass.azimuthAtSetDeg));
    expect(v.riseAz).toBe(Math.round(pass.azimuthAtRiseDeg) % 360);
    expect(v.maxEl).toBe(Math.round(pass.maxElevationDeg));
    expect(v.durationMin).toBe(Math.round(pass.durationS / 60));
    expect(v.magnitude).toBe(Math.round(pass.brightest!.magnitude * 10) / 10);
    expect(passCalendarValues({ ...pass, brightest: null }).magnitude).toBeUndefined();
  });

  it('alarm lead time is an option; no visible pass → null; the output is reproducible', () => {
    const early = parse(passCalendar(passes, text, { site: moscow, createdMs: CREATED_MS, alarmMinutesBefore: 30 })!);
    const trigger = early.events[0].getFirstSubcomponent('valarm')!.getFirstPropertyValue('trigger') as ICAL.Duration;
    expect(trigger.toSeconds()).toBe(-1800);
    expect(passCalendar(passes.filter((p) => !p.visible), text, { site: moscow, createdMs: CREATED_MS })).toBeNull();
    expect(passCalendar(passes, text, { site: moscow, createdMs: CREATED_MS })).toBe(ics);
  });
});
