import { Canvas } from '@react-three/fiber';
import { Suspense } from 'react';
import { NoToneMapping } from 'three';
import { CameraRig } from './CameraRig';
import { Earth, PlainEarth } from './Earth';
import { SceneBoundary } from './SceneBoundary';
import { IssMarker } from './IssMarker';
import { Moon } from './Moon';
import { SimulationDriver } from './SimulationDriver';
import { Stars, type StarCatalog } from './Stars';
import { useOrbitLines } from './useOrbitLines';

function World({ stars }: { stars: StarCatalog | null }) {
  const { orbit, groundTrack } = useOrbitLines();
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
