import { Matrix4, Quaternion, Vector3, type Camera } from 'three';
import type { OrbitControls } from 'three-stdlib';
import { groundFlightEcef, groundFlightWeights, type GroundFlightWeights } from '../../astro/groundFlight';
import { azElToEnu, enuBasisEcef, enuToEcef, eyeEcef } from '../../astro/topocentric';
import type { ObserverSite } from '../../astro/passes';
import type { Vec3 } from '../../astro/units';
import { vec3 } from '../../astro/vec';
import { frame } from '../../state/frame';
import type { SkyPass } from '../../state/skyView';
import { astroToScene } from '../frameMapping';
import type { ViewPose } from '../views';

/**
 * The camera of the view from the ground (state/skyView.ts): at the place's eye (topocentric.ts), looking a few
 * degrees above the point of the horizon where the pass rises, the screen's up the local zenith, turning with
 * the Earth. The orbit controls then turn the gaze about the eye (their target a metre ahead of it): a drag
 * looks around the sky, with the horizon kept level.
 */

/**
 * The gaze starts at the rise point itself (the list's "rises" is the climb through 10°): in the middle of the
 * screen, the horizon and its compass points in the lowest quarter, clear of the panels at the sides, and the
 * ISS coming up from the horizon toward the middle in the minute before.
 */
export const SKY_LOOK_ELEVATION_DEG = 10;
/** The controls' target: one metre ahead of the eye (they turn the camera about it, so it turns about the eye). */
export const SKY_LOOK_KM = 0.001;
/** Looking around: from 10° below the horizon to just short of the zenith (OrbitControls' polar angle of camera − target). */
const SKY_MIN_POLAR = (80 * Math.PI) / 180;
const SKY_MAX_POLAR = (179 * Math.PI) / 180;
/** A drag moves the sky with the hand (the controls' sign would turn the gaze the other way round its target). */
const SKY_ROTATE_SPEED = -0.35;

const Y_AXIS = new Vector3(0, 1, 0);
const east = vec3();
const north = vec3();
const up = vec3();
const enu = vec3();
const ecef = vec3();
const earthTurn = new Quaternion();

/** ECEF (km or unit) → scene at the current instant: the frame mapping, then the Earth's turn by GMST. */
function ecefToScene(v: Vec3, result: Vector3): Vector3 {
  return astroToScene(v, result).applyQuaternion(earthTurn);
}

/** Scene → ECEF at the current instant (the inverse of ecefToScene). */
function sceneToEcef(v: Vector3, result: Vec3): Vec3 {
  scratch.copy(v).applyQuaternion(scratchTurn.copy(earthTurn).invert());
  // Scene (x, y, z) = TEME (x, z, −y): TEME = (x, −z, y).
  result[0] = scratch.x;
  result[1] = -scratch.z;
  result[2] = scratch.y;
  return result;
}
const scratch = new Vector3();
const scratchTurn = new Quaternion();

const sceneEast = new Vector3();
const sceneNorth = new Vector3();
const sceneUp = new Vector3();
const basis = new Matrix4();

/**
 * The eye's East-North-Up frame in the scene at the current instant: its origin (the eye) and the rotation from
 * ENU (x east, y north, z up) to the scene, turning with the Earth. The sky dome's group takes it (SkyView.tsx).
 */
export function eyeFrameInScene(site: ObserverSite, position: Vector3, rotation: Quaternion): void {
  earthTurn.setFromAxisAngle(Y_AXIS, frame.snapshot.gmstRad);
  enuBasisEcef(site.latDeg, site.lonDeg, east, north, up);
  basis.makeBasis(astroToScene(east, sceneEast), astroToScene(north, sceneNorth), astroToScene(up, sceneUp));
  rotation.setFromRotationMatrix(basis).premultiply(earthTurn);
  ecefToScene(eyeEcef(site, ecef), position);
}

/** Writes the view from the ground of `sky` into `out` (no allocation). */
export function skyPose(sky: SkyPass, out: ViewPose): ViewPose {
  earthTurn.setFromAxisAngle(Y_AXIS, frame.snapshot.gmstRad);
  out.bodyRotation.copy(earthTurn);
  const { site, pass } = sky;
  enuBasisEcef(site.latDeg, site.lonDeg, east, north, up);
  ecefToScene(eyeEcef(site, ecef), out.target);
  ecefToScene(up, out.up);
  azElToEnu(pass.azimuthAtRiseDeg, SKY_LOOK_ELEVATION_DEG, enu);
  ecefToScene(enuToEcef(enu, east, north, up, ecef), out.offset).multiplyScalar(-SKY_LOOK_KM);
  out.target.sub(out.offset);
  return out;
}

/**
 * The controls' limits: in the view from the ground, the gaze turns about the eye (distance fixed, no pan or
 * zoom, the horizon level); elsewhere the view's own (`free`).
 */
