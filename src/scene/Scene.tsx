import { Canvas } from '@react-three/fiber';
import { lazy, Suspense } from 'react';
import { NoToneMapping } from 'three';
import { CameraRig } from './CameraRig';
import { Earth, PlainEarth } from './Earth';
import { SceneBoundary } from './SceneBoundary';
import { IssMarker } from './IssMarker';
import { Moon } from './Moon';
import { useAfterFirstFrames } from './useAfterFirstFrames';
import { SimulationDriver } from './SimulationDriver';
import { Stars, type StarCatalog } from './Stars';
import { useOrbitLines } from './useOrbitLines';

/** The station model and its loaders come in their own chunk, after the first frames. */
const Station = lazy(() => import('./station/Station'));

function World({ stars }: { stars: StarCatalog | null }) {
  const { orbit, groundTrack } = useOrbitLines();
  const afterFirstFrames = useAfterFirstFrames();
  return (
    <>
      <SimulationDriver />
      {stars && <Stars catalog={stars} />}
      <SceneBoundary what="The Earth imagery" fallback={<PlainEarth />}>
        <Suspense fallback={null}>
          <Earth>
            <primitive object={groundTrack} name="iss-ground-track" />
          </Earth>
        </Suspense>
      </SceneBoundary>
      <primitive object={orbit} name="iss-orbit" />
      <SceneBoundary what="The Moon" fallback={null}>
        <Suspense fallback={null}>
          <Moon showPolarTerrain={false} />
        </Suspense>
      </SceneBoundary>
      <IssMarker />
      {afterFirstFrames && (
        <SceneBoundary what="The station model" fallback={null}>
          <Suspense fallback={null}>
            <Station />
          </Suspense>
        </SceneBoundary>
      )}
      <CameraRig />
    </>
  );
}

/** The WebGL scene. Units: km; world frame: TEME turned to three.js's Y-up (see frameMapping.ts). */
export function Scene({ stars }: { stars: StarCatalog | null }) {
  return (
    <Canvas
      className="scene"
      dpr={[1, 2]}
      gl={{ antialias: true, toneMapping: NoToneMapping, preserveDrawingBuffer: false }}
      camera={{ fov: 45, near: 1, far: 3e6, position: [0, 0, 22_000] }}
      aria-label="3D view of the Earth and the International Space Station"
    >
      <World stars={stars} />
    </Canvas>
  );
}
