import { ecefToGeodetic, geodeticToEcef, type Geodetic } from './frames';
import type { Vec3 } from './units';

/**
 * A camera's way between space and a place on the ground (the view from the ground of a pass), in the Earth-
 * fixed frame, that never dips below the ground on the way: it first travels high over the Earth toward the
 * place (along the great circle), and comes down over it, the height falling logarithmically (each halving
 * takes as long: from 22,000 km to eye level in a few seconds without a rush at the end); the gaze turns
 * from the space end's to the ground end's once the camera is low. `s` runs from 0 (the space end) to 1 (the
 * ground end): a flight down uses s = t, one back up s = 1 − t, so both ways follow the same path.
 */

export interface GroundFlightWeights {
  /** How far along the great circle from the space end's point to the ground end's, 0..1. */
  lateral: number;
  /** How far from the space end's height to the ground end's (log scale), 0..1. */
  height: number;
  /** How far the gaze (and the screen's up) has turned from the space end's to the ground end's, 0..1. */
  look: number;
}

const smoothstep = (x: number) => {
  const c = Math.min(1, Math.max(0, x));
  return c * c * (3 - 2 * c);
};

/** The lateral move takes the first 60 % of the way, the descent the last 80 %, the turn of the gaze the last half. */
export function groundFlightWeights(s: number, out: GroundFlightWeights): GroundFlightWeights {
  out.lateral = smoothstep(s / 0.6);
  out.height = smoothstep((s - 0.2) / 0.8);
  out.look = smoothstep((s - 0.5) / 0.5);
  return out;
}

/** Heights are interpolated on log(h + offset), offset keeping the argument ≥ 1 m (a site below the ellipsoid too). */
const LOG_FLOOR_KM = 0.001;

const spaceGeodetic: Geodetic = { latDeg: 0, lonDeg: 0, altKm: 0 };
const groundGeodetic: Geodetic = { latDeg: 0, lonDeg: 0, altKm: 0 };
const along: Geodetic = { latDeg: 0, lonDeg: 0, altKm: 0 };
const point: Vec3 = [0, 0, 0];
const weights: GroundFlightWeights = { lateral: 0, height: 0, look: 0 };

/**
 * The camera's ECEF position (km) at `s` between `spaceEcefKm` (s = 0) and `groundEcefKm` (s = 1), written into
 * `out` (which may not alias either). Exact at both ends; its geodetic height is always between the two ends'.
 * No allocation.
 */
export function groundFlightEcef(spaceEcefKm: Vec3, groundEcefKm: Vec3, s: number, out: Vec3): Vec3 {
  groundFlightWeights(s, weights);
  ecefToGeodetic(spaceEcefKm, spaceGeodetic);
  ecefToGeodetic(groundEcefKm, groundGeodetic);
  slerp(spaceEcefKm, groundEcefKm, weights.lateral, point);
  ecefToGeodetic(point, along);
  const offset = LOG_FLOOR_KM - Math.min(0, spaceGeodetic.altKm, groundGeodetic.altKm);
  const logSpace = Math.log(spaceGeodetic.altKm + offset);
  const logGround = Math.log(groundGeodetic.altKm + offset);
  const heightKm = Math.exp(logSpace + (logGround - logSpace) * weights.height) - offset;
  return geodeticToEcef(along.latDeg, along.lonDeg, heightKm, out);
}

/** Great-circle interpolation of the directions of a and b, with the length interpolated linearly. */
function slerp(a: Vec3, b: Vec3, w: number, out: Vec3): Vec3 {
  const la = Math.hypot(a[0], a[1], a[2]);
  const lb = Math.hypot(b[0], b[1], b[2]);
  const cos = Math.min(1, Math.max(-1, (a[0] * b[0] + a[1] * b[1] + a[2] * b[2]) / (la * lb)));
  const angle = Math.acos(cos);
  const sin = Math.sin(angle);
  // Nearly the same direction: a straight blend is exact to well under a metre.
  const wa = sin < 1e-9 ? 1 - w : Math.sin((1 - w) * angle) / sin;
  const wb = sin < 1e-9 ? w : Math.sin(w * angle) / sin;
  const length = la + (lb - la) * w;
  for (let i = 0; i < 3; i++) out[i] = wa * (a[i] / la) + wb * (b[i] / lb);
  const l = Math.hypot(out[0], out[1], out[2]);
  for (let i = 0; i < 3; i++) out[i] *= length / l;
  return out;
}
