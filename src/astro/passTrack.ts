import { ISS_STANDARD_MAGNITUDE, phaseAngleDeg, visualMagnitude } from './passMagnitude';
import type { SatellitePass, SiteTracker } from './passes';
import { isSunlit, sunDirectionEcef, sunDirectionTemeFromEcef } from './sun';
import type { Degrees, Kilometer, UnixMs, Vec3 } from './units';
import { mulMat3Vec3, vec3 } from './vec';

/**
 * The path of one pass across the sky, for a sky chart: look angles every few seconds from rise to set, whether
 * the satellite is sunlit at each sample, the instants it enters or leaves the Earth's shadow, and its
 * estimated brightness (passMagnitude.ts).
 *
 * Geometry is that of passes.ts (SGP4 TEME → ECEF by GMST, geodetic WGS84 site, no refraction) and the shadow
 * that of sun.ts isSunlit (cylindrical Earth shadow, the pass reference's model). The Sun's direction is taken
 * once per pass, at culmination, in TEME (inertial), and turned to ECEF at each sample: over a ±6 min pass the
 * Sun moves < 0.005° against the stars, which shifts a shadow crossing by < 0.1 s. At the culmination this is
 * exactly the Sun describePass used, so the track's flag there equals pass.sunlitAtMax.
 */

/**
 * Samples of one pass, parallel arrays. The instants are rise, rise + k·stepS, the culmination, each shadow
 * crossing, and set, in increasing order. A shadow-crossing sample carries the state after the crossing, so
 * the segment from sample i to i + 1 is in the state of sample i (draw it lit when sunlit[i] is 1).
 * Samples where SGP4 fails hold NaN angles and sunlit 0.
 */
export interface PassTrack {
  timesMs: Float64Array;
  /** From north, clockwise, 0..360°. */
  azimuthDeg: Float64Array;
  /** Geodetic, no refraction, deg. */
  elevationDeg: Float64Array;
  rangeKm: Float64Array;
  /** 1: outside the Earth's cylindrical shadow. */
  sunlit: Uint8Array;
  /** Estimated visual magnitude (passMagnitude.ts); NaN where in shadow. */
  magnitude: Float64Array;
}

/** The brightest sunlit sample of a pass. */
export interface PassBrightness {
  instantMs: UnixMs;
  /** Estimated visual magnitude (smaller is brighter). */
  magnitude: number;
  /** Sun–satellite–observer angle, deg (0: fully lit). */
  phaseAngleDeg: Degrees;
  rangeKm: Kilometer;
  azimuthDeg: Degrees;
  elevationDeg: Degrees;
}

export interface PassTrackResult {
  track: PassTrack;
  /** First instant in the shadow after a sunlit stretch during the pass; null if it does not enter it. */
  shadowEntryMs: UnixMs | null;
  /** First instant sunlit after a stretch in shadow during the pass; null if it does not leave it. */
  shadowExitMs: UnixMs | null;
  /** Null when the satellite is in shadow for the whole pass. */
  brightest: PassBrightness | null;
}

export interface PassTrackOptions {
  /** Sample spacing, s (default 10). */
  stepS?: number;
  /** Standard magnitude (1000 km, 50 % lit) of the satellite (default ISS_STANDARD_MAGNITUDE). */
  standardMagnitude?: number;
}

/** Shadow crossings are bisected to this bracket width. */
const CROSSING_TOLERANCE_MS = 100;
/** Instants closer than this are one sample (e.g. a culmination falling on the grid). */
const SAME_SAMPLE_MS = 1;

/** Scratch for the per-sample Sun direction; the tracker's own vectors are shared the same way. */
const scratchSunEcef: Vec3 = vec3();

/** Sunlit at the instant (1), in shadow (0), or SGP4 failed (−1). Leaves the tracker at that instant. */
function sunlitState(tracker: SiteTracker, instantMs: UnixMs, sunTeme: Vec3): -1 | 0 | 1 {
  if (tracker.lookAt(instantMs) === null) return -1;
  mulMat3Vec3(tracker.rotationTemeToEcef, sunTeme, scratchSunEcef);
  return isSunlit(tracker.positionEcefKm, scratchSunEcef) ? 1 : 0;
}

/** Bisects the change of state in (lo, hi]; returns the first instant in hi's state (to 0.1 s). */
function shadowCrossing(tracker: SiteTracker, lo: UnixMs, hi: UnixMs, hiState: number, sunTeme: Vec3): UnixMs {
  while (hi - lo > CROSSING_TOLERANCE_MS) {
    const mid = 0.5 * (lo + hi);
    if (sunlitState(tracker, mid, sunTeme) === hiState) hi = mid;
    else lo = mid;
  }
  return hi;
}

/**
 * The sky track of `pass` (from findPasses with the same satellite and site as `tracker`). Allocates only the
 * returned arrays and two per-pass scratch arrays; nothing per sample.
 */
