import { BufferGeometry, CircleGeometry, Color, Float32BufferAttribute } from 'three';
import type { PassTrack } from '../../astro/passTrack';
import { azElToEnu, EYE_HEIGHT_KM } from '../../astro/topocentric';
import type { Vec3 } from '../../astro/units';
import { vec3 } from '../../astro/vec';

/**
 * The geometry of the view from the ground, in the eye's East-North-Up frame (x east, y north, z up), km: a sky
 * dome of SKY_DOME_KM about the eye that carries the horizon, the altitude rings and the pass's track (the ISS,
 * hundreds of km further along the same directions, is seen through them), and the ground below.
 */

/** The dome's radius: near enough that its lines keep a fine depth resolution with a metre's near plane. */
export const SKY_DOME_KM = 1;
/** The ground: a disc this wide at the feet, so its edge lies 0.002° under the horizon (well inside a pixel). */
export const GROUND_RADIUS_KM = 50;
/** Half the width of the drawn track, deg (about 4 px across on a 720 px high screen). */
const TRACK_HALF_WIDTH_DEG = 0.13;

const COLOURS = {
  horizon: new Color('#9ec3e6'),
  ring: new Color('#34506e'),
  tick: new Color('#5d7fa3'),
  sunlit: new Color('#ffd27a'),
  shadow: new Color('#6f7f95'),
  groundNear: new Color('#121a14'),
  groundFar: new Color('#24302a'),
};

const d = vec3();

function pushDirection(out: number[], azimuthDeg: number, elevationDeg: number, radiusKm: number): void {
  azElToEnu(azimuthDeg, elevationDeg, d);
  out.push(d[0] * radiusKm, d[1] * radiusKm, d[2] * radiusKm);
}

function pushColour(out: number[], colour: Color, count: number): void {
  for (let i = 0; i < count; i++) out.push(colour.r, colour.g, colour.b);
}

/** The horizon (0°) as a closed line of `segments` pieces. */
export function horizonGeometry(segments = 180): BufferGeometry {
  const positions: number[] = [];
  for (let i = 0; i < segments; i++) pushDirection(positions, (360 * i) / segments, 0, SKY_DOME_KM);
  return new BufferGeometry().setAttribute('position', new Float32BufferAttribute(positions, 3));
}

/** Faint circles 30° and 60° up, and ticks every 10° of azimuth (longer every 45°), as line segments. */
export function skyGridGeometry(): BufferGeometry {
  const positions: number[] = [];
  const colours: number[] = [];
  for (const elevationDeg of [30, 60]) {
    for (let i = 0; i < 120; i++) {
      pushDirection(positions, i * 3, elevationDeg, SKY_DOME_KM);
      pushDirection(positions, (i + 1) * 3, elevationDeg, SKY_DOME_KM);
    }
    pushColour(colours, COLOURS.ring, 240);
  }
  for (let az = 0; az < 360; az += 10) {
    pushDirection(positions, az, 0, SKY_DOME_KM);
    pushDirection(positions, az, az % 45 === 0 ? 3 : 1.2, SKY_DOME_KM);
    pushColour(colours, COLOURS.tick, 2);
  }
  return new BufferGeometry()
    .setAttribute('position', new Float32BufferAttribute(positions, 3))
    .setAttribute('color', new Float32BufferAttribute(colours, 3));
}

/** The ground at the feet (EYE_HEIGHT_KM below the eye), a little lighter toward the horizon. */
export function groundGeometry(): BufferGeometry {
  const disc = new CircleGeometry(GROUND_RADIUS_KM, 96);
  disc.translate(0, 0, -EYE_HEIGHT_KM);
  const colours: number[] = [];
  const count = disc.getAttribute('position').count;
  // Vertex 0 is the centre, the others the rim.
  for (let i = 0; i < count; i++) {
    const c = i === 0 ? COLOURS.groundNear : COLOURS.groundFar;
    colours.push(c.r, c.g, c.b);
  }
  return disc.setAttribute('color', new Float32BufferAttribute(colours, 3));
}

/**
 * The track as a ribbon on the dome, TRACK_HALF_WIDTH_DEG either side of the path (two vertices a sample, a
 * triangle strip as indexed triangles), coloured by the sample's light: sunlit gold, in the Earth's shadow grey.
 * Samples where SGP4 failed (NaN) are left out.
 */
export function trackGeometry(track: PassTrack): BufferGeometry {
  const points: Vec3[] = [];
  const lit: boolean[] = [];
  for (let i = 0; i < track.timesMs.length; i++) {
    if (!Number.isFinite(track.azimuthDeg[i])) continue;
    points.push(azElToEnu(track.azimuthDeg[i], track.elevationDeg[i], vec3()));
    lit.push(track.sunlit[i] === 1);
  }
  const positions: number[] = [];
  const colours: number[] = [];
  const indices: number[] = [];
  const w = Math.tan((TRACK_HALF_WIDTH_DEG * Math.PI) / 180);
  for (let i = 0; i < points.length; i++) {
    const p = points[i];
    const a = points[Math.max(0, i - 1)];
    const b = points[Math.min(points.length - 1, i + 1)];
    // Across the path: the direction × the path's tangent, on the dome's surface.
    const t: Vec3 = [b[0] - a[0], b[1] - a[1], b[2] - a[2]];
    const side: Vec3 = [p[1] * t[2] - p[2] * t[1], p[2] * t[0] - p[0] * t[2], p[0] * t[1] - p[1] * t[0]];
    const l = Math.hypot(side[0], side[1], side[2]) || 1;
    for (const sign of [1, -1]) {
      const q: Vec3 = [p[0] + (sign * w * side[0]) / l, p[1] + (sign * w * side[1]) / l, p[2] + (sign * w * side[2]) / l];
      const lq = Math.hypot(q[0], q[1], q[2]);
      positions.push((q[0] / lq) * SKY_DOME_KM, (q[1] / lq) * SKY_DOME_KM, (q[2] / lq) * SKY_DOME_KM);
    }
    pushColour(colours, lit[i] ? COLOURS.sunlit : COLOURS.shadow, 2);
    if (i > 0) {
      const k = 2 * i;
      indices.push(k - 2, k - 1, k, k - 1, k + 1, k);
    }
  }
  return new BufferGeometry()
    .setAttribute('position', new Float32BufferAttribute(positions, 3))
    .setAttribute('color', new Float32BufferAttribute(colours, 3))
    .setIndex(indices);
}
