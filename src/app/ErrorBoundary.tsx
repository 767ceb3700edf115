import { Component, type ReactNode } from 'react';

/** Keeps the page alive when the scene throws: the HUD and controls stay, with a visible message. */
export class ErrorBoundary extends Component<{ children: ReactNode }, { error: Error | null }> {
  state = { error: null as Error | null };

  static getDerivedStateFromError(error: Error) {
    return { error };
  }

  render() {
    if (!this.state.error) return this.props.children;
    return (
      <div className="scene-error" role="alert" data-testid="scene-error">
        <p>The 3D view stopped: {this.state.error.message}</p>
        <button type="button" onClick={() => this.setState({ error: null })}>
          Restart the view
        </button>
      </div>
    );
  }
}
