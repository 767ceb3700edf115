import { gmstRad } from './frames';
import { propagateTeme, type Satrec } from './sgp4';
import type { Kilometer, UnixMs, Vec3 } from './units';
import { vec3 } from './vec';

/**
 * Samples of the orbit one revolution back and one ahead of `centerMs`: TEME positions (km) for the
 * orbit ring, and the sub-satellite points as Earth-fixed unit vectors × `groundRadiusKm` for the
 * ground track. Written into flat xyz arrays of length 3·count; returns how many samples were valid
 * (SGP4 can fail far from epoch: the path then stops there).
 */
export function sampleOrbit(
  satrec: Satrec,
  centerMs: UnixMs,
  periodMs: number,
  count: number,
  groundRadiusKm: Kilometer,
  orbitTemeKm: Float32Array,
  groundTrackEcefKm: Float32Array,
): number {
  const p: Vec3 = vec3();
  const v: Vec3 = vec3();
  const startMs = centerMs - periodMs;
  const stepMs = (2 * periodMs) / (count - 1);
  let n = 0;
  for (let i = 0; i < count; i++) {
    const t = startMs + i * stepMs;
    if (propagateTeme(satrec, t, p, v)) break;
    orbitTemeKm.set(p, 3 * n);
    // ECEF = Rz(GMST) · TEME, then projected to the ground sphere.
    const g = gmstRad(t);
    const c = Math.cos(g);
    const s = Math.sin(g);
    const x = c * p[0] + s * p[1];
    const y = -s * p[0] + c * p[1];
    const k = groundRadiusKm / Math.hypot(x, y, p[2]);
    groundTrackEcefKm[3 * n] = x * k;
    groundTrackEcefKm[3 * n + 1] = y * k;
    groundTrackEcefKm[3 * n + 2] = p[2] * k;
    n++;
  }
  return n;
}
