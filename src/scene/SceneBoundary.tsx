import { Component, type ReactNode } from 'react';
import { noticeActions } from '../state/notices';

/** The parts of the scene that can fail on their own, with the dictionary word that names each in the notice. */
export const SCENE_PART_KEYS = {
  earth: 'scene.partEarth',
  historic: 'scene.partHistoric',
  moon: 'scene.partMoon',
  station: 'scene.partStation',
} as const;
export type ScenePart = keyof typeof SCENE_PART_KEYS;

interface Props {
  /** The part of the scene, named in the notice. */
  what: ScenePart;
  fallback: ReactNode;
  children: ReactNode;
}

/** Catches a failing part of the scene (e.g. a texture that will not load), says so, and draws a fallback. */
export class SceneBoundary extends Component<Props, { failed: boolean }> {
  state = { failed: false };

  static getDerivedStateFromError() {
    return { failed: true };
  }

  componentDidCatch(error: Error) {
    const { what } = this.props;
    noticeActions.show(`scene-${what}`, 'scene.failed', { what: { key: SCENE_PART_KEYS[what] }, error: error.message });
  }

  render() {
    return this.state.failed ? this.props.fallback : this.props.children;
  }
}
