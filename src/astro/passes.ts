import { geodeticToEcef, rotationTemeToEcef } from './frames';
import { propagateTeme, type Satrec } from './sgp4';
import { isSunlit, sunDirectionEcef } from './sun';
import { enuBasisEcef } from './topocentric';
import { DEG_PER_RAD, RAD_PER_DEG, type Degrees, type Kilometer, type Mat3, type UnixMs, type Vec3 } from './units';
import { dot, mulMat3Vec3, rotationZ, vec3 } from './vec';

/**
 * Satellite passes over a ground site: look angles, rise / culmination / set, and naked-eye visibility.
 *
 * Frames and models:
 * - Satellite: SGP4 (satellite.js, sgp4.ts) in TEME, turned to ECEF by GMST (frames.ts; polar motion and
 *   UT1−UTC ignored, i.e. < 1 s of Earth rotation).
 * - Site: WGS84 geodetic latitude/longitude (deg, longitude +E) and height above the ellipsoid (km).
 * - Topocentric frame: East-North-Up about the ellipsoid normal at the site (geodetic vertical), no
 *   atmospheric refraction. Azimuth is measured from geographic north, clockwise (through east), 0..360°.
 * - Visibility: the definition of the project's pass reference (iss-passes-reference.json, python-sgp4 +
 *   astropy): the satellite is sunlit (cylindrical Earth shadow, sun.ts isSunlit) and the Sun's centre is
 *   below −6° (civil twilight) at the site, both at culmination.
 * Times are Unix milliseconds (UTC); angles in degrees; distances in km.
 */

export interface LookAngles {
  /** From north, clockwise, 0..360°. */
  azimuthDeg: Degrees;
  /** Above the site's geodetic horizon (no refraction), −90..90°. */
  elevationDeg: Degrees;
  /** Slant range from the site, km. */
  rangeKm: Kilometer;
}

export function newLookAngles(): LookAngles {
  return { azimuthDeg: 0, elevationDeg: 0, rangeKm: 0 };
}

/** A ground observer: WGS84 geodetic latitude and longitude (+E), degrees; height above the ellipsoid, km. */
export interface ObserverSite {
  latDeg: Degrees;
  lonDeg: Degrees;
  heightKm: Kilometer;
}

/** The site's ECEF position and its East, North, Up unit vectors (ECEF components). */
export interface SiteFrame {
  positionEcefKm: Vec3;
  eastEcef: Vec3;
  northEcef: Vec3;
  upEcef: Vec3;
}

function siteFrame(latDeg: Degrees, lonDeg: Degrees, heightKm: Kilometer): SiteFrame {
  const frame = { positionEcefKm: geodeticToEcef(latDeg, lonDeg, heightKm, vec3()), eastEcef: vec3(), northEcef: vec3(), upEcef: vec3() };
  enuBasisEcef(latDeg, lonDeg, frame.eastEcef, frame.northEcef, frame.upEcef);
  return frame;
}

function lookFromFrame(frame: SiteFrame, positionEcefKm: Vec3, result: LookAngles): LookAngles {
  const dx = positionEcefKm[0] - frame.positionEcefKm[0];
  const dy = positionEcefKm[1] - frame.positionEcefKm[1];
  const dz = positionEcefKm[2] - frame.positionEcefKm[2];
  const e = frame.eastEcef;
  const n = frame.northEcef;
  const u = frame.upEcef;
  const east = dx * e[0] + dy * e[1] + dz * e[2];
  const north = dx * n[0] + dy * n[1] + dz * n[2];
  const up = dx * u[0] + dy * u[1] + dz * u[2];
  const rangeKm = Math.hypot(dx, dy, dz);
  result.rangeKm = rangeKm;
  // atan2 of up over the horizontal distance: exact at the zenith, unlike asin(up / range).
  result.elevationDeg = Math.atan2(up, Math.hypot(east, north)) * DEG_PER_RAD;
  const azimuthDeg = Math.atan2(east, north) * DEG_PER_RAD;
  result.azimuthDeg = azimuthDeg < 0 ? azimuthDeg + 360 : azimuthDeg;
  return result;
}

/**
 * Azimuth, elevation and range of an ECEF point (km) seen from a WGS84 geodetic site: topocentric ENU about
 * the ellipsoid normal, azimuth from north clockwise 0..360°, no refraction. Writes into and returns `result`.
 * For many points from one site, findPasses keeps the site frame; this builds it on every call.
 */
export function lookAngles(
  siteLatDeg: Degrees,
  siteLonDeg: Degrees,
  siteHeightKm: Kilometer,
  positionEcefKm: Vec3,
  result: LookAngles,
): LookAngles {
  return lookFromFrame(siteFrame(siteLatDeg, siteLonDeg, siteHeightKm), positionEcefKm, result);
}

