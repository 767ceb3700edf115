import type { GLProps } from '@react-three/fiber';

type DefaultGLProps = Parameters<Extract<GLProps, (props: never) => unknown>>[0];
import { WebGLRenderer } from 'three';
import { sceneHealthActions } from '../state/sceneHealth';

/** R3F's defaults for the context, plus antialiasing; the same attributes three would ask for. */
const CONTEXT_ATTRIBUTES: WebGLContextAttributes = {
  alpha: true,
  antialias: true,
  depth: true,
  stencil: false,
  premultipliedAlpha: true,
  preserveDrawingBuffer: false,
  powerPreference: 'high-performance',
};

/**
 * The renderer on R3F's own canvas. The WebGL 2 check is this canvas's context, not a throwaway probe
 * (a second context costs a software or integrated GPU hundreds of milliseconds before the first frame).
 * The renderer is returned as it is, not in a promise: R3F then mounts the scene in the same commit instead
 * of a render later (about 150 ms before the first frame on a software GPU). Without WebGL 2 the app is told
 * (it shows NoWebGL) and R3F gets a promise that never settles (it awaits any promise-like), so it mounts
 * nothing and three logs no error.
 */
export function createRenderer({ canvas }: DefaultGLProps): WebGLRenderer {
  let context: WebGL2RenderingContext | null = null;
  try {
    context = (canvas as HTMLCanvasElement).getContext('webgl2', CONTEXT_ATTRIBUTES);
  } catch {
    context = null;
  }
  if (context === null) {
    sceneHealthActions.setNoWebGL();
    return new Promise<never>(() => undefined) as unknown as WebGLRenderer;
  }
  return new WebGLRenderer({ canvas, context, ...CONTEXT_ATTRIBUTES });
}
