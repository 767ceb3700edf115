import { describe, expect, it } from 'vitest';
import {
  diffuseSpherePhaseFunction,
  ISS_STANDARD_MAGNITUDE,
  phaseAngleDeg,
  visualMagnitude,
} from '../../src/astro/passMagnitude';

describe('diffuse-sphere phase function (Lambert sphere, scaled to 1 at 90°)', () => {
  it('F(0°) = π, F(90°) = 1, F(180°) = 0 (1e-12)', () => {
    expect(diffuseSpherePhaseFunction(0)).toBeCloseTo(Math.PI, 12);
    expect(diffuseSpherePhaseFunction(90)).toBeCloseTo(1, 12);
    expect(Math.abs(diffuseSpherePhaseFunction(180))).toBeLessThan(1e-12);
  });

  it('decreases monotonically from 0° to 180°', () => {
    for (let phi = 1; phi <= 180; phi++) {
      expect(diffuseSpherePhaseFunction(phi)).toBeLessThan(diffuseSpherePhaseFunction(phi - 1));
    }
  });

  // The phase integral of a Lambert sphere, q = 2∫F(φ)/F(0) sin φ dφ over 0..π, is 3/2 (Russell 1916).
  it('its phase integral is 3/2 (within 1e-6)', () => {
    const n = 20_000;
    let q = 0;
    for (let k = 0; k < n; k++) {
      const phi = ((k + 0.5) / n) * Math.PI;
      q += (diffuseSpherePhaseFunction((phi * 180) / Math.PI) / Math.PI) * Math.sin(phi) * (Math.PI / n);
    }
    expect(Math.abs(2 * q - 1.5)).toBeLessThan(1e-6);
  });
});

describe('visualMagnitude', () => {
  it('is the standard magnitude at 1000 km and 90° phase (50 % lit), for the ISS −1.8 (1e-12 mag)', () => {
    expect(ISS_STANDARD_MAGNITUDE).toBe(-1.8);
    expect(visualMagnitude(ISS_STANDARD_MAGNITUDE, 1000, 90)).toBeCloseTo(-1.8, 12);
  });

  it('range: 5 mag per factor 10 (400 km, 90°: −1.8 − 1.99 = −3.79; 2000 km: −0.29), within 0.01 mag', () => {
    expect(visualMagnitude(-1.8, 400, 90)).toBeCloseTo(-3.79, 2);
    expect(visualMagnitude(-1.8, 2000, 90)).toBeCloseTo(-0.29, 2);
  });

  it('phase: fully lit is 2.5·log10(π) = 1.24 mag brighter than half lit; at 180° finite (floor: +10 mag)', () => {
    expect(visualMagnitude(0, 1000, 0)).toBeCloseTo(-1.243, 3);
    expect(visualMagnitude(0, 1000, 180)).toBeCloseTo(10, 9);
  });
});

describe('phaseAngleDeg', () => {
  const sat: [number, number, number] = [7000, 0, 0];
  it('Sun behind the observer: 0°; Sun behind the satellite: 180°; sideways: 90° (1e-9°)', () => {
    expect(phaseAngleDeg(sat, [6400, 0, 0], [-1, 0, 0])).toBeCloseTo(0, 9);
    expect(phaseAngleDeg(sat, [6400, 0, 0], [1, 0, 0])).toBeCloseTo(180, 9);
    expect(phaseAngleDeg(sat, [6400, 0, 0], [0, 0, 1])).toBeCloseTo(90, 9);
  });

  it('observer 600 km away at 45° off the Sun line: 45° (1e-9°)', () => {
    const observer: [number, number, number] = [7000 - 600 / Math.SQRT2, 600 / Math.SQRT2, 0];
    expect(phaseAngleDeg(sat, observer, [-1, 0, 0])).toBeCloseTo(45, 9);
  });
});
