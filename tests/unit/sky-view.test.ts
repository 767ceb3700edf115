import { Quaternion, Vector3 } from 'three';
import { describe, expect, it } from 'vitest';
import { ecefToGeodetic } from '../../src/astro/frames';
import { predictPasses } from '../../src/astro/passPrediction';
import type { ObserverSite } from '../../src/astro/passes';
import { satrecFromLines } from '../../src/astro/sgp4';
import { updateEarthAndSun, updateIss } from '../../src/astro/snapshot';
import { azElToEnu, EYE_HEIGHT_KM } from '../../src/astro/topocentric';
import { frame } from '../../src/state/frame';
import type { SkyPass } from '../../src/state/skyView';
import { astroToScene } from '../../src/scene/frameMapping';
import { eyeFrameInScene, SKY_LOOK_ELEVATION_DEG, skyPose } from '../../src/scene/sky/skyCamera';
import { newViewPose } from '../../src/scene/views';
import { PASS_SITES, PASS_WINDOW_START_UTC } from '../astro/fixtures/iss-passes-reference';
import { ISS_TLE_2026_09_16 } from '../astro/fixtures/iss-tles';

/**
 * The view from the ground in the scene's own frame (TEME turned to three.js's Y-up, the Earth turned by GMST):
 * the camera stands at the place's eye and looks a few degrees above the rise point; at each visible reference
 * pass's highest point, the direction from that camera to the ISS drawn in the scene is the reference's
 * (python-sgp4 + astropy AltAz) within 0.5°, and the sky dome's mark for it lies on the same line of sight.
 */

const satrec = satrecFromLines(ISS_TLE_2026_09_16.line1, ISS_TLE_2026_09_16.line2);
const DEG = Math.PI / 180;
const azimuthGap = (a: number, b: number) => Math.abs(((a - b + 540) % 360) - 180);

/** Azimuth (clockwise from `north` about `up`) and elevation of `d` in the scene. */
function azEl(d: Vector3, up: Vector3, north: Vector3) {
  const east = new Vector3().crossVectors(north, up);
  const elevationDeg = Math.asin(d.dot(up) / d.length()) / DEG;
  const az = Math.atan2(d.dot(east), d.dot(north)) / DEG;
  return { azimuthDeg: (az + 360) % 360, elevationDeg };
}

describe.each(PASS_SITES.map((s) => [s.name, s] as const))('the view from the ground over %s', (_, refSite) => {
  const site: ObserverSite = { latDeg: refSite.latDeg, lonDeg: refSite.lonDeg, heightKm: refSite.heightM / 1000 };
  const passes = predictPasses(satrec, site, Date.parse(PASS_WINDOW_START_UTC), { days: 3 });

  it.each(refSite.passes.filter((p) => p.maxElevationDeg > 15).map((p) => [p.maxUtc, p] as const))('pass culminating %s', (maxUtc, ref) => {
    const t = Date.parse(maxUtc);
    const pass = passes.reduce((a, b) => (Math.abs(b.maxMs - t) < Math.abs(a.maxMs - t) ? b : a));
    const sky: SkyPass = { pass, site, track: null, timeZone: 'UTC' };
    updateEarthAndSun(frame.snapshot, t);
    expect(updateIss(frame.snapshot, satrec)).toBeNull();

    const pose = skyPose(sky, newViewPose());
    const camera = pose.target.clone().add(pose.offset);
    const look = pose.offset.clone().negate().normalize();
    const up = pose.up.clone();
    // The camera at the eye: back through the Earth's turn and the frame mapping to geodetic coordinates.
    const fixed = camera.clone().applyAxisAngle(new Vector3(0, 1, 0), -frame.snapshot.gmstRad);
    const g = ecefToGeodetic([fixed.x, -fixed.z, fixed.y], { latDeg: 0, lonDeg: 0, altKm: 0 });
    expect(g.latDeg).toBeCloseTo(site.latDeg, 9);
    expect(g.lonDeg).toBeCloseTo(site.lonDeg, 9);
    expect(Math.abs(g.altKm - (site.heightKm + EYE_HEIGHT_KM))).toBeLessThan(1e-6);
    // North in the scene: the rotation axis's direction projected on the horizon (the Earth's +Y).
    const north = new Vector3(0, 1, 0).addScaledVector(up, -up.y).normalize();
    const gaze = azEl(look, up, north);
    expect(azimuthGap(gaze.azimuthDeg, pass.azimuthAtRiseDeg)).toBeLessThan(1e-6);
    expect(gaze.elevationDeg).toBeCloseTo(SKY_LOOK_ELEVATION_DEG, 6);

    // The ISS as the scene draws it (IssMarker: its SGP4 TEME position, mapped), seen from the camera.
    const iss = astroToScene(frame.snapshot.issPositionTemeKm, new Vector3());
    const toIss = iss.clone().sub(camera);
    const seen = azEl(toIss, up, north);
    expect(Math.abs(seen.elevationDeg - ref.maxElevationDeg)).toBeLessThan(0.5);
    expect(azimuthGap(seen.azimuthDeg, ref.azimuthAtMaxDeg) * Math.cos(ref.maxElevationDeg * DEG)).toBeLessThan(0.5);

    // The dome's mark of the highest point (SkyView.tsx: ENU point in the eye's frame) on the line of sight to the
    // ISS at that instant (the predicted one: the reference's is on a 5 s grid, and the ISS moves ~1°/s up there).
    updateEarthAndSun(frame.snapshot, pass.maxMs);
    updateIss(frame.snapshot, satrec);
    astroToScene(frame.snapshot.issPositionTemeKm, iss);
    skyPose(sky, pose);
    camera.copy(pose.target).add(pose.offset);
    toIss.copy(iss).sub(camera);
    const position = new Vector3();
    const rotation = new Quaternion();
    eyeFrameInScene(site, position, rotation);
    expect(position.distanceTo(camera)).toBeLessThan(1e-9);
    const e = azElToEnu(pass.azimuthAtMaxDeg, pass.maxElevationDeg, [0, 0, 0]);
    const mark = new Vector3(e[0], e[1], e[2]).applyQuaternion(rotation).add(position).sub(camera);
    expect(mark.angleTo(toIss) / DEG).toBeLessThan(0.5);
  });
});
