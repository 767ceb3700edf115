import type { Mat3, Vec3 } from './units';

export function vec3(): Vec3 {
  return [0, 0, 0];
}

export function norm(v: Vec3): number {
  return Math.hypot(v[0], v[1], v[2]);
}

export function dot(a: Vec3, b: Vec3): number {
  return a[0] * b[0] + a[1] * b[1] + a[2] * b[2];
}

/** result = m · v. `result` may not alias `v`. */
export function mulMat3Vec3(m: Mat3, v: Vec3, result: Vec3): Vec3 {
  result[0] = m[0][0] * v[0] + m[0][1] * v[1] + m[0][2] * v[2];
  result[1] = m[1][0] * v[0] + m[1][1] * v[1] + m[1][2] * v[2];
  result[2] = m[2][0] * v[0] + m[2][1] * v[1] + m[2][2] * v[2];
  return result;
}

export function transposeMat3(m: Mat3): Mat3 {
  return [
    [m[0][0], m[1][0], m[2][0]],
    [m[0][1], m[1][1], m[2][1]],
    [m[0][2], m[1][2], m[2][2]],
  ];
}

export function determinantMat3(m: Mat3): number {
  return (
    m[0][0] * (m[1][1] * m[2][2] - m[1][2] * m[2][1]) -
    m[0][1] * (m[1][0] * m[2][2] - m[1][2] * m[2][0]) +
    m[0][2] * (m[1][0] * m[2][1] - m[1][1] * m[2][0])
  );
}

/**
 * Passive rotation about +z by `angle` (rad): expresses a vector given in frame A in frame B,
 * where B is A turned by +angle about z. Used for Earth rotation (TEME → ECEF by GMST).
 */
export function rotationZ(angle: number, result?: Mat3): Mat3 {
  const c = Math.cos(angle);
  const s = Math.sin(angle);
  const m = result ?? [vec3(), vec3(), vec3()];
  m[0][0] = c; m[0][1] = s; m[0][2] = 0;
  m[1][0] = -s; m[1][1] = c; m[1][2] = 0;
  m[2][0] = 0; m[2][1] = 0; m[2][2] = 1;
  return m;
}
