/**
 * SGP4 against the standard verification set: Vallado, Crawford, Hujsak & Kelso, "Revisiting Spacetrack
 * Report #3", AIAA 2006-6753 (SGP4-VER.TLE and tcppver.out as distributed with python3-sgp4 2.15),
 * copied into fixtures/sgp4-verification.json.
 *
 * Some element lines in the set are nonstandard (no checksum, missing fields), so the cases go straight
 * to satrecFromLines, not through parseTle.
 */
import { describe, expect, it } from 'vitest';
import { SatRecError } from 'satellite.js';
import { periodMinutes, propagateTeme, propagateTemeMinutes, satrecFromLines, sgp4ErrorText } from '../../src/astro/sgp4';
import type { Vec3 } from '../../src/astro/units';
import { VERIFICATION_CASES, type ReferenceRow, type VerificationCase } from './fixtures/sgp4-verification';

const POSITION_TOLERANCE_KM = 1e-3; // 1 m
const VELOCITY_TOLERANCE_KM_PER_S = 1e-6; // 1 mm/s

/** Independent wording each SGP4 error code must be described with. */
const ERROR_WORDING: Record<number, RegExp> = {
  [SatRecError.MeanEccentricityOutOfRange]: /mean eccentricity/i,
  [SatRecError.MeanMotionBelowZero]: /mean motion/i,
  [SatRecError.PerturbedEccentricityOutOfRange]: /perturbed eccentricity/i,
  [SatRecError.SemiLatusRectumBelowZero]: /semi-latus rectum/i,
  [SatRecError.Decayed]: /decayed/i,
};

interface Worst {
  positionKm: number;
  velocityKmPerS: number;
  atMin: number | null;
  failures: string[];
}

function compareWithReference(c: VerificationCase): Worst {
  const satrec = satrecFromLines(c.line1, c.line2);
  const r: Vec3 = [0, 0, 0];
  const v: Vec3 = [0, 0, 0];
  const worst: Worst = { positionKm: 0, velocityKmPerS: 0, atMin: null, failures: [] };
  for (const [t, x, y, z, vx, vy, vz] of c.rows) {
    const error = propagateTemeMinutes(satrec, t, r, v);
    if (error !== null) {
      worst.failures.push(`t=${t} min: ${error}`);
      continue;
    }
    const dr = Math.hypot(r[0] - x, r[1] - y, r[2] - z);
    const dv = Math.hypot(v[0] - vx, v[1] - vy, v[2] - vz);
    if (dr > worst.positionKm) {
      worst.positionKm = dr;
      worst.atMin = t;
    }
    worst.velocityKmPerS = Math.max(worst.velocityKmPerS, dv);
    if (dr > POSITION_TOLERANCE_KM || dv > VELOCITY_TOLERANCE_KM_PER_S) {
      worst.failures.push(`t=${t} min: |dr| = ${(dr * 1e3).toFixed(6)} m, |dv| = ${(dv * 1e6).toFixed(6)} mm/s`);
    }
  }
  return worst;
}

function describeCase(c: VerificationCase): string {
  return `${String(c.satnum).padStart(5, '0')} [${c.startMin}..${c.stopMin} min] (period ${c.periodMin.toFixed(1)} min; ${c.comment})`;
}

const withRows = VERIFICATION_CASES.filter((c) => c.rows.length > 0);
const nearEarth = withRows.filter((c) => !c.deepSpace);
const deepSpace = withRows.filter((c) => c.deepSpace);
const endingInError = VERIFICATION_CASES.filter((c) => c.error !== null);

