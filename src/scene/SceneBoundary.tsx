import { Component, type ReactNode } from 'react';
import { noticeActions } from '../state/notices';

interface Props {
  /** Names the part of the scene in the notice. */
  what: string;
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
    noticeActions.show(`scene-${this.props.what}`, `${this.props.what} could not be drawn (${error.message}); showing a plain stand-in.`);
  }

  render() {
    return this.state.failed ? this.props.fallback : this.props.children;
  }
}