export function limitControls(c: OrbitControls, sky: boolean, free: { minDistanceKm: number; maxDistanceKm: number; pan: boolean }): void {
  c.minDistance = sky ? SKY_LOOK_KM : free.minDistanceKm;
  c.maxDistance = sky ? SKY_LOOK_KM : free.maxDistanceKm;
  c.enablePan = sky ? false : free.pan;
  c.enableZoom = !sky;
  c.minPolarAngle = sky ? SKY_MIN_POLAR : 0;
  c.maxPolarAngle = sky ? SKY_MAX_POLAR : Math.PI;
  c.rotateSpeed = sky ? SKY_ROTATE_SPEED : 1;
}

/**
 * A flight to or from the view from the ground, along groundFlight.ts's path (high over the Earth, then down
 * over the place), which never passes below the ground as a straight glide of the target would. A flight down
 * starts where the camera was in the scene's (inertial) frame; a flight up starts from the place, fixed to the
 * Earth (the clock put back as it was turns the Earth, and the camera rises from the place all the same). The
 * end follows the destination's pose.
 */
export class GroundFlight {
  private toGround = true;
  /** The start: scene vectors (a flight down), or ECEF ones (a flight up), turned to the scene each frame. */
  private readonly startPosition = vec3();
  private readonly startLook = vec3();
  private readonly startUp = vec3();
  private startDistanceKm = 1;
  private readonly weights: GroundFlightWeights = { lateral: 0, height: 0, look: 0 };
  private readonly fromPosition = new Vector3();
  private readonly fromLook = new Vector3();
  private readonly fromUp = new Vector3();
  private readonly spaceEcef = vec3();
  private readonly groundEcef = vec3();
  private readonly pathEcef = vec3();
  private readonly endPosition = new Vector3();
  private readonly endLook = new Vector3();
  private readonly look = new Vector3();

  /** From where the camera is now; `toGround`: the destination is the view from the ground (else the origin is). */
  start(camera: Camera, c: OrbitControls, toGround: boolean): void {
    this.toGround = toGround;
    earthTurn.setFromAxisAngle(Y_AXIS, frame.snapshot.gmstRad);
    this.look.subVectors(c.target, camera.position);
    this.startDistanceKm = Math.max(this.look.length(), 1e-6);
    this.look.normalize();
    this.keep(camera.position, this.startPosition);
    this.keep(this.look, this.startLook);
    this.keep(camera.up, this.startUp);
    // Distances are set by the path: the controls must not clamp them on the way.
    c.minDistance = 0;
    c.maxDistance = Infinity;
  }

  /** Places the camera at the eased fraction `e` of the way to `pose` (the destination's, this frame). */
  step(e: number, pose: ViewPose, camera: Camera, c: OrbitControls): void {
    earthTurn.setFromAxisAngle(Y_AXIS, frame.snapshot.gmstRad);
    this.toScene(this.startPosition, this.fromPosition);
    this.toScene(this.startLook, this.fromLook);
    this.toScene(this.startUp, this.fromUp);
    this.endPosition.copy(pose.target).add(pose.offset);
    this.endLook.copy(pose.offset).negate();
    const endDistanceKm = this.endLook.length();
    this.endLook.normalize();
    // s: 0 at the space end, 1 at the ground end (groundFlight.ts).
    const down = this.toGround;
    const s = down ? e : 1 - e;
    sceneToEcef(down ? this.fromPosition : this.endPosition, this.spaceEcef);
    sceneToEcef(down ? this.endPosition : this.fromPosition, this.groundEcef);
    ecefToScene(groundFlightEcef(this.spaceEcef, this.groundEcef, s, this.pathEcef), camera.position);
    const w = groundFlightWeights(s, this.weights);
    const spaceLook = down ? this.fromLook : this.endLook;
    const groundLook = down ? this.endLook : this.fromLook;
    const spaceDistanceKm = down ? this.startDistanceKm : endDistanceKm;
    const groundDistanceKm = down ? endDistanceKm : this.startDistanceKm;
    this.look.lerpVectors(spaceLook, groundLook, w.look).normalize();
    const distanceKm = Math.exp(Math.log(spaceDistanceKm) + (Math.log(groundDistanceKm) - Math.log(spaceDistanceKm)) * w.height);
    c.target.copy(camera.position).addScaledVector(this.look, distanceKm);
    camera.up.lerpVectors(down ? this.fromUp : pose.up, down ? pose.up : this.fromUp, w.look).normalize();
  }

  /** A start vector as kept: as it is in the scene (a flight down) or Earth-fixed (a flight up). */
  private keep(v: Vector3, out: Vec3): void {
    if (this.toGround) [out[0], out[1], out[2]] = [v.x, v.y, v.z];
    else sceneToEcef(v, out);
  }

  private toScene(v: Vec3, out: Vector3): void {
    if (this.toGround) out.set(v[0], v[1], v[2]);
    else ecefToScene(v, out);
  }
}