function sunElevationDegFromUp(upEcef: Vec3, sunDirectionEcefUnit: Vec3): Degrees {
  return Math.asin(Math.max(-1, Math.min(1, dot(upEcef, sunDirectionEcefUnit)))) * DEG_PER_RAD;
}

/**
 * Elevation (deg) of the Sun's centre above the geodetic horizon at a site, no refraction. The Sun is taken at
 * infinity (direction from the Earth's centre, sun.ts sunDirectionEcef): the parallax it neglects is 0.002°.
 */
export function sunElevationDegAtSite(instantMs: UnixMs, latDeg: Degrees, lonDeg: Degrees): Degrees {
  const lat = latDeg * RAD_PER_DEG;
  const lon = lonDeg * RAD_PER_DEG;
  const up: Vec3 = [Math.cos(lat) * Math.cos(lon), Math.cos(lat) * Math.sin(lon), Math.sin(lat)];
  return sunElevationDegFromUp(up, sunDirectionEcef(instantMs, vec3()));
}

/** One pass above `minElevationDeg`. Times in Unix ms (UTC), angles in degrees. */
export interface SatellitePass {
  /** The satellite rises through minElevationDeg. */
  riseMs: UnixMs;
  /** Culmination: the highest elevation of the pass. */
  maxMs: UnixMs;
  /** The satellite sets through minElevationDeg. */
  setMs: UnixMs;
  maxElevationDeg: Degrees;
  azimuthAtMaxDeg: Degrees;
  /** Azimuth at riseMs / setMs. */
  azimuthAtRiseDeg: Degrees;
  azimuthAtSetDeg: Degrees;
  /** Satellite outside the Earth's cylindrical shadow at maxMs. */
  sunlitAtMax: boolean;
  /** The Sun's elevation at the site at maxMs. */
  sunElevationAtMaxDeg: Degrees;
  /** Naked-eye visible: sunlitAtMax and the Sun below VISIBLE_SUN_MAX_ELEVATION_DEG at the site. */
  visible: boolean;
}

export interface FindPassesOptions {
  /** Elevation threshold of a pass, deg (default 10, the reference's). */
  minElevationDeg?: Degrees;
  /**
   * Coarse scan step, s (default 30). Culminations are found as local maxima of the sampled elevation, so
   * for LEO it should stay ≤ 60 s; crossings and maxima are then refined to < 1 s whatever the step.
   */
  stepS?: number;
}

/** Visibility threshold: the Sun below civil twilight (−6°) at the site. */
export const VISIBLE_SUN_MAX_ELEVATION_DEG: Degrees = -6;

/** Bisection of crossings and golden-section of maxima stop when the bracket is narrower than this. */
const REFINE_TOLERANCE_MS = 100;
/**
 * The scan reaches this far outside [startMs, endMs] so that passes in progress at either end are bracketed.
 * A LEO pass above 0° lasts < 15 min; a satellite above the threshold for longer than this (GEO, HEO near
 * apogee) yields no passes.
 */
const SCAN_PADDING_MS = 30 * 60_000;
/**
 * Sampled local maxima this far below the threshold are still refined: the true peak of a short, low pass
 * can lie between samples. At 30 s steps the sample next to a LEO peak is within a few degrees of it.
 */
const PEAK_SEARCH_MARGIN_DEG = 10;
/** Two maxima whose rises are closer than this belong to one pass. */
const SAME_PASS_MS = 2000;

const INV_PHI = (Math.sqrt(5) - 1) / 2;

/**
 * Propagates a satellite and looks at it from one site, without allocating per call. After a successful
 * lookAt, positionEcefKm and rotationTemeToEcef hold that instant's values (shared: copy what you keep);
 * passTrack.ts reads them for the shadow and phase-angle geometry.
 */
export class SiteTracker {
  readonly frame: SiteFrame;
  readonly positionEcefKm: Vec3 = vec3();
  /** TEME → ECEF (GMST) at the last successful lookAt. */
  readonly rotationTemeToEcef: Mat3 = rotationZ(0);
  private readonly positionTemeKm: Vec3 = vec3();
  private readonly velocityTemeKmPerS: Vec3 = vec3();
  private readonly look: LookAngles = newLookAngles();

  constructor(
    private readonly satrec: Satrec,
    site: ObserverSite,
  ) {
    this.frame = siteFrame(site.latDeg, site.lonDeg, site.heightKm);
  }

  /** Look angles at the instant (a shared object: copy what you keep), or null where SGP4 fails. */
  lookAt(instantMs: UnixMs): LookAngles | null {
    if (propagateTeme(this.satrec, instantMs, this.positionTemeKm, this.velocityTemeKmPerS) !== null) return null;
    mulMat3Vec3(rotationTemeToEcef(instantMs, this.rotationTemeToEcef), this.positionTemeKm, this.positionEcefKm);
    return lookFromFrame(this.frame, this.positionEcefKm, this.look);
  }

