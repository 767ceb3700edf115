import { Quaternion, Vector3 } from 'three';
import { WGS84_A_KM } from '../astro/frames';
import { MOON_RADIUS_KM } from '../astro/moon';
import { selenographicToMoonFixedKm } from '../astro/selenography';
import { SHACKLETON_CENTRE as SHACKLETON } from '../astro/shackletonCentre';
import type { Vec3 } from '../astro/units';
import { vec3 } from '../astro/vec';
import type { CameraKind } from '../content/vocabulary';
import { useView } from '../state/view';
import { geodeticToEcef } from '../astro/frames';
import { frame } from '../state/frame';
import { astroRotationToScene, astroToScene } from './frameMapping';
import { craftRadiusKm, historicCraftStateAt, shownHistoricVehicle } from './historic/craftState';
import { stationFrame, stationFrameScale } from './station/stationFrame';
import { Matrix4 } from 'three';

/**
 * Where each view looks: a target point that moves with its body, a default camera offset from it, and
 * the body's orientation (so a close-up can turn with the body). All in scene km.
 */
export interface ViewPose {
  target: Vector3;
  /** Default camera position relative to the target. */
  offset: Vector3;
  /** Orientation of the followed body (identity for the Earth view, which stays inertial). */
  bodyRotation: Quaternion;
  /** Screen-up for the camera: local zenith for close-ups (a level horizon), north otherwise. */
  up: Vector3;
}

const m = new Matrix4();
const Y_AXIS = new Vector3(0, 1, 0);
const siteEcef = vec3();
const shackletonMoonFixed = vec3();
const siteMoonFixed = vec3();
const scratch = new Vector3();
const scratch2 = new Vector3();
const scratch3 = new Vector3();