describe('SGP4 verification set (Vallado et al. 2006, AIAA 2006-6753)', () => {
  it('fixture holds all 33 cases of SGP4-VER.TLE: 9 near-earth, 24 deep-space, 7 ending in an error', () => {
    expect(VERIFICATION_CASES).toHaveLength(33);
    expect(VERIFICATION_CASES.filter((c) => !c.deepSpace)).toHaveLength(9);
    expect(VERIFICATION_CASES.filter((c) => c.deepSpace)).toHaveLength(24);
    expect(endingInError.map((c) => c.satnum)).toEqual([22312, 28350, 28872, 29141, 33333, 33334, 20413]);
    expect(VERIFICATION_CASES.reduce((n, c) => n + c.rows.length, 0)).toBe(666);
  });

  it('satellite.js picks the deep-space branch exactly for the cases with period ≥ 225 min', () => {
    for (const c of VERIFICATION_CASES) {
      const satrec = satrecFromLines(c.line1, c.line2);
      expect(satrec.method, describeCase(c)).toBe(c.deepSpace ? 'd' : 'n');
      if (c.error?.atMin !== 0) expect(periodMinutes(satrec) >= 225, describeCase(c)).toBe(c.deepSpace);
    }
  });

  describe('near-earth (SGP4) cases, every listed time', () => {
    it.each(nearEarth.map((c) => [describeCase(c), c] as const))(
      '%s: position within 1 m and velocity within 1 mm/s of tcppver.out',
      (_, c) => {
        const worst = compareWithReference(c);
        expect(worst.failures, `worst |dr| ${worst.positionKm * 1e3} m at t=${worst.atMin} min`).toEqual([]);
      },
    );
  });

  describe('deep-space (SDP4) cases, every listed time', () => {
    it.each(deepSpace.map((c) => [describeCase(c), c] as const))(
      '%s: position within 1 m and velocity within 1 mm/s of tcppver.out',
      (_, c) => {
        const worst = compareWithReference(c);
        expect(worst.failures, `worst |dr| ${worst.positionKm * 1e3} m at t=${worst.atMin} min`).toEqual([]);
      },
    );
  });

  describe('cases whose reference output ends in an SGP4 error', () => {
    it.each(endingInError.map((c) => [describeCase(c), c.error!.atMin, c.error!.code, c] as const))(
      '%s: SGP4 error at %f min (first grid time after the last reference row), code %i, named by sgp4ErrorText',
      (_, atMin, code, c) => {
        const satrec = satrecFromLines(c.line1, c.line2);
        const last: ReferenceRow | undefined = c.rows.at(-1);
        const r: Vec3 = [1, 2, 3];
        const v: Vec3 = [4, 5, 6];
        if (last) {
          // The last reference time still propagates cleanly…
          expect(propagateTemeMinutes(satrec, last[0], r, v)).toBeNull();
          expect(sgp4ErrorText(satrec)).toBeNull();
        }
        const rBefore = [...r];
        const vBefore = [...v];
        // …and the next one fails, with the code the reference implementation reports.
        const error = propagateTemeMinutes(satrec, atMin, r, v);
        expect(error).not.toBeNull();
        expect(satrec.error).toBe(code);
        expect(sgp4ErrorText(satrec)).toBe(error);
        expect(error).toMatch(ERROR_WORDING[code]);
        expect(r).toEqual(rBefore);
        expect(v).toEqual(vBefore);
      },
    );
  });

  it('propagateTeme (Unix ms) agrees with propagateTemeMinutes within 1 m and 1 mm/s (case 06251, every row)', () => {
    const c = VERIFICATION_CASES.find((k) => k.satnum === 6251)!;
    const satrec = satrecFromLines(c.line1, c.line2);
    const epochMs = (satrec.jdsatepoch - 2440587.5) * 86_400_000;
    const r1: Vec3 = [0, 0, 0];
    const v1: Vec3 = [0, 0, 0];
    const r2: Vec3 = [0, 0, 0];
    const v2: Vec3 = [0, 0, 0];
    for (const [t] of c.rows) {
      expect(propagateTemeMinutes(satrec, t, r1, v1)).toBeNull();
      expect(propagateTeme(satrec, epochMs + t * 60_000, r2, v2)).toBeNull();
      expect(Math.hypot(r1[0] - r2[0], r1[1] - r2[1], r1[2] - r2[2])).toBeLessThan(POSITION_TOLERANCE_KM);
      expect(Math.hypot(v1[0] - v2[0], v1[1] - v2[1], v1[2] - v2[2])).toBeLessThan(VELOCITY_TOLERANCE_KM_PER_S);
    }
  });
});
