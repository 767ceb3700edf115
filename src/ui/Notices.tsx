import { useT } from '../state/lang';
import { noticeActions, useNotices } from '../state/notices';

/** Visible messages: a rejected TLE in its own element, other problems as dismissible notices. */
export function Notices() {
  const { notices, tleError } = useNotices();
  const t = useT();
  return (
    <div className="notices" role="status" aria-live="polite">
      {tleError && (
        <div className="notice error" data-testid="tle-error">
          <span>{tleError}</span>
          <button type="button" onClick={() => noticeActions.setTleError(null)} aria-label={t('app.dismiss')}>
            ×
          </button>
        </div>
      )}
      {notices.map((n) => (
        <div key={n.id} className="notice" data-testid="notice" data-notice={n.id}>
          <span>{n.text}</span>
          <button type="button" onClick={() => noticeActions.dismiss(n.id)} aria-label={t('app.dismiss')}>
            ×
          </button>
        </div>
      ))}
    </div>
  );
}
