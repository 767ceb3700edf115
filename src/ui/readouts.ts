import { TLE_STALE_AFTER_DAYS } from '../astro/tle';
import { MS_PER_DAY } from '../astro/units';
import { TLE_SOURCE_KEYS } from '../state/elements';
import { frame } from '../state/frame';
import { t, useLang } from '../state/lang';
import { stationOfDate } from '../state/station';

/**
 * HUD readouts: `value` is the plain full-precision value (the element's data-value, the test
 * contract); `text` is what a person reads.
 */
export interface Readout {
  id: string;
  /** i18n key of the label. */
  label: string;
  value: () => string;
  text: () => string;
  /** True while its data are still loading (the text says so even when the value is the same as after). */
  pending?: () => boolean;
}

const s = () => frame.snapshot;
const station = () => stationOfDate(frame.snapshot.instantMs);
/** Docked vehicles as `<id>@<port-id>` (port-id as in the manifest; `aboard` where no port is recorded). */
const vehicleList = () => station()?.vehicles.map((v) => `${v.segmentOf ?? v.id}@${v.port ?? 'aboard'}`).join(',') ?? '';

const formats = new Map<string, Intl.NumberFormat>();
/** `value` in the current language with `digits` decimals, as a `unit` (Intl's names) or a percentage; each formatter is made once. */
function num(value: number, digits: number, unit?: string): string {
  const lang = useLang.getState().lang;
  const id = `${lang}|${digits}|${unit ?? ''}`;
  let format = formats.get(id);
  if (!format) {
    const style = unit === 'percent' ? { style: 'percent' as const } : unit ? { style: 'unit' as const, unit } : {};
    format = new Intl.NumberFormat(lang, { minimumFractionDigits: digits, maximumFractionDigits: digits, ...style });
    formats.set(id, format);
  }
  return format.format(value);
}
/** A latitude or longitude with its hemisphere, in the language's order ("10.22° N", "10,22° с. ш.", "北緯10.22°"). */
const hemisphere = (v: number, pos: string, neg: string) => t(v >= 0 ? pos : neg, { deg: num(Math.abs(v), 2) });
const tleAgeDays = () => (frame.tle ? (s().instantMs - frame.tle.epochMs) / MS_PER_DAY : NaN);

export const READOUTS: Readout[] = [
  {
    id: 'sim-time',
    label: 'hud.utc',
    value: () => new Date(s().instantMs).toISOString(),
    text: () => new Date(s().instantMs).toISOString().replace('T', ' ').slice(0, 19),
  },
  { id: 'iss-lat', label: 'hud.issLat', value: () => String(s().issGeodetic.latDeg), text: () => hemisphere(s().issGeodetic.latDeg, 'hud.north', 'hud.south') },
  { id: 'iss-lon', label: 'hud.issLon', value: () => String(s().issGeodetic.lonDeg), text: () => hemisphere(s().issGeodetic.lonDeg, 'hud.east', 'hud.west') },
  { id: 'iss-alt', label: 'hud.issAlt', value: () => String(s().issGeodetic.altKm), text: () => num(s().issGeodetic.altKm, 1, 'kilometer') },
  { id: 'iss-speed', label: 'hud.issSpeed', value: () => String(s().issSpeedKmPerS), text: () => num(s().issSpeedKmPerS, 3, 'kilometer-per-second') },
  { id: 'iss-sunlit', label: 'hud.issSunlit', value: () => String(s().issSunlit), text: () => t(s().issSunlit ? 'hud.sunlit' : 'hud.shadow') },
  { id: 'subsolar-lat', label: 'hud.subsolarLat', value: () => String(s().subsolar.latDeg), text: () => hemisphere(s().subsolar.latDeg, 'hud.north', 'hud.south') },
  { id: 'subsolar-lon', label: 'hud.subsolarLon', value: () => String(s().subsolar.lonDeg), text: () => hemisphere(s().subsolar.lonDeg, 'hud.east', 'hud.west') },
  {
    id: 'tle-epoch',
    label: 'hud.tleEpoch',
    value: () => (frame.tle ? new Date(frame.tle.epochMs).toISOString() : ''),
    text: () => (frame.tle ? new Date(frame.tle.epochMs).toISOString().replace('T', ' ').slice(0, 16) : '—'),
  },
  {
    id: 'tle-age',
    label: 'hud.tleAge',
    value: () => String(tleAgeDays()),
    text: () => {
      const d = tleAgeDays();
      if (!Number.isFinite(d)) return '—';
      const approx = Math.abs(d) > TLE_STALE_AFTER_DAYS ? ' · ≈' : '';
      return `${num(d, 1, 'day')} (${t(TLE_SOURCE_KEYS[frame.tleSource])})${approx}`;
    },
  },
  { id: 'moon-distance', label: 'hud.moonDistance', value: () => String(s().moonDistanceKm), text: () => num(Math.round(s().moonDistanceKm), 0, 'kilometer') },
  { id: 'moon-illumination', label: 'hud.moonLit', value: () => String(s().moonIlluminatedFraction), text: () => num(s().moonIlluminatedFraction, 1, 'percent') },
  {
    id: 'station-elements',
    label: 'hud.stationElements',
    pending: () => station() === null,
    value: () => station()?.elements.map((e) => e.element.id).join(',') ?? '',
    text: () => {
      const st = station();
      return st ? t('hud.stationElementsCount', { n: st.elements.length }) : '…';
    },
  },
  {
    id: 'station-vehicles',
    label: 'hud.stationVehicles',
    pending: () => station() === null,
    value: vehicleList,
    text: () => {
      const st = station();
      if (!st) return '…';
      const n = t('hud.stationVehiclesCount', { n: st.vehicles.length });
      return st.asOf ? `${n} · ${t('hud.asOf', { date: st.asOf })}` : n;
    },
  },
  {
    id: 'shackleton-sun-elevation',
    label: 'hud.shackletonSun',
    value: () => String(s().shackletonSunElevationDeg),
    text: () => `${num(s().shackletonSunElevationDeg, 2)}°`,
  },
  {
    id: 'shackleton-earth-elevation',
    label: 'hud.shackletonEarth',
    value: () => String(s().shackletonEarthElevationDeg),
    text: () => `${num(s().shackletonEarthElevationDeg, 2)}° (${t(s().shackletonEarthElevationDeg > 0 ? 'hud.inView' : 'hud.belowHorizon')})`,
  },
];

export function tleIsApproximate(): boolean {
  return Math.abs(tleAgeDays()) > TLE_STALE_AFTER_DAYS;
}
