import { useFrame, useThree } from '@react-three/fiber';
import { useEffect, useMemo } from 'react';
import { PerspectiveCamera, Quaternion, Vector3 } from 'three';
import { OrbitControls as OrbitControlsImpl } from 'three-stdlib';
import { stationFrameScale } from './station/stationFrame';
import type { CameraKind } from '../content/vocabulary';
import { useSkyView } from '../state/skyView';
import { useView, viewActions } from '../state/view';
import { renderDemand } from './renderDemand';
import { GroundFlight, limitControls, skyPose } from './sky/skyCamera';
import { newViewPose, pushOutsideBodies, viewPose, type ViewPose } from './views';
import { useViewFraming } from './viewFraming';

/** After the hand leaves the controls, their damping still moves the camera for about this long. */
const DAMPING_MS = 1_500;

/**
 * Orbit controls on the canvas, the scene's default. Only the user's input asks for frames (start/end of a
 * drag, a wheel step, and the damping after): the rig moves the camera itself as it rides with a body, and
 * that must not keep a still view drawing (drei's wrapper would redraw on every such change).
 */
function useOrbitControls(): OrbitControlsImpl {
  const camera = useThree((s) => s.camera);
  const gl = useThree((s) => s.gl);
  const events = useThree((s) => s.events);
  const set = useThree((s) => s.set);
  const get = useThree((s) => s.get);
  const invalidate = useThree((s) => s.invalidate);
  const controls = useMemo(() => new OrbitControlsImpl(camera), [camera]);
  useEffect(() => {
    const element = (events.connected as HTMLElement | undefined) ?? gl.domElement;
    controls.connect(element);
    let active = false;
    const hold = () => {
      renderDemand.inputUntilMs = active ? Infinity : performance.now() + DAMPING_MS;
      invalidate();
    };
    const onStart = () => ((active = true), hold());
    const onEnd = () => ((active = false), hold());
    controls.addEventListener('start', onStart);
    controls.addEventListener('end', onEnd);
    const previous = get().controls;
    set({ controls });
    return () => {
      controls.removeEventListener('start', onStart);
      controls.removeEventListener('end', onEnd);
      controls.dispose();
      renderDemand.inputUntilMs = 0;
      set({ controls: previous });
    };
  }, [controls, events.connected, gl, set, get, invalidate]);
  return controls;
}

const FLIGHT_SECONDS = 3;
const KIOSK = new URLSearchParams(window.location.search).get('kiosk') === '1';
const MIN_DISTANCE_KM: Record<CameraKind, number> = { earth: 6_600, iss: 0.015, moon: 1_760, shackleton: 2, ground: 6_500, craft: 0.01 };
const MAX_DISTANCE_KM = KIOSK ? 60_000 : 600_000;

const ease = (x: number) => (x < 0.5 ? 4 * x * x * x : 1 - Math.pow(-2 * x + 2, 3) / 2);

/**
 * Orbit, zoom and pan around the view's target. The target rides with its body (the ISS, the Moon) and
 * the camera moves and turns with it, so what you look at stays steady on screen. Changing view flies
 * there (or cuts, with reduced motion): the target glides, the distance changes logarithmically, and
 * the camera is kept outside the Earth and the Moon.
 */
