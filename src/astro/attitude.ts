import type { Mat3, Radians, Vec3 } from './units';

/**
 * ISS attitude. The station flies +XVV, Z-nadir (facts.md §2.2): its body axes coincide with LVLH,
 *   Z = −r̂ (nadir), Y = −(r × v)/|r × v| (minus orbit normal), X = Y × Z (along the velocity for a
 *   circular orbit),
 * with the US "Space Station Analysis" body frame X forward, Y starboard, Z nadir.
 * Writes the rotation that takes body-frame vectors to TEME: columns are X, Y, Z in TEME.
 */
export function rotationBodyToTemeXvv(positionTemeKm: Vec3, velocityTemeKmPerS: Vec3, result: Mat3): Mat3 {
  const [rx, ry, rz] = positionTemeKm;
  const [vx, vy, vz] = velocityTemeKmPerS;
  const r = Math.hypot(rx, ry, rz);
  const zx = -rx / r, zy = -ry / r, zz = -rz / r;
  // h = r × v (orbit normal); Y = −ĥ.
  let hx = ry * vz - rz * vy, hy = rz * vx - rx * vz, hz = rx * vy - ry * vx;
  const h = Math.hypot(hx, hy, hz);
  hx /= h; hy /= h; hz /= h;
  const yx = -hx, yy = -hy, yz = -hz;
  // X = Y × Z
  const xx = yy * zz - yz * zy, xy = yz * zx - yx * zz, xz = yx * zy - yy * zx;
  result[0][0] = xx; result[0][1] = yx; result[0][2] = zx;
  result[1][0] = xy; result[1][1] = yy; result[1][2] = zy;
  result[2][0] = xz; result[2][1] = yz; result[2][2] = zz;
  return result;
}

export interface ArrayAngles {
  /** Rotation of the outboard truss about the body Y axis (the alpha joints / SARJ), rad. */
  alphaRad: Radians;
  /** Tilt of each wing about its long axis toward the Sun out of the orbit plane (beta gimbals), rad. */
  betaRad: Radians;
}

/**
 * Sun-tracking approximation for the main solar arrays: with the Sun's unit vector in body axes, the
 * alpha joints turn the wings' normals into the body X–Z plane component of the Sun direction, and the
 * beta gimbals tilt them by the Sun's elevation above that plane. (The real arrays follow flight rules
 * and sometimes feather or park; this is the ideal pointing.)
 */
export function solarArrayAngles(sunDirectionBody: Vec3, result: ArrayAngles): ArrayAngles {
  const [sx, sy, sz] = sunDirectionBody;
  // A wing at alpha = 0 faces zenith (−Z body); alpha turns it about +Y.
  result.alphaRad = Math.atan2(-sx, -sz);
  result.betaRad = Math.asin(Math.max(-1, Math.min(1, sy)));
  return result;
}