  /** Elevation, deg; NaN where SGP4 fails (NaN counts as "below" everywhere it is compared). */
  elevationAt(instantMs: UnixMs): Degrees {
    const look = this.lookAt(instantMs);
    return look ? look.elevationDeg : NaN;
  }

  /**
   * Bisection for the instant where the elevation crosses `thresholdDeg` in [lo, hi]; `loAbove` says which
   * end is above. Returns the end of the final bracket (< 0.1 s wide) that is above the threshold: an instant
   * where SGP4 succeeded, so the pass's rise and set azimuths are always finite.
   */
  crossing(lo: UnixMs, hi: UnixMs, loAbove: boolean, thresholdDeg: Degrees): UnixMs {
    while (hi - lo > REFINE_TOLERANCE_MS) {
      const mid = 0.5 * (lo + hi);
      if ((this.elevationAt(mid) >= thresholdDeg) === loAbove) lo = mid;
      else hi = mid;
    }
    return loAbove ? lo : hi;
  }

  /** Golden-section search for the elevation maximum in [a, b] (unimodal there). */
  culmination(a: UnixMs, b: UnixMs): { instantMs: UnixMs; elevationDeg: Degrees } {
    let c = b - INV_PHI * (b - a);
    let d = a + INV_PHI * (b - a);
    let fc = this.elevationAt(c);
    let fd = this.elevationAt(d);
    while (b - a > REFINE_TOLERANCE_MS) {
      if (!(fc < fd)) {
        b = d;
        d = c;
        fd = fc;
        c = b - INV_PHI * (b - a);
        fc = this.elevationAt(c);
      } else {
        a = c;
        c = d;
        fc = fd;
        d = a + INV_PHI * (b - a);
        fd = this.elevationAt(d);
      }
    }
    const instantMs = 0.5 * (a + b);
    return { instantMs, elevationDeg: this.elevationAt(instantMs) };
  }
}

/**
 * Passes of a satellite above `minElevationDeg` over a site that overlap [startMs, endMs): setMs > startMs
 * and riseMs < endMs, so a pass in progress at startMs is included (its riseMs lies before startMs).
 *
 * Method: the elevation is sampled every stepS from 30 min before startMs to 30 min after endMs; each sampled
 * local maximum is refined by golden-section search to < 0.1 s, kept if above the threshold, and its rise and
 * set are found by bisection between the nearest samples below the threshold (to < 0.1 s). Instants where
 * SGP4 fails count as below the horizon (no exception). Sorted by riseMs.
 */
export function findPasses(
  satrec: Satrec,
  site: ObserverSite,
  startMs: UnixMs,
  endMs: UnixMs,
  options: FindPassesOptions = {},
): SatellitePass[] {
  const minElevationDeg = options.minElevationDeg ?? 10;
  const stepS = options.stepS ?? 30;
  if (!(stepS > 0) || !Number.isFinite(stepS)) throw new RangeError(`stepS must be a positive number, got ${stepS}`);
  const passes: SatellitePass[] = [];
  if (!(endMs > startMs) || !Number.isFinite(endMs - startMs)) return passes;

  const tracker = new SiteTracker(satrec, site);
  const stepMs = stepS * 1000;
  const scanStartMs = startMs - SCAN_PADDING_MS;
  const scanEndMs = endMs + SCAN_PADDING_MS;
  const count = Math.ceil((scanEndMs - scanStartMs) / stepMs) + 1;
  const times = new Float64Array(count);
  const elevations = new Float64Array(count);
  for (let k = 0; k < count; k++) {
    times[k] = Math.min(scanStartMs + k * stepMs, scanEndMs);
    elevations[k] = tracker.elevationAt(times[k]);
  }

  for (let k = 1; k < count - 1; k++) {
    const e = elevations[k];
    // A sampled local maximum (NaN neighbours count as lower; on a plateau the last sample is taken).
    if (!(e > minElevationDeg - PEAK_SEARCH_MARGIN_DEG) || elevations[k - 1] > e || elevations[k + 1] >= e) continue;
    const peak = tracker.culmination(times[k - 1], times[k + 1]);
    if (!(peak.elevationDeg >= minElevationDeg)) continue;
    const riseMs = findEdge(tracker, times, elevations, k, peak.instantMs, -1, minElevationDeg);
    const setMs = findEdge(tracker, times, elevations, k, peak.instantMs, +1, minElevationDeg);
    if (riseMs === null || setMs === null) continue;
    if (!(setMs > startMs && riseMs < endMs)) continue;

    const previous = passes[passes.length - 1];
    if (previous && Math.abs(previous.riseMs - riseMs) < SAME_PASS_MS) {
      if (previous.maxElevationDeg >= peak.elevationDeg) continue;
      passes.pop();
    }
    passes.push(describePass(tracker, riseMs, peak.instantMs, setMs));
  }
  return passes;
}

