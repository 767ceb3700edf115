import { useFrame, useThree } from '@react-three/fiber';
import { useEffect } from 'react';
import { frame, stepSimulation } from '../state/frame';

/**
 * Advances the simulation once per frame, before any scene component reads it (negative priority),
 * and counts rendered frames. Exposes the renderer's statistics for tests and the benchmark.
 */
export function SimulationDriver() {
  const gl = useThree((s) => s.gl);
  const get = useThree((s) => s.get);
  useEffect(() => {
    // Read-only handles for the browser tests and the benchmark (renderer.info, camera, controls).
    (window as unknown as { __commonOrbit?: unknown }).__commonOrbit = { renderer: gl, frame, three: get };
  }, [gl, get]);
  useFrame(() => {
    stepSimulation(performance.now());
  }, -1);
  useFrame(() => {
    frame.frameCount++;
    if (frame.firstFrameAtMs === null) frame.firstFrameAtMs = performance.now();
  }, 0);
  return null;
}
