import { useState } from 'react';
import { refreshTleOnline } from '../state/tleRefresh';
import { simNowMs } from '../state/clock';
import { elementsActions, TLE_SOURCE_KEYS, useElements } from '../state/elements';
import { useT } from '../state/lang';
import { messageText } from '../state/notices';

/** Paste elements, go back to the bundled ones, or fetch current ones online (off by default). */
export function TlePanel() {
  const { override, onlineStatus } = useElements();
  const [text, setText] = useState('');
  const t = useT();
  return (
    <details className="tle-panel panel">
      <summary>{t('tle.panel')}</summary>
      <p className="status" data-testid="tle-status">
        {override ? t('tle.flyingOverride', { source: t(TLE_SOURCE_KEYS[override.source]) }) : t('tle.flyingBundled')}
        {onlineStatus && <> {messageText(t, onlineStatus)}</>}
      </p>
      <label>
        {t('tle.paste')}
        <textarea data-testid="tle-input" rows={3} spellCheck={false} value={text} onChange={(e) => setText(e.target.value)} />
      </label>
      <div className="row">
        <button type="button" data-testid="tle-apply" onClick={() => elementsActions.applyTle(text, 'pasted', simNowMs())}>
          {t('tle.use')}
        </button>
        <button type="button" disabled={!override} onClick={elementsActions.clearOverride}>
          {t('tle.back')}
        </button>
        <button type="button" data-testid="tle-refresh" onClick={() => void refreshTleOnline()}>
          {t('tle.refresh')}
        </button>
      </div>
    </details>
  );
}
