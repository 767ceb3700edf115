import { frame } from './frame';
import type { StationOfDate } from './stationData';

export type { StationOfDate } from './stationData';

/**
 * The station as it was at an instant, from the assembly sequence and the docking manifest. The data come
 * in their own chunk once the first frames are drawn (they are not needed for the first view); until then
 * `stationOfDate` returns null. Cached by instant: the HUD asks four times a second, the scene once a frame.
 */
type StationData = typeof import('./stationData');

let data: StationData | null = null;
let loading: Promise<StationData> | null = null;
let cached: StationOfDate | null = null;

export function loadStationData(): Promise<StationData> {
  loading ??= import('./stationData').then((d) => (data = d));
  return loading;
}

export function stationOfDate(instantMs: number): StationOfDate | null {
  if (!data) {
    if (frame.frameCount > 2) void loadStationData();
    return null;
  }
  if (cached?.instantMs !== instantMs) cached = data.computeStationOfDate(instantMs);
  return cached;
}
