import { useState } from 'react';
import { refreshTleOnline } from '../app/tleRefresh';
import { simNowMs } from '../state/clock';
import { elementsActions, useElements } from '../state/elements';

/** Paste elements, go back to the bundled ones, or fetch current ones online (off by default). */
export function TlePanel() {
  const { override, onlineStatus } = useElements();
  const [text, setText] = useState('');
  return (
    <details className="tle-panel panel">
      <summary>Orbital elements</summary>
      <p className="status" data-testid="tle-status">
        {override ? `Flying ${override.source} elements.` : 'Flying the bundled element set nearest the simulated instant.'}
        {onlineStatus && <> {onlineStatus}</>}
      </p>
      <label>
        Paste a two- or three-line element set
        <textarea data-testid="tle-input" rows={3} spellCheck={false} value={text} onChange={(e) => setText(e.target.value)} />
      </label>
      <div className="row">
        <button type="button" data-testid="tle-apply" onClick={() => elementsActions.applyTle(text, 'pasted', simNowMs())}>
          Use these elements
        </button>
        <button type="button" disabled={!override} onClick={elementsActions.clearOverride}>
          Back to bundled
        </button>
        <button type="button" data-testid="tle-refresh" onClick={() => void refreshTleOnline()}>
          Refresh online
        </button>
      </div>
    </details>
  );
}