/**
 * Rise (direction −1) or set (+1) of the pass culminating at peakMs, sampled near index k: walks the samples
 * away from the peak to the first one below the threshold and bisects between it and the last one above
 * (or the peak). Null when the scan ends first.
 */
function findEdge(
  tracker: SiteTracker,
  times: Float64Array,
  elevations: Float64Array,
  k: number,
  peakMs: UnixMs,
  direction: -1 | 1,
  minElevationDeg: Degrees,
): UnixMs | null {
  let inner = peakMs;
  let j = direction < 0 ? (times[k] < peakMs ? k : k - 1) : times[k] > peakMs ? k : k + 1;
  for (; j >= 0 && j < times.length; j += direction) {
    if (elevations[j] >= minElevationDeg) {
      inner = times[j];
      continue;
    }
    // times[j] is below, inner is above.
    return direction < 0
      ? tracker.crossing(times[j], inner, false, minElevationDeg)
      : tracker.crossing(inner, times[j], true, minElevationDeg);
  }
  return null;
}

function describePass(tracker: SiteTracker, riseMs: UnixMs, maxMs: UnixMs, setMs: UnixMs): SatellitePass {
  // riseMs, setMs and maxMs are instants where SGP4 succeeded (see crossing, and findPasses' NaN check).
  const azimuthAtRiseDeg = tracker.lookAt(riseMs)?.azimuthDeg ?? NaN;
  const azimuthAtSetDeg = tracker.lookAt(setMs)?.azimuthDeg ?? NaN;
  // Last, so that tracker.positionEcefKm is the position at maxMs.
  const atMax = tracker.lookAt(maxMs);
  const maxElevationDeg = atMax?.elevationDeg ?? NaN;
  const azimuthAtMaxDeg = atMax?.azimuthDeg ?? NaN;
  const sunEcef = sunDirectionEcef(maxMs, vec3());
  const sunlitAtMax = atMax !== null && isSunlit(tracker.positionEcefKm, sunEcef);
  const sunElevationAtMaxDeg = sunElevationDegFromUp(tracker.frame.upEcef, sunEcef);
  return {
    riseMs,
    maxMs,
    setMs,
    maxElevationDeg,
    azimuthAtMaxDeg,
    azimuthAtRiseDeg,
    azimuthAtSetDeg,
    sunlitAtMax,
    sunElevationAtMaxDeg,
    visible: sunlitAtMax && sunElevationAtMaxDeg < VISIBLE_SUN_MAX_ELEVATION_DEG,
  };
}

const DAY_MS = 86_400_000;

/**
 * The first pass (above 10°) with visible = true that has not yet set at fromMs (a pass in progress counts),
 * rising before fromMs + horizonDays; null if none. Scans a day at a time, so it stops early.
 */
export function nextVisiblePass(
  satrec: Satrec,
  site: ObserverSite,
  fromMs: UnixMs,
  horizonDays = 10,
): SatellitePass | null {
  const horizonEndMs = fromMs + horizonDays * DAY_MS;
  for (let chunkStartMs = fromMs; chunkStartMs < horizonEndMs; chunkStartMs += DAY_MS) {
    const chunkEndMs = Math.min(chunkStartMs + DAY_MS, horizonEndMs);
    // A pass straddling a chunk boundary is found in both chunks; the first time it was not visible.
    const found = findPasses(satrec, site, chunkStartMs, chunkEndMs).find((p) => p.visible);
    if (found) return found;
  }
  return null;
}

export const COMPASS_POINTS = [
  'N', 'NNE', 'NE', 'ENE', 'E', 'ESE', 'SE', 'SSE', 'S', 'SSW', 'SW', 'WSW', 'W', 'WNW', 'NW', 'NNW',
] as const;
export type CompassPoint = (typeof COMPASS_POINTS)[number];

/**
 * The nearest of the 16 compass points to an azimuth (deg from north, clockwise; any real value, wrapped).
 * Each point covers ±11.25°; a boundary goes to the next point clockwise. Throws on a non-finite azimuth.
 */
export function compassPoint(azimuthDeg: Degrees): CompassPoint {
  if (!Number.isFinite(azimuthDeg)) throw new RangeError(`azimuth must be finite, got ${azimuthDeg}`);
  const wrapped = ((azimuthDeg % 360) + 360) % 360;
  return COMPASS_POINTS[Math.floor(wrapped / 22.5 + 0.5) % 16];
}