/** Writes the current pose of `view` into `out` (no allocation). */
export function viewPose(view: CameraKind, out: ViewPose): ViewPose {
  const s = frame.snapshot;
  out.bodyRotation.identity();
  out.up.set(0, 1, 0);
  switch (view) {
    case 'earth': {
      out.target.set(0, 0, 0);
      // Face the hemisphere the station is over.
      astroToScene(s.issPositionTemeKm, out.offset);
      if (out.offset.lengthSq() === 0) out.offset.set(0, 0, 1);
      out.offset.setLength(22_000);
      return out;
    }
    case 'ground': {
      // Above the site, 2,500 km up and a little to the south, turning with the Earth.
      const site = useView.getState().site ?? { latDeg: 0, lonDeg: 0 };
      out.bodyRotation.setFromAxisAngle(Y_AXIS, s.gmstRad);
      astroToScene(geodeticToEcef(site.latDeg, site.lonDeg, 0, siteEcef), out.target).applyQuaternion(out.bodyRotation);
      out.offset.copy(out.target).setLength(2_500);
      astroToScene(geodeticToEcef(site.latDeg - 8, site.lonDeg, 0, siteEcef), scratch).applyQuaternion(out.bodyRotation);
      out.offset.addScaledVector(scratch.sub(out.target), 0.6);
      out.up.copy(out.target).normalize();
      return out;
    }
    case 'iss': {
      astroToScene(s.issPositionTemeKm, out.target);
      // Ahead of the station and to port (~90 m), nearly level with it: the module chain with the zenith
      // and nadir ports in profile, the arrays beside it, black sky above and the Earth's limb below.
      scratch.copy(out.target).normalize();
      astroToScene(s.issVelocityTemeKmPerS, scratch2).normalize();
      out.offset.copy(scratch).multiplyScalar(0.006).addScaledVector(scratch2, 0.075);
      scratch2.crossVectors(scratch, scratch2).normalize();
      out.offset.addScaledVector(scratch2, 0.05);
      out.up.copy(scratch);
      // The station's orbital frame (it flies +XVV, so it turns with this frame, once an orbit): the
      // camera turns with it and the Earth stays below. Basis (along-track, zenith, −orbit normal).
      scratch2.negate();
      scratch3.crossVectors(scratch, scratch2);
      out.bodyRotation.setFromRotationMatrix(m.makeBasis(scratch3, scratch, scratch2));
      // Framed on the station of the date (model axes = this frame's): a young station is closer and smaller.
      out.target.addScaledVector(scratch.copy(stationFrame.centre).applyQuaternion(out.bodyRotation), 0.001);
      out.offset.multiplyScalar(stationFrameScale());
      return out;
    }
    case 'craft': {
      // An earlier craft (Apollo–Soyuz, Mir) from its port side, a little ahead and above, at about 3.5 of its
      // radii: broadside to a stack that lies along the track. The Earth view while none is shown.
      if (!historicCraftStateAt(s.instantMs, craftPositionKm, craftVelocityKmPerS)) return viewPose('earth', out);
      const r = craftRadiusKm[shownHistoricVehicle()!] * 3.5;
      orbitalFrame(craftPositionKm, craftVelocityKmPerS, out);
      // bodyRotation's columns: along-track, zenith, −orbit normal.
      out.offset.set(0.4 * r, 0.2 * r, -0.9 * r).applyQuaternion(out.bodyRotation);
      return out;
    }
    case 'moon': {
      astroToScene(s.moonPositionTemeKm, out.target);
      out.bodyRotation.setFromRotationMatrix(astroRotationToScene(s.rotationMoonFixedToTeme, m));
      const lunarSite = useView.getState().site;
      if (lunarSite) {
        // A tour step's lunar site (selenographic): straight above it, so it is at the disc's centre, lunar north up.
        selenographicToMoonFixedKm(lunarSite.latDeg, lunarSite.lonDeg, 0, siteMoonFixed);
        astroToScene(siteMoonFixed, out.offset).applyQuaternion(out.bodyRotation).setLength(MOON_RADIUS_KM * 4.2);
        out.up.set(0, 1, 0).applyQuaternion(out.bodyRotation);
        return out;
      }
      // From the Earth's side, tipped ~60° south so the south pole faces the camera.
      scratch.copy(out.target).negate().normalize();
      scratch2.set(0, -1, 0).applyQuaternion(out.bodyRotation);
      out.offset.copy(scratch).addScaledVector(scratch2, 1.7).normalize().multiplyScalar(MOON_RADIUS_KM * 4.2);
      return out;
    }
    case 'shackleton': {
      astroToScene(s.moonPositionTemeKm, out.target);
      out.bodyRotation.setFromRotationMatrix(astroRotationToScene(s.rotationMoonFixedToTeme, m));
      selenographicToMoonFixedKm(SHACKLETON.latDeg, SHACKLETON.lonDeg, 0, shackletonMoonFixed);
      astroToScene(shackletonMoonFixed, scratch).applyQuaternion(out.bodyRotation);
      out.target.add(scratch);
      // 80 km out and 22 km up from the crater, looking across the pole to the horizon and the sky.
      scratch2.copy(scratch).normalize();
      out.offset.set(0, 0, 0).addScaledVector(scratch2, 22);
      scratch.set(1, 0, 0).applyQuaternion(out.bodyRotation);
      out.offset.addScaledVector(scratch, 80);
      out.up.copy(scratch2);
      return out;
    }
  }
}

const craftPositionKm = vec3();
const craftVelocityKmPerS = vec3();

/**
 * Target, screen-up and rotation of a craft flying LVLH, as the 'iss' view's: the camera turns with its
 * orbital frame (once an orbit) and the Earth stays below. Basis (along-track, zenith, −orbit normal).
 */
function orbitalFrame(positionTemeKm: Vec3, velocityTemeKmPerS: Vec3, out: ViewPose): void {
  astroToScene(positionTemeKm, out.target);
  scratch.copy(out.target).normalize();
  astroToScene(velocityTemeKmPerS, scratch2).normalize();
  scratch2.crossVectors(scratch, scratch2).normalize().negate();
  scratch3.crossVectors(scratch, scratch2);
  out.up.copy(scratch);
  out.bodyRotation.setFromRotationMatrix(m.makeBasis(scratch3, scratch, scratch2));
}

export function newViewPose(): ViewPose {
  return { target: new Vector3(), offset: new Vector3(), bodyRotation: new Quaternion(), up: new Vector3(0, 1, 0) };
}

/** Bodies the camera must stay outside of during flights: centre (scene km) and radius with margin. */
export function pushOutsideBodies(p: Vector3, moonCentre: Vector3): void {
  const earthMin = WGS84_A_KM + 150;
  if (p.lengthSq() < earthMin * earthMin) p.setLength(earthMin);
  scratch.subVectors(p, moonCentre);
  const moonMin = MOON_RADIUS_KM + 20;
  if (scratch.lengthSq() < moonMin * moonMin) p.copy(moonCentre).add(scratch.setLength(moonMin));
}
