import { SatRecError, sgp4, twoline2satrec, type SatRec } from 'satellite.js';
import type { UnixMs, Vec3 } from './units';

/**
 * SGP4 through satellite.js (Vallado 2006 "improved" mode, WGS72), the model the elements were fitted
 * with. Output is in TEME: km and km/s.
 */
export type Satrec = SatRec;

/** Each SGP4 error code's wording, and the dictionary key of its translations (src/content/i18n). */
const ERRORS: Record<number, { text: string; key: string }> = {
  [SatRecError.MeanEccentricityOutOfRange]: { text: 'mean eccentricity out of range 0 ≤ e < 1', key: 'sgp4.meanEccentricity' },
  [SatRecError.MeanMotionBelowZero]: { text: 'mean motion fell below zero', key: 'sgp4.meanMotion' },
  [SatRecError.PerturbedEccentricityOutOfRange]: { text: 'perturbed eccentricity out of range 0 ≤ e < 1', key: 'sgp4.perturbedEccentricity' },
  [SatRecError.SemiLatusRectumBelowZero]: { text: 'semi-latus rectum fell below zero', key: 'sgp4.semiLatusRectum' },
  [SatRecError.Decayed]: { text: 'the orbit has decayed (position below the surface)', key: 'sgp4.decayed' },
};
const NO_STATE = 'SGP4 returned no state';
const KEY_OF_TEXT = new Map<string, string>([...Object.values(ERRORS).map((e) => [e.text, e.key] as const), [NO_STATE, 'sgp4.noState']]);

/** The dictionary key of an error text from this module (to show it translated), or null for any other text. */
export function sgp4ErrorKey(text: string): string | null {
  return KEY_OF_TEXT.get(text) ?? null;
}

export function satrecFromLines(line1: string, line2: string): Satrec {
  return twoline2satrec(line1, line2);
}

/** Message for a satrec's SGP4 error code, or null when it propagated cleanly. */
export function sgp4ErrorText(satrec: Satrec): string | null {
  if (satrec.error === SatRecError.None) return null;
  return ERRORS[satrec.error]?.text ?? `SGP4 error ${satrec.error}`;
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
  if (!pv) return sgp4ErrorText(satrec) ?? NO_STATE;
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
