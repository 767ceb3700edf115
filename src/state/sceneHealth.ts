import { create } from 'zustand';

/**
 * Restarting the 3D view: the key remounts the canvas (after a lost WebGL context or a stalled frame
 * loop); `restarts` counts them for tests and the staff.
 */
export const useSceneHealth = create<{ key: number; restarts: number; contextLost: boolean; noWebGL: boolean }>(() => ({
  key: 0,
  restarts: 0,
  contextLost: false,
  /** The browser gave the scene's canvas no WebGL 2 context: the app shows why instead of the scene. */
  noWebGL: false,
}));

export const sceneHealthActions = {
  restart() {
    const s = useSceneHealth.getState();
    useSceneHealth.setState({ key: s.key + 1, restarts: s.restarts + 1, contextLost: false });
  },
  setNoWebGL() {
    useSceneHealth.setState({ noWebGL: true });
  },
  setContextLost(contextLost: boolean) {
    useSceneHealth.setState({ contextLost });
  },
};