export function passTrack(tracker: SiteTracker, pass: SatellitePass, options: PassTrackOptions = {}): PassTrackResult {
  const stepS = options.stepS ?? 10;
  if (!(stepS > 0) || !Number.isFinite(stepS)) throw new RangeError(`stepS must be a positive number, got ${stepS}`);
  const standardMagnitude = options.standardMagnitude ?? ISS_STANDARD_MAGNITUDE;
  const stepMs = stepS * 1000;
  const sunTeme = sunDirectionTemeFromEcef(pass.maxMs, sunDirectionEcef(pass.maxMs, vec3()), vec3());

  // 1. The regular grid from rise to set (set included), and the shadow state on it.
  const intervals = Math.max(1, Math.ceil((pass.setMs - pass.riseMs) / stepMs - 1e-9));
  const gridMs = new Float64Array(intervals + 1);
  const gridState = new Int8Array(intervals + 1);
  for (let k = 0; k <= intervals; k++) {
    gridMs[k] = k === intervals ? pass.setMs : pass.riseMs + k * stepMs;
    gridState[k] = sunlitState(tracker, gridMs[k], sunTeme);
  }

  // 2. Shadow crossings between grid samples of different (valid) states.
  let shadowEntryMs: UnixMs | null = null;
  let shadowExitMs: UnixMs | null = null;
  const crossingsMs: UnixMs[] = [];
  for (let k = 1; k <= intervals; k++) {
    const before = gridState[k - 1];
    const after = gridState[k];
    if (before < 0 || after < 0 || before === after) continue;
    const crossingMs = shadowCrossing(tracker, gridMs[k - 1], gridMs[k], after, sunTeme);
    crossingsMs.push(crossingMs);
    if (after === 0) shadowEntryMs ??= crossingMs;
    else shadowExitMs ??= crossingMs;
  }

  // 3. Merge grid, culmination and crossings into one increasing list of instants.
  const merged = new Float64Array(gridMs.length + 1 + crossingsMs.length);
  let count = 0;
  let ci = 0;
  let maxInserted = false;
  const push = (t: UnixMs) => {
    if (count > 0 && t - merged[count - 1] < SAME_SAMPLE_MS) {
      merged[count - 1] = t;
      return;
    }
    merged[count++] = t;
  };
  for (let k = 0; k <= intervals; k++) {
    const t = gridMs[k];
    for (;;) {
      const nextCrossing = ci < crossingsMs.length ? crossingsMs[ci] : Infinity;
      const nextMax = maxInserted ? Infinity : pass.maxMs;
      const next = Math.min(nextCrossing, nextMax);
      if (!(next <= t)) break;
      if (next === nextCrossing) ci++;
      else maxInserted = true;
      push(next);
    }
    push(t);
  }

  // 4. Look angles, shadow and brightness at every instant.
  const track: PassTrack = {
    timesMs: merged.slice(0, count),
    azimuthDeg: new Float64Array(count),
    elevationDeg: new Float64Array(count),
    rangeKm: new Float64Array(count),
    sunlit: new Uint8Array(count),
    magnitude: new Float64Array(count),
  };
  let brightestIndex = -1;
  let brightestPhaseDeg = NaN;
  for (let i = 0; i < count; i++) {
    const look = tracker.lookAt(track.timesMs[i]);
    if (look === null) {
      track.azimuthDeg[i] = track.elevationDeg[i] = track.rangeKm[i] = track.magnitude[i] = NaN;
      continue;
    }
    track.azimuthDeg[i] = look.azimuthDeg;
    track.elevationDeg[i] = look.elevationDeg;
    track.rangeKm[i] = look.rangeKm;
    mulMat3Vec3(tracker.rotationTemeToEcef, sunTeme, scratchSunEcef);
    if (!isSunlit(tracker.positionEcefKm, scratchSunEcef)) {
      track.magnitude[i] = NaN;
      continue;
    }
    track.sunlit[i] = 1;
    const phaseDeg = phaseAngleDeg(tracker.positionEcefKm, tracker.frame.positionEcefKm, scratchSunEcef);
    track.magnitude[i] = visualMagnitude(standardMagnitude, look.rangeKm, phaseDeg);
    if (brightestIndex < 0 || track.magnitude[i] < track.magnitude[brightestIndex]) {
      brightestIndex = i;
      brightestPhaseDeg = phaseDeg;
    }
  }
  const brightest: PassBrightness | null =
    brightestIndex < 0
      ? null
      : {
          instantMs: track.timesMs[brightestIndex],
          magnitude: track.magnitude[brightestIndex],
          phaseAngleDeg: brightestPhaseDeg,
          rangeKm: track.rangeKm[brightestIndex],
          azimuthDeg: track.azimuthDeg[brightestIndex],
          elevationDeg: track.elevationDeg[brightestIndex],
        };
  return { track, shadowEntryMs, shadowExitMs, brightest };
}
