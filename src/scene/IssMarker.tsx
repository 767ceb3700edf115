import { useFrame, type ThreeEvent } from '@react-three/fiber';
import { useRef } from 'react';
import { MeshBasicMaterial, OctahedronGeometry, type Mesh } from 'three';
import { frame } from '../state/frame';
import { viewActions } from '../state/view';
import { astroToScene } from './frameMapping';
import { STATION_LOD_KM } from './lod';

/** Apparent size of the marker: a fixed fraction of its distance from the camera, so it stays visible. */
const SCREEN_FRACTION = 0.012;

/** Shared for the life of the page: see "Scene parts that come and go" in Scene.tsx. */
const MARKER_GEOMETRY = new OctahedronGeometry(1, 0);
/** Sunlit, the station shines (as observers see it pass); in the Earth's shadow it is only a dim mark. */
const SUNLIT_MATERIAL = new MeshBasicMaterial({ color: '#ffd27a' });
const SHADOW_MATERIAL = new MeshBasicMaterial({ color: '#6b6352' });

/**
 * The ISS seen from afar: a marker at its SGP4 position, lit or in shadow (the model takes over up close);
 * a click or tap follows it.
 */
export function IssMarker() {
  const mesh = useRef<Mesh>(null);
  useFrame(({ camera }) => {
    const m = mesh.current;
    if (!m) return;
    astroToScene(frame.snapshot.issPositionTemeKm, m.position);
    const distanceKm = m.position.distanceTo(camera.position);
    m.visible = frame.tle !== null && frame.issExists && distanceKm >= STATION_LOD_KM;
    m.scale.setScalar(distanceKm * SCREEN_FRACTION);
    m.material = frame.snapshot.issSunlit ? SUNLIT_MATERIAL : SHADOW_MATERIAL;
  });
  const follow = (e: ThreeEvent<MouseEvent>) => {
    e.stopPropagation();
    viewActions.setView('iss');
  };
  return (
    <mesh ref={mesh} name="iss-marker" onClick={follow} visible={false} dispose={null} geometry={MARKER_GEOMETRY} material={SUNLIT_MATERIAL} />
  );
}
