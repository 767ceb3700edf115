import { Component, type ReactNode } from 'react';
import { useT } from '../state/lang';

/** What shows where the scene was: the error, in the user's language, and a way back. */
function SceneError({ error, onRestart }: { error: Error; onRestart: () => void }) {
  const t = useT();
  return (
    <div className="scene-error" role="alert" data-testid="scene-error">
      <p>{t('ui.sceneError.body', { error: error.message })}</p>
      <button type="button" onClick={onRestart}>
        {t('ui.sceneError.restart')}
      </button>
    </div>
  );
}

/** Keeps the page alive when the scene throws: the HUD and controls stay, with a visible message. */
export class ErrorBoundary extends Component<{ children: ReactNode }, { error: Error | null }> {
  state = { error: null as Error | null };

  static getDerivedStateFromError(error: Error) {
    return { error };
  }

  render() {
    if (!this.state.error) return this.props.children;
    return <SceneError error={this.state.error} onRestart={() => this.setState({ error: null })} />;
  }
}