export function CameraRig() {
  const view = useView((s) => s.view);
  const flightSeq = useView((s) => s.flightSeq);
  const reducedMotion = useView((s) => s.reducedMotion);
  // The view from the ground of a pass (state/skyView.ts), when one is shown: its own pose and flight.
  const sky = useSkyView((s) => s.sky);
  const c = useOrbitControls();
  // The subject in the part of the screen the panels leave free (the tour's band, a phone's bars).
  useViewFraming(view, reducedMotion);
  const camera = useThree((s) => s.camera);
  const state = useMemo(
    () => ({
      pose: newViewPose(),
      lastTarget: new Vector3(),
      lastRotation: new Quaternion(),
      flight: null as null | { t: number; seq: number; fromTarget: Vector3; fromOffset: Vector3; ground: boolean },
      groundFlight: new GroundFlight(),
      wasSky: false,
      moon: new Vector3(),
      delta: new Vector3(),
      dq: new Quaternion(),
      offset: new Vector3(),
      first: true,
      /** The station framing the ISS view stands off for (it changes with the station of the date). */
      stationScale: 1,
    }),
    [],
  );

  useEffect(() => {
    c.enableDamping = true;
    // The feel of the earlier 0.12 applied twice a frame (1 − 0.88² ≈ 0.23); the controls update once now.
    c.dampingFactor = 0.23;
    // On a kiosk, touch gestures keep the subject in view: no panning away, no zooming out to nothing.
    c.enablePan = !KIOSK;
    c.maxDistance = MAX_DISTANCE_KM;
  }, [c]);

  const poseOf = (out: ViewPose) => (sky ? skyPose(sky, out) : viewPose(view, out));
  const limits = { minDistanceKm: MIN_DISTANCE_KM[view], maxDistanceKm: MAX_DISTANCE_KM, pan: !KIOSK };

  useEffect(() => {
    limitControls(c, sky !== null, limits);
    poseOf(state.pose);
    if (state.first || reducedMotion) {
      state.first = false;
      c.target.copy(state.pose.target);
      camera.position.copy(state.pose.target).add(state.pose.offset);
      camera.up.copy(state.pose.up);
      state.flight = null;
      viewActions.arrived(flightSeq);
    } else {
      // To or from the ground, the camera comes down over the place (a glide of the target would pass through the Earth).
      const ground = sky !== null || state.wasSky;
      state.flight = { t: 0, seq: flightSeq, fromTarget: c.target.clone(), fromOffset: camera.position.clone().sub(c.target), ground };
      if (ground) state.groundFlight.start(camera, c, sky !== null);
    }
    state.wasSky = sky !== null;
    state.lastTarget.copy(state.pose.target);
    state.lastRotation.copy(state.pose.bodyRotation);
    state.stationScale = stationFrameScale();
    c.update();
    // eslint-disable-next-line react-hooks/exhaustive-deps -- poseOf and limits follow view and sky
  }, [view, sky, flightSeq, reducedMotion, camera, state, c]);

  useFrame((_, dt) => {
    const pose = poseOf(state.pose);
    viewPose('moon', newPoseScratch);
    state.moon.copy(newPoseScratch.target);
    const f = state.flight;
    if (f) {
      f.t = Math.min(1, f.t + dt / FLIGHT_SECONDS);
      const e = ease(f.t);
      if (f.ground) state.groundFlight.step(e, pose, camera, c);
      else {
        c.target.lerpVectors(f.fromTarget, pose.target, e);
        const d0 = f.fromOffset.length();
        const d1 = pose.offset.length();
        const dist = Math.exp(Math.log(d0) + (Math.log(d1) - Math.log(d0)) * e);
        state.offset.copy(f.fromOffset).normalize().lerp(state.delta.copy(pose.offset).normalize(), e).setLength(dist);
        camera.position.copy(c.target).add(state.offset);
        pushOutsideBodies(camera.position, state.moon);
        camera.up.lerp(pose.up, e).normalize();
      }
      c.enabled = f.t >= 1;
      if (f.t >= 1) {
        state.flight = null;
        if (f.ground) limitControls(c, sky !== null, limits);
        state.stationScale = stationFrameScale();
        viewActions.arrived(f.seq);
      }
    } else {
      // Ride with the body: translate by its motion and turn with its rotation about the target.
      state.delta.subVectors(pose.target, state.lastTarget);
      c.target.add(state.delta);
      camera.position.add(state.delta);
      state.dq.copy(state.lastRotation).invert().premultiply(pose.bodyRotation);
      state.offset.subVectors(camera.position, c.target).applyQuaternion(state.dq);
      // A station of another date (a time jump, the first load of its data): keep it framed as it was.
      const scale = stationFrameScale();
      if (view === 'iss' && scale !== state.stationScale) {
        state.offset.multiplyScalar(scale / state.stationScale);
        state.stationScale = scale;
      }
      camera.position.copy(c.target).add(state.offset);
      // Keep the horizon level as the followed body moves on (the ISS's zenith turns 4° a minute).
      camera.up.copy(pose.up);
    }
    state.lastTarget.copy(pose.target);
    state.lastRotation.copy(pose.bodyRotation);
    c.update();

    // Depth range follows the zoom: close-ups need a near plane in metres, the globe in kilometres;
    // the far plane reaches past the Moon.
    const distanceKm = camera.position.distanceTo(c.target);
    const near = Math.min(100, Math.max(0.002, distanceKm * 0.02));
    const far = 1.2e6;
    if (camera instanceof PerspectiveCamera && camera.near !== near) {
      camera.near = near;
      camera.far = far;
      camera.updateProjectionMatrix();
    }
  });

  return null;
}

const newPoseScratch = newViewPose();
