import { OrbitControls } from '@react-three/drei';
import { useFrame, useThree } from '@react-three/fiber';
import { useEffect, useMemo, useRef } from 'react';
import { PerspectiveCamera, Vector3 } from 'three';
import type { OrbitControls as OrbitControlsImpl } from 'three-stdlib';
import { WGS84_A_KM } from '../astro/frames';
import { frame } from '../state/frame';
import { useView } from '../state/view';
import { astroToScene } from './frameMapping';

const EARTH_VIEW_DISTANCE_KM = 22_000;
const ISS_VIEW_DISTANCE_KM = 350;

/**
 * Orbit, zoom and pan around the Earth; in the ISS view the target rides with the station and the
 * camera moves by the same step, so the station stays steady on screen while the user orbits it.
 */
export function CameraRig() {
  const view = useView((s) => s.view);
  const controls = useRef<OrbitControlsImpl>(null);
  const camera = useThree((s) => s.camera);
  const scratch = useMemo(() => ({ iss: new Vector3(), delta: new Vector3() }), []);

  useEffect(() => {
    const c = controls.current;
    if (!c) return;
    if (view === 'earth') {
      // Face the hemisphere the station is over, from far enough to see the whole globe.
      c.target.set(0, 0, 0);
      astroToScene(frame.snapshot.issPositionTemeKm, scratch.iss);
      camera.position.copy(scratch.iss.lengthSq() > 0 ? scratch.iss : camera.position).setLength(EARTH_VIEW_DISTANCE_KM);
      c.minDistance = WGS84_A_KM + 200;
    } else {
      astroToScene(frame.snapshot.issPositionTemeKm, scratch.iss);
      // Look from behind and above the station, toward the Earth's limb.
      scratch.delta.copy(scratch.iss).setLength(ISS_VIEW_DISTANCE_KM * 0.6);
      camera.position.copy(scratch.iss).add(scratch.delta);
      camera.position.y += ISS_VIEW_DISTANCE_KM * 0.6;
      c.target.copy(scratch.iss);
      c.minDistance = 0.05;
    }
    c.update();
  }, [view, camera, scratch]);

  useFrame(() => {
    const c = controls.current;
    if (!c) return;
    if (view === 'iss') {
      astroToScene(frame.snapshot.issPositionTemeKm, scratch.iss);
      scratch.delta.subVectors(scratch.iss, c.target);
      c.target.copy(scratch.iss);
      camera.position.add(scratch.delta);
      c.update();
    }
    // Depth range follows the zoom: close-ups need a near plane in metres, the globe in kilometres.
    const distanceKm = camera.position.distanceTo(c.target);
    const near = Math.min(100, Math.max(0.005, distanceKm * 0.02));
    const far = 2e5 + distanceKm * 10;
    if (camera instanceof PerspectiveCamera && (camera.near !== near || camera.far !== far)) {
      camera.near = near;
      camera.far = far;
      camera.updateProjectionMatrix();
    }
  });

  return <OrbitControls ref={controls} makeDefault enableDamping dampingFactor={0.12} maxDistance={400_000} />;
}
