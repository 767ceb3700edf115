// The benchmark's baseline scene: one textured sphere (the app's 2k day image), with the app's canvas
// settings (antialias, dpr [1, 2], no tone mapping, same camera). It exposes the same
// window.__commonOrbit = { renderer, frame: { frameCount, firstFrameAtMs }, three } as the app, so
// scripts/bench.mjs measures both with one function.
import { Canvas, useFrame, useLoader, useThree } from '@react-three/fiber';
import { Suspense, useEffect } from 'react';
import { createRoot } from 'react-dom/client';
import { NoToneMapping, SRGBColorSpace, TextureLoader } from 'three';
import earthDayUrl from '../public/textures/earth-day-2k.jpg';

const frame = { frameCount: 0, firstFrameAtMs: null as number | null };

/** Counts rendered frames, like the app's SimulationDriver (outside the Suspense boundary, as there). */
function FrameCounter() {
  const gl = useThree((s) => s.gl);
  const get = useThree((s) => s.get);
  useEffect(() => {
    (window as unknown as { __commonOrbit?: unknown }).__commonOrbit = { renderer: gl, frame, three: get };
  }, [gl, get]);
  useFrame(() => {
    frame.frameCount++;
    if (frame.firstFrameAtMs === null) frame.firstFrameAtMs = performance.now();
  });
  return null;
}

function Sphere() {
  const map = useLoader(TextureLoader, earthDayUrl);
  map.colorSpace = SRGBColorSpace;
  return (
    <mesh rotation={[0.4, 0, 0]}>
      <sphereGeometry args={[6378.137, 128, 64]} />
      <meshBasicMaterial map={map} />
    </mesh>
  );
}

/**
 * `?fill=1`: the camera at 1.5 radii, so the sphere covers every pixel (the corners of a 45° × 16:9 view
 * are 39.2° off axis; the sphere's limb is at 41.8°). The cost of filling the screen with one textured
 * surface, for the close-up views that do (the ISS against the Earth, the lunar terrain).
 */
const FILL = new URLSearchParams(window.location.search).get('fill') === '1';
const CAMERA_DISTANCE_KM = FILL ? 1.5 * 6378.137 : 22_000;

createRoot(document.getElementById('root')!).render(
  <Canvas
    dpr={[1, 2]}
    gl={{ antialias: true, toneMapping: NoToneMapping, preserveDrawingBuffer: false }}
    camera={{ fov: 45, near: 1, far: 3e6, position: [0, 0, CAMERA_DISTANCE_KM] }}
  >
    <FrameCounter />
    <Suspense fallback={null}>
      <Sphere />
    </Suspense>
  </Canvas>,
);
