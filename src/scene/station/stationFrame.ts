import { Vector3 } from 'three';

/** The finished station's radius around its parts and wing tips (m): the ISS view's default distance is set for it. */
export const FINISHED_STATION_RADIUS_M = 60;

/**
 * The station of the simulated date as the close-up frames it: the centre of its parts in model axes (m;
 * x forward, y zenith, z starboard — models/README.md) and the radius around them. Written by Station when
 * the station's make-up changes; read by the ISS view (views.ts). Until then, the finished station.
 */
export const stationFrame = { centre: new Vector3(), radiusM: FINISHED_STATION_RADIUS_M };

/** How far the ISS view stands off, relative to the finished station's framing. */
export function stationFrameScale(): number {
  return Math.max(0.5, stationFrame.radiusM / FINISHED_STATION_RADIUS_M);
}
