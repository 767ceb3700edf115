import { describe, expect, it } from 'vitest';
import { rotationBodyToTemeXvv, solarArrayAngles } from '../../src/astro/attitude';
import { parseTleFile, nearestTle } from '../../src/astro/tle';
import { propagateTeme, satrecFromLines } from '../../src/astro/sgp4';
import { DEG_PER_RAD, type Mat3, type Vec3 } from '../../src/astro/units';
import { determinantMat3, dot, mulMat3Vec3, norm, vec3 } from '../../src/astro/vec';
import { ISS_TLE_2026_09_16 } from './fixtures/iss-tles';

const angleDeg = (a: Vec3, b: Vec3) => Math.acos(Math.min(1, dot(a, b) / (norm(a) * norm(b)))) * DEG_PER_RAD;

describe('ISS +XVV attitude (facts.md §2.2)', () => {
  const tle = nearestTle(parseTleFile(`${ISS_TLE_2026_09_16.line1}\n${ISS_TLE_2026_09_16.line2}`), 0);
  const satrec = satrecFromLines(tle.line1, tle.line2);
  const instants = [0, 17, 41, 66, 90, 500, 1440].map((min) => tle.epochMs + min * 60_000);

  for (const t of instants) {
    it(`at epoch + ${(t - tle.epochMs) / 60_000} min: body Z to the Earth's centre within 1e-5°, X along velocity within 0.1°, det = 1 within 1e-12`, () => {
      const r = vec3();
      const v = vec3();
      expect(propagateTeme(satrec, t, r, v)).toBeNull();
      const m: Mat3 = [vec3(), vec3(), vec3()];
      rotationBodyToTemeXvv(r, v, m);
      expect(Math.abs(determinantMat3(m) - 1)).toBeLessThan(1e-12);
      const zTeme = mulMat3Vec3(m, [0, 0, 1], vec3());
      const xTeme = mulMat3Vec3(m, [1, 0, 0], vec3());
      expect(angleDeg(zTeme, [-r[0], -r[1], -r[2]])).toBeLessThan(1e-5);
      // Near-circular orbit (e ≈ 0.0005): the flight-path angle keeps X within ~0.03° of v.
      expect(angleDeg(xTeme, v)).toBeLessThan(0.1);
    });
  }
});

describe('solar array sun tracking', () => {
  it('alpha points the wing normal (zenith at alpha 0) into the X–Z plane toward the Sun; beta is the out-of-plane angle', () => {
    const a = { alphaRad: 0, betaRad: 0 };
    solarArrayAngles([0, 0, -1], a);
    expect(a.alphaRad).toBeCloseTo(0, 12);
    solarArrayAngles([1, 0, 0], a);
    expect(a.alphaRad * DEG_PER_RAD).toBeCloseTo(-90, 9);
    const s = Math.SQRT1_2;
    solarArrayAngles([0, s, -s], a);
    expect(a.betaRad * DEG_PER_RAD).toBeCloseTo(45, 9);
  });
});
