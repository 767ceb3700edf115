import { TLE_STALE_AFTER_DAYS } from '../astro/tle';
import { MS_PER_DAY } from '../astro/units';
import { frame } from '../state/frame';
import { t } from '../state/lang';
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
const hemisphere = (v: number, pos: string, neg: string) => `${Math.abs(v).toFixed(2)}° ${v >= 0 ? pos : neg}`;
const tleAgeDays = () => (frame.tle ? (s().instantMs - frame.tle.epochMs) / MS_PER_DAY : NaN);

export const READOUTS: Readout[] = [
  {
    id: 'sim-time',
    label: 'hud.utc',
    value: () => new Date(s().instantMs).toISOString(),
    text: () => new Date(s().instantMs).toISOString().replace('T', ' ').slice(0, 19),
  },
  { id: 'iss-lat', label: 'hud.issLat', value: () => String(s().issGeodetic.latDeg), text: () => hemisphere(s().issGeodetic.latDeg, 'N', 'S') },
  { id: 'iss-lon', label: 'hud.issLon', value: () => String(s().issGeodetic.lonDeg), text: () => hemisphere(s().issGeodetic.lonDeg, 'E', 'W') },
  { id: 'iss-alt', label: 'hud.issAlt', value: () => String(s().issGeodetic.altKm), text: () => `${s().issGeodetic.altKm.toFixed(1)} km` },
  { id: 'iss-speed', label: 'hud.issSpeed', value: () => String(s().issSpeedKmPerS), text: () => `${s().issSpeedKmPerS.toFixed(3)} km/s` },
  { id: 'iss-sunlit', label: 'hud.issSunlit', value: () => String(s().issSunlit), text: () => t(s().issSunlit ? 'hud.sunlit' : 'hud.shadow') },
  { id: 'subsolar-lat', label: 'hud.subsolarLat', value: () => String(s().subsolar.latDeg), text: () => hemisphere(s().subsolar.latDeg, 'N', 'S') },
  { id: 'subsolar-lon', label: 'hud.subsolarLon', value: () => String(s().subsolar.lonDeg), text: () => hemisphere(s().subsolar.lonDeg, 'E', 'W') },
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
      return `${d >= 0 ? '' : '−'}${Math.abs(d).toFixed(1)} d (${frame.tleSource})${approx}`;
    },
  },
  { id: 'moon-distance', label: 'hud.moonDistance', value: () => String(s().moonDistanceKm), text: () => `${Math.round(s().moonDistanceKm).toLocaleString('en-US')} km` },
  { id: 'moon-illumination', label: 'hud.moonLit', value: () => String(s().moonIlluminatedFraction), text: () => `${(s().moonIlluminatedFraction * 100).toFixed(1)} %` },
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
    text: () => `${s().shackletonSunElevationDeg.toFixed(2)}°`,
  },
  {
    id: 'shackleton-earth-elevation',
    label: 'hud.shackletonEarth',
    value: () => String(s().shackletonEarthElevationDeg),
    text: () => `${s().shackletonEarthElevationDeg.toFixed(2)}° (${t(s().shackletonEarthElevationDeg > 0 ? 'hud.inView' : 'hud.belowHorizon')})`,
  },
];

export function tleIsApproximate(): boolean {
  return Math.abs(tleAgeDays()) > TLE_STALE_AFTER_DAYS;
}
