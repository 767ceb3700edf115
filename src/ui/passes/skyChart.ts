import type { PassTrack } from '../../astro/passTrack';
import { RAD_PER_DEG, type Degrees } from '../../astro/units';

/**
 * The alt–azimuth disc of a sky chart, as seen lying on one's back with the head to the north: the zenith at
 * the centre, the horizon on the rim, north up and east on the LEFT (the sky is seen from below; the charts
 * of Heavens-Above and of star planispheres are drawn so). The radius is linear in zenith distance, so the
 * 30° and 60° rings are at 2/3 and 1/3 of it. Pure: SVG path data in the chart's own units.
 */

/** The disc's radius in SVG user units; the chart's viewBox leaves room around it for the N/E/S/W labels. */
export const CHART_RADIUS = 100;

/** SVG x (right) and y (down) of a direction, for a disc of `radius` centred on (0, 0). */
export function skyPoint(azimuthDeg: Degrees, elevationDeg: Degrees, radius = CHART_RADIUS): [number, number] {
  const r = (radius * (90 - Math.max(0, Math.min(90, elevationDeg)))) / 90;
  const az = azimuthDeg * RAD_PER_DEG;
  return [round(-r * Math.sin(az)), round(-r * Math.cos(az))];
}

const round = (x: number) => Math.round(x * 100) / 100 + 0;

/** A run of the track in one light: sunlit (drawn bright) or in the Earth's shadow (drawn faint, dashed). */
export interface TrackSegment {
  sunlit: boolean;
  /** SVG path data, "M x y L x y …". */
  d: string;
}

/**
 * The track cut where it enters or leaves the Earth's shadow. Sample i to i + 1 is in sample i's light
 * (passTrack.ts), so a segment ends on the first sample of the next light: the runs join without a gap.
 * Samples where SGP4 failed (NaN) break the line.
 */
export function trackSegments(track: PassTrack, radius = CHART_RADIUS): TrackSegment[] {
  const segments: TrackSegment[] = [];
  let current: { sunlit: boolean; points: string[] } | null = null;
  const flush = () => {
    if (current && current.points.length > 1) segments.push({ sunlit: current.sunlit, d: `M${current.points.join('L')}` });
    current = null;
  };
  for (let i = 0; i < track.timesMs.length; i++) {
    const az = track.azimuthDeg[i];
    const el = track.elevationDeg[i];
    if (!Number.isFinite(az) || !Number.isFinite(el)) {
      flush();
      continue;
    }
    const [x, y] = skyPoint(az, el, radius);
    const point = `${x} ${y}`;
    const sunlit = track.sunlit[i] === 1;
    if (current && current.sunlit !== sunlit) {
      current.points.push(point);
      flush();
    }
    current ??= { sunlit, points: [] };
    current.points.push(point);
  }
  flush();
  return segments;
}

/** Where the compass letters and the elevation rings go. */
export const CARDINALS = [
  { point: 'N', azimuthDeg: 0 },
  { point: 'E', azimuthDeg: 90 },
  { point: 'S', azimuthDeg: 180 },
  { point: 'W', azimuthDeg: 270 },
] as const;

export const RING_ELEVATIONS_DEG = [30, 60] as const;
