import { useFrame } from '@react-three/fiber';
import { useState } from 'react';
import { frame } from '../state/frame';

/** True once the first frames are drawn: heavier parts (models, large textures) load after them. */
export function useAfterFirstFrames(frames = 2): boolean {
  const [ready, setReady] = useState(false);
  useFrame(() => {
    if (!ready && frame.frameCount > frames) setReady(true);
  });
  return ready;
}
