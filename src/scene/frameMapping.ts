import { Matrix4, Vector3 } from 'three';
import type { Mat3, Vec3 } from '../astro/units';

/**
 * The scene's world frame is TEME (the SGP4 inertial frame) in kilometres, turned so that three.js's
 * +Y is the Earth's north pole: scene = (x, z, −y) of TEME. The matrix [[1,0,0],[0,0,1],[0,−1,0]] has
 * determinant +1, so handedness is kept. Earth-fixed (ECEF) vectors map the same way inside the Earth's
 * group, which turns about +Y by GMST.
 */
export function astroToScene(v: Vec3 | Float32Array, result: Vector3, offset = 0): Vector3 {
  return result.set(v[offset], v[offset + 2], -v[offset + 1]);
}

/** Writes M_scene = S · M · Sᵀ for an astro-frame rotation M (row-major), as a three.js Matrix4. */
export function astroRotationToScene(m: Mat3, result: Matrix4): Matrix4 {
  // S maps (x,y,z) → (x, z, −y).
  return result.set(
    m[0][0], m[0][2], -m[0][1], 0,
    m[2][0], m[2][2], -m[2][1], 0,
    -m[1][0], -m[1][2], m[1][1], 0,
    0, 0, 0, 1,
  );
}

/** In-place version for flat xyz arrays (orbit samples), so geometry buffers can be filled directly. */
export function astroArrayToScene(values: Float32Array, count: number): void {
  for (let i = 0; i < count; i++) {
    const y = values[3 * i + 1];
    values[3 * i + 1] = values[3 * i + 2];
    values[3 * i + 2] = -y;
  }
}

/**
 * Writes S · M as a three.js Matrix4: for objects whose local coordinates are NOT astro-mapped (the
 * spacecraft models, in their own body-derived axes), M takes local → TEME and S takes TEME → scene.
 */
export function localToTemeToScene(m: Mat3, result: Matrix4): Matrix4 {
  return result.set(
    m[0][0], m[0][1], m[0][2], 0,
    m[2][0], m[2][1], m[2][2], 0,
    -m[1][0], -m[1][1], -m[1][2], 0,
    0, 0, 0, 1,
  );
}

/**
 * A spacecraft model's rotation to TEME from its body's (models/README.md: model axes = (X, −Z, Y) of the
 * body axes, so the body's (x, y, z) columns map to the model's (x, z, −y)).
 */
export function modelToTemeFromBody(bodyToTeme: Mat3, out: Mat3): Mat3 {
  for (let i = 0; i < 3; i++) {
    out[i][0] = bodyToTeme[i][0];
    out[i][1] = -bodyToTeme[i][2];
    out[i][2] = bodyToTeme[i][1];
  }
  return out;
}
