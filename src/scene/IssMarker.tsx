import { useFrame, type ThreeEvent } from '@react-three/fiber';
import { useRef } from 'react';
import type { Mesh } from 'three';
import { frame } from '../state/frame';
import { viewActions } from '../state/view';
import { astroToScene } from './frameMapping';

/** Apparent size of the marker: a fixed fraction of its distance from the camera, so it stays visible. */
const SCREEN_FRACTION = 0.012;

/** The ISS as a sun-lit marker at its SGP4 position; a click or tap follows it. */
export function IssMarker() {
  const mesh = useRef<Mesh>(null);
  useFrame(({ camera }) => {
    const m = mesh.current;
    if (!m) return;
    m.visible = frame.tle !== null;
    astroToScene(frame.snapshot.issPositionTemeKm, m.position);
    m.scale.setScalar(Math.max(0.05, m.position.distanceTo(camera.position) * SCREEN_FRACTION));
  });
  const follow = (e: ThreeEvent<MouseEvent>) => {
    e.stopPropagation();
    viewActions.setView('iss');
  };
  return (
    <mesh ref={mesh} name="iss-marker" onClick={follow} visible={false}>
      <octahedronGeometry args={[1, 0]} />
      <meshBasicMaterial color="#ffd27a" />
    </mesh>
  );
}
