import { DEG_PER_RAD, type Degrees, type Kilometer, type Vec3 } from './units';

/**
 * Brightness estimate of a sunlit satellite: visual magnitude from a standard magnitude, the range and a
 * diffuse-sphere phase law.
 *
 *   m = m_std + 5·log10(range_km / 1000) − 2.5·log10(F(φ)),   F(φ) = sin φ + (π − φ)·cos φ
 *
 * - m_std is the magnitude at 1000 km range and 50 % illuminated (phase angle φ = 90°): the convention of
 *   Molczan and McCants' satellite lists ("Standard magnitude (at 1000 km range, and 50% illuminated)",
 *   http://mmccants.org/tles/mccdesc.html).
 * - F is the Lambert (diffuse) sphere's phase function (Russell 1916, ApJ 43, 173: ∝ sin φ + (π − φ) cos φ),
 *   scaled so that F(90°) = 1, which makes m = m_std at 1000 km and φ = 90°. F(0°) = π: a fully lit sphere is
 *   1.24 mag brighter than a half-lit one.
 * - The ISS is no sphere: its solar arrays and their attitude change its brightness by a magnitude or more
 *   (flares included), so this is an estimate for "how bright, roughly", not a photometric prediction.
 *   No atmospheric extinction (≈ 0.3 mag at 10° elevation, more in haze).
 */

/**
 * Standard magnitude of the ISS at 1000 km and 50 % illuminated. facts.md gives none; −1.8 is the value widely
 * used for the ISS in McCants' convention above. It is not from a cited source in this project.
 */
export const ISS_STANDARD_MAGNITUDE = -1.8;

/** The diffuse sphere's F falls to 0 at φ = 180°; held at this floor so that the magnitude stays finite. */
const MIN_PHASE_FUNCTION = 1e-4;

/** The Lambert sphere's phase function scaled to 1 at φ = 90°: sin φ + (π − φ) cos φ, φ in degrees 0..180. */
export function diffuseSpherePhaseFunction(phaseAngleDeg: Degrees): number {
  const phi = phaseAngleDeg / DEG_PER_RAD;
  return Math.sin(phi) + (Math.PI - phi) * Math.cos(phi);
}

/**
 * Visual magnitude of a diffuse sphere of standard magnitude `standardMagnitude` seen at `rangeKm` and phase
 * angle `phaseAngleDeg` (0° = fully lit, 180° = unlit side). Finite for every phase (F floored at 1e-4,
 * i.e. at most 10 mag fainter than half-lit).
 */
export function visualMagnitude(
  standardMagnitude: number,
  rangeKm: Kilometer,
  phaseAngleDeg: Degrees,
): number {
  const f = Math.max(MIN_PHASE_FUNCTION, diffuseSpherePhaseFunction(phaseAngleDeg));
  return standardMagnitude + 5 * Math.log10(rangeKm / 1000) - 2.5 * Math.log10(f);
}

/**
 * Phase angle at the satellite between the Sun and the observer, deg 0..180 (0: the Sun behind the observer,
 * the satellite fully lit). `sunDirectionUnit` is the direction to the Sun from the Earth's centre: from the
 * satellite it differs by under 0.003° (7,000 km against 1 au). All vectors in one frame, km.
 */
export function phaseAngleDeg(satellitePositionKm: Vec3, observerPositionKm: Vec3, sunDirectionUnit: Vec3): Degrees {
  const dx = observerPositionKm[0] - satellitePositionKm[0];
  const dy = observerPositionKm[1] - satellitePositionKm[1];
  const dz = observerPositionKm[2] - satellitePositionKm[2];
  const range = Math.hypot(dx, dy, dz);
  const cos = (dx * sunDirectionUnit[0] + dy * sunDirectionUnit[1] + dz * sunDirectionUnit[2]) / range;
  return Math.acos(Math.max(-1, Math.min(1, cos))) * DEG_PER_RAD;
}
