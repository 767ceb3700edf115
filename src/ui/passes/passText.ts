import type { PassCalendarText } from '../../astro/passCalendar';
import type { PassPrediction } from '../../astro/passPrediction';
import { compassPoint } from '../../astro/passes';
import type { Degrees } from '../../astro/units';
import type { TranslateParams } from '../../tour/i18n';
import type { PassClock } from './passTime';
import { trackIndexAt } from './passView';

/** The panel's sentences about a pass, from a translate function: pure, so each language can be tested. */
export type T = (key: string, params?: TranslateParams) => string;

const wholeAzimuth = (azimuthDeg: Degrees) => Math.round(azimuthDeg) % 360;

/** A compass point in the language, and the azimuth: "NNW 327°", "ССЗ 327°", "北北西 327°". */
export function direction(t: T, azimuthDeg: Degrees): string {
  return `${t(`compass.${compassPoint(azimuthDeg)}`)} ${wholeAzimuth(azimuthDeg)}°`;
}

/** A magnitude with a true minus sign and one decimal: "−3.1". */
export function magnitudeText(magnitude: number): string {
  return magnitude.toFixed(1).replace(/^-/, '\u2212');
}

/**
 * The sky chart's text equivalent (for screen readers, and printed under the chart): rise, highest point and
 * set with times, directions and elevations, and where the ISS enters or leaves the Earth's shadow.
 */
export function chartDescription(t: T, pass: PassPrediction, clock: PassClock): string {
  const where = (azimuthDeg: Degrees) => ({ dir: t(`compass.${compassPoint(azimuthDeg)}`), az: wholeAzimuth(azimuthDeg) });
  const rise = where(pass.azimuthAtRiseDeg);
  const max = where(pass.azimuthAtMaxDeg);
  const set = where(pass.azimuthAtSetDeg);
  const sentences = [
    t('passes.chartDescription', {
      riseTime: clock.local(pass.riseMs),
      riseDir: rise.dir,
      riseAz: rise.az,
      maxTime: clock.local(pass.maxMs),
      maxEl: Math.round(pass.maxElevationDeg),
      maxDir: max.dir,
      maxAz: max.az,
      setTime: clock.local(pass.setMs),
      setDir: set.dir,
      setAz: set.az,
    }),
  ];
  const crossing = (key: string, instantMs: number) => {
    const i = trackIndexAt(pass.track, instantMs);
    const at = where(pass.track.azimuthDeg[i]);
    return t(key, { time: clock.local(instantMs), el: Math.round(pass.track.elevationDeg[i]), dir: at.dir, az: at.az });
  };
  const crossings: Array<[string, number]> = [];
  if (pass.shadowEntryMs !== null) crossings.push(['passes.chartShadowEntry', pass.shadowEntryMs]);
  if (pass.shadowExitMs !== null) crossings.push(['passes.chartShadowExit', pass.shadowExitMs]);
  crossings.sort((a, b) => a[1] - b[1]).forEach(([key, ms]) => sentences.push(crossing(key, ms)));
  if (crossings.length === 0 && pass.brightest === null) sentences.push(t('passes.chartInShadow'));
  // Sentences ending in a full-width stop (Japanese) are not followed by a blank.
  return sentences.reduce((text, next) => (text === '' ? next : /[。！？]$/.test(text) ? text + next : `${text} ${next}`), '');
}

/** The words of the .ics file (passCalendar.ts supplies the numbers). */
export function calendarText(t: T, placeName: string): PassCalendarText {
  return {
    calendarName: t('passes.calendarName', { place: placeName }),
    summary: t('passes.calendarSummary'),
    description: ({ magnitude, ...values }) => {
      const text = t('passes.calendarDescription', values);
      return magnitude === undefined ? text : `${text} ${t('passes.calendarMagnitude', { magnitude: magnitudeText(magnitude) })}`;
    },
    alarm: t('passes.calendarAlarm'),
    location: placeName,
    compass: (point) => t(`compass.${point}`),
  };
}
