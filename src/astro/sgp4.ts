import { SatRecError, sgp4, twoline2satrec, type SatRec } from 'satellite.js';
import type { UnixMs, Vec3 } from './units';

/**
 * SGP4 through satellite.js (Vallado 2006 "improved" mode, WGS72), the model the elements were fitted
 * with. Output is in TEME: km and km/s.
 */
export type Satrec = SatRec;

const ERROR_TEXT: Record<number, string> = {
  [SatRecError.MeanEccentricityOutOfRange]: 'mean eccentricity out of range 0 ≤ e < 1',
  [SatRecError.MeanMotionBelowZero]: 'mean motion fell below zero',
  [SatRecError.PerturbedEccentricityOutOfRange]: 'perturbed eccentricity out of range 0 ≤ e < 1',
  [SatRecError.SemiLatusRectumBelowZero]: 'semi-latus rectum fell below zero',
  [SatRecError.Decayed]: 'the orbit has decayed (position below the surface)',
};

export function satrecFromLines(line1: string, line2: string): Satrec {
  return twoline2satrec(line1, line2);
}

/** Message for a satrec's SGP4 error code, or null when it propagated cleanly. */
export function sgp4ErrorText(satrec: Satrec): string | null {
  if (satrec.error === SatRecError.None) return null;
  return ERROR_TEXT[satrec.error] ?? `SGP4 error ${satrec.error}`;
}

/**
 * Propagates to `instantMs`, writing TEME position (km) and velocity (km/s) into the out-parameters.
 * Returns null on success, or the SGP4 error text (the outputs are then left untouched).
 */
export function propagateTeme(
  satrec: Satrec,
  instantMs: UnixMs,
  positionTemeKm: Vec3,
  velocityTemeKmPerS: Vec3,
): string | null {
  const minutesSinceEpoch = (instantMs / 86_400_000 + 2440587.5 - satrec.jdsatepoch) * 1440;
  return writeState(sgp4(satrec, minutesSinceEpoch), satrec, positionTemeKm, velocityTemeKmPerS);
}

function writeState(
  pv: ReturnType<typeof sgp4>,
  satrec: Satrec,
  positionTemeKm: Vec3,
  velocityTemeKmPerS: Vec3,
): string | null {
  if (!pv) return sgp4ErrorText(satrec) ?? 'SGP4 returned no state';
  positionTemeKm[0] = pv.position.x;
  positionTemeKm[1] = pv.position.y;
  positionTemeKm[2] = pv.position.z;
  velocityTemeKmPerS[0] = pv.velocity.x;
  velocityTemeKmPerS[1] = pv.velocity.y;
  velocityTemeKmPerS[2] = pv.velocity.z;
  return null;
}

/**
 * Propagates to minutes since the element epoch (the verification set's time argument), without the
 * round trip through a millisecond Date that would cost metres.
 */
export function propagateTemeMinutes(
  satrec: Satrec,
  minutesSinceEpoch: number,
  positionTemeKm: Vec3,
  velocityTemeKmPerS: Vec3,
): string | null {
  return writeState(sgp4(satrec, minutesSinceEpoch), satrec, positionTemeKm, velocityTemeKmPerS);
}

/** Orbital period (min) from the Kozai mean motion no_kozai (rad/min). */
export function periodMinutes(satrec: Satrec): number {
  return (2 * Math.PI) / satrec.no;
}
