import { create } from 'zustand';

/**
 * Restarting the 3D view: the key remounts the canvas (after a lost WebGL context or a stalled frame
 * loop); `restarts` counts them for tests and the staff.
 */
export const useSceneHealth = create<{ key: number; restarts: number; contextLost: boolean }>(() => ({
  key: 0,
  restarts: 0,
  contextLost: false,
}));

export const sceneHealthActions = {
  restart() {
    const s = useSceneHealth.getState();
    useSceneHealth.setState({ key: s.key + 1, restarts: s.restarts + 1, contextLost: false });
  },
  setContextLost(contextLost: boolean) {
    useSceneHealth.setState({ contextLost });
  },
};
